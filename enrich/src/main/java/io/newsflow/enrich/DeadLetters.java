package io.newsflow.enrich;

import io.newsflow.contract.DeadLetterHeaders;
import io.newsflow.contract.Topics;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Dead-letter records that enrich's processors send to {@code news-dlq} themselves (a whole article whose enrichment
 * failed, a record without key or value), with the {@link DeadLetterHeaders} every stage writes.
 */
public final class DeadLetters {

    /** The sink node every processor forwards its dead letters to. */
    public static final String SINK = "write-" + Topics.DEAD_LETTERS.name();
    /** The value of {@link DeadLetterHeaders#STAGE} on enrich's dead letters. */
    public static final String STAGE = "enrich";

    private DeadLetters() {}

    /** A dead letter for the record at {@code topic}/{@code partition}/{@code offset}, failed with {@code error}. */
    public static Record<byte[], byte[]> of(
            final byte[] key,
            final byte[] value,
            final long timestamp,
            final Exception error,
            final String topic,
            final int partition,
            final long offset) {
        return new Record<>(key, value, timestamp, DeadLetterHeaders.of(error, topic, partition, offset, STAGE));
    }
}
