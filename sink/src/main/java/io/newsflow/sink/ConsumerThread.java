package io.newsflow.sink;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consuming thread every sink runs: rounds of poll-and-write until {@link #close()}, with exponential backoff
 * between rounds that failed, and the consumer closed on the thread that used it.
 *
 * <p>A round that fails (the outbox or database cannot take the batch) returns false; the next round starts after
 * {@code 200 ms} (or {@code maxBackoff} if shorter), doubling up to {@code maxBackoff} while failures go on, and back to the first after a round that
 * succeeds. Rounds keep polling while they fail, so the consumer stays in its group however long a fault lasts. A
 * backoff ends early when the sink is closed, so stopping never waits one out. An unexpected exception stops the thread
 * and is kept as {@link #failure()}: nothing after the sink's last committed position is lost.
 */
public final class ConsumerThread implements AutoCloseable {

    /** One round of a sink: poll once and write what came; false when the write must be retried after a backoff. */
    @FunctionalInterface
    public interface Round {
        boolean run();
    }

    private static final Logger LOG = LoggerFactory.getLogger(ConsumerThread.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    private final String name;
    private final Consumer<?, ?> consumer;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final Round round;
    private final Runnable afterConsumerClosed;
    private final Thread thread;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch closeRequested = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile Throwable failure;

    /**
     * @param name the thread's name, also used in log lines
     * @param afterConsumerClosed run on the thread after the consumer is closed (e.g. closing a database pool)
     */
    public ConsumerThread(
            final String name,
            final Consumer<?, ?> consumer,
            final Duration maxBackoff,
            final Round round,
            final Runnable afterConsumerClosed) {
        this.name = name;
        this.consumer = consumer;
        this.firstBackoff = FIRST_BACKOFF.compareTo(maxBackoff) > 0 ? maxBackoff : FIRST_BACKOFF;
        this.maxBackoff = maxBackoff;
        this.round = round;
        this.afterConsumerClosed = afterConsumerClosed;
        this.thread = new Thread(this::run, name);
    }

    public void start() {
        thread.start();
    }

    /** True until {@link #close()} is called: a round checks it to stop between records. */
    public boolean running() {
        return running;
    }

    /** True while the thread runs; false after a fatal error or {@link #close()}. */
    public boolean isAlive() {
        return thread.isAlive();
    }

    /** The error that stopped the thread, or null. */
    public Throwable failure() {
        return failure;
    }

    /** Stops the rounds (a poll in progress is woken up) and waits up to 30 s for the consumer to be closed. */
    @Override
    public void close() {
        running = false;
        closeRequested.countDown();
        consumer.wakeup();
        try {
            if (!stopped.await(30, TimeUnit.SECONDS)) {
                LOG.warn("{} did not stop within 30 s", name);
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        Duration backoff = firstBackoff;
        try {
            while (running) {
                if (round.run()) {
                    backoff = firstBackoff;
                } else {
                    pause(backoff);
                    final Duration doubled = backoff.multipliedBy(2);
                    backoff = doubled.compareTo(maxBackoff) > 0 ? maxBackoff : doubled;
                }
            }
        } catch (final WakeupException e) {
            if (running) {
                failure = e;
                LOG.error("{} woken up unexpectedly", name, e);
            }
        } catch (final RuntimeException e) {
            failure = e;
            LOG.error("{} stopped on an unexpected error; nothing after its last committed position is lost", name, e);
        } finally {
            try {
                consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
            } finally {
                afterConsumerClosed.run();
                stopped.countDown();
            }
        }
    }

    private void pause(final Duration duration) {
        try {
            closeRequested.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
