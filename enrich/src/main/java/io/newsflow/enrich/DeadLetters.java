package io.newsflow.enrich;

import io.newsflow.contract.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Dead-letter records that enrich's processors send to {@code news-dlq} themselves (a whole article whose enrichment
 * failed, a record without key or value). The headers use the names Kafka Streams gives the records its own
 * dead-letter queue writes (KIP-1034), so one reader understands both.
 */
public final class DeadLetters {

    /** The sink node every processor forwards its dead letters to. */
    public static final String SINK = "write-" + Topics.DEAD_LETTERS.name();

    public static final String EXCEPTION = "__streams.errors.exception";
    public static final String MESSAGE = "__streams.errors.message";
    public static final String STACKTRACE = "__streams.errors.stacktrace";
    public static final String TOPIC = "__streams.errors.topic";
    public static final String PARTITION = "__streams.errors.partition";
    public static final String OFFSET = "__streams.errors.offset";

    private DeadLetters() {
    }

    /** A dead letter for the record at {@code topic}/{@code partition}/{@code offset}, failed with {@code error}. */
    public static Record<byte[], byte[]> of(
            final byte[] key, final byte[] value, final long timestamp, final Exception error,
            final String topic, final int partition, final long offset) {
        final Headers headers = new RecordHeaders()
                .add(EXCEPTION, utf8(error.getClass().getName()))
                .add(MESSAGE, utf8(String.valueOf(error.getMessage())))
                .add(STACKTRACE, utf8(stackTrace(error)))
                .add(TOPIC, utf8(topic))
                .add(PARTITION, utf8(Integer.toString(partition)))
                .add(OFFSET, utf8(Long.toString(offset)));
        return new Record<>(key, value, timestamp, headers);
    }

    private static byte[] utf8(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The exception and its causes, each with its frames: what an operator needs to replay or report the record. */
    private static String stackTrace(final Exception error) {
        final StringBuilder trace = new StringBuilder();
        Throwable current = error;
        while (current != null) {
            trace.append(trace.length() == 0 ? "" : "Caused by: ").append(current).append('\n');
            for (final StackTraceElement frame : current.getStackTrace()) {
                trace.append("\tat ").append(frame).append('\n');
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return trace.toString();
    }
}
