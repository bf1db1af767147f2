package io.newsflow.enrich;

import io.newsflow.contract.DeadLetterHeaders;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

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
    private static Record<byte[], byte[]> of(
            final byte[] key,
            final byte[] value,
            final long timestamp,
            final Exception error,
            final String topic,
            final int partition,
            final long offset) {
        return new Record<>(key, value, timestamp, DeadLetterHeaders.of(error, topic, partition, offset, STAGE));
    }

    /**
     * A dead letter for the {@code news-paragraphs} record {@code paragraph} (serialized again) at {@code offset}; the
     * topic and partition are those of {@code source}, the record being processed ({@code news-paragraphs} and -1 when
     * unknown): the assembler dead-letters a whole buffered article from the partition of its last record.
     */
    public static Record<byte[], byte[]> ofParagraph(
            final String key,
            final Paragraph paragraph,
            final long timestamp,
            final Exception error,
            final Optional<RecordMetadata> source,
            final long offset) {
        return of(
                key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                Topics.PARAGRAPHS.valueSerde().serializer().serialize(Topics.PARAGRAPHS.name(), paragraph),
                timestamp,
                error,
                source.map(RecordMetadata::topic).orElse(Topics.PARAGRAPHS.name()),
                source.map(RecordMetadata::partition).orElse(-1),
                offset);
    }
}
