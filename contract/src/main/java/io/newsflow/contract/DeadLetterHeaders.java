package io.newsflow.contract;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Headers of a record on {@code news-dlq}. The names are those Kafka Streams' own dead-letter queue writes (KIP-1034),
 * so one consumer reads the dead letters of every stage alike; the value is the original record, byte for byte.
 */
public final class DeadLetterHeaders {

    public static final String EXCEPTION = "__streams.errors.exception";
    public static final String MESSAGE = "__streams.errors.message";
    public static final String STACKTRACE = "__streams.errors.stacktrace";
    public static final String TOPIC = "__streams.errors.topic";
    public static final String PARTITION = "__streams.errors.partition";
    public static final String OFFSET = "__streams.errors.offset";
    /** Which Newsflow stage gave up on the record: {@code enrich} or {@code sink}. */
    public static final String STAGE = "newsflow.stage";
    /**
     * Present only when the original value was too large to be dead-lettered whole (its size, the headers and the
     * broker's record limit): the value is then its first bytes, and this header holds the original size in bytes.
     */
    public static final String TRUNCATED_FROM_BYTES = "newsflow.truncated-from-bytes";

    /** What is kept of a value too large to dead-letter whole: enough to recognise it, far below any record limit. */
    public static final int TRUNCATED_BYTES = 64 * 1024;

    private DeadLetterHeaders() {}

    /**
     * The headers of a dead letter for the record at {@code topic}/{@code partition}/{@code offset} that {@code stage}
     * ({@code enrich} or {@code sink}) gave up on with {@code error}: its class, message and stack trace (with causes).
     */
    public static Headers of(
            final Throwable error, final String topic, final int partition, final long offset, final String stage) {
        return new RecordHeaders()
                .add(EXCEPTION, utf8(error.getClass().getName()))
                .add(MESSAGE, utf8(String.valueOf(error.getMessage())))
                .add(STACKTRACE, utf8(stackTrace(error)))
                .add(TOPIC, utf8(topic))
                .add(PARTITION, utf8(Integer.toString(partition)))
                .add(OFFSET, utf8(Long.toString(offset)))
                .add(STAGE, utf8(stage));
    }

    private static byte[] utf8(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The exception and its causes, each with its frames: what an operator needs to replay or report the record. */
    private static String stackTrace(final Throwable error) {
        final StringBuilder trace = new StringBuilder();
        Throwable current = error;
        while (current != null) {
            trace.append(trace.length() == 0 ? "" : "Caused by: ")
                    .append(current)
                    .append('\n');
            for (final StackTraceElement frame : current.getStackTrace()) {
                trace.append("\tat ").append(frame).append('\n');
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return trace.toString();
    }
}
