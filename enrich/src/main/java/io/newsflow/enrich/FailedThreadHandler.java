package io.newsflow.enrich;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what happens when a stream thread dies of an exception no handler took. A transient fault (a broker away
 * too long, a fenced producer) is survived by replacing the thread, which resumes from the last committed state. The
 * same failure again and again is a bug or a broken cluster: after {@value #MAX_REPLACEMENTS} replacements within
 * {@link #WINDOW} the client shuts down, loudly, instead of spinning on one record.
 */
final class FailedThreadHandler implements StreamsUncaughtExceptionHandler {

    static final int MAX_REPLACEMENTS = 3;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(FailedThreadHandler.class);

    private final Deque<Long> replacements = new ArrayDeque<>();

    @Override
    public synchronized StreamThreadExceptionResponse handle(final Throwable exception) {
        final long now = System.nanoTime();
        while (!replacements.isEmpty() && now - replacements.peekFirst() > WINDOW.toNanos()) {
            replacements.removeFirst();
        }
        if (exception instanceof Error || replacements.size() >= MAX_REPLACEMENTS) {
            LOG.error(
                    "Stream thread failed ({} replacements in the last {}); shutting enrich down",
                    replacements.size(),
                    WINDOW,
                    exception);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        replacements.addLast(now);
        LOG.error("Stream thread failed; replacing it", exception);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
}
