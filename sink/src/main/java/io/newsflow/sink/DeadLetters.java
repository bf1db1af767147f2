package io.newsflow.sink;

import static io.newsflow.contract.DeadLetterHeaders.TRUNCATED_BYTES;

import io.newsflow.contract.DeadLetterHeaders;
import io.newsflow.contract.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a record that a sink cannot read to {@code news-dlq}: the original key and value byte for byte, with the
 * {@link DeadLetterHeaders} naming its topic, partition, offset, the error and the stage {@code sink}.
 *
 * <p>A value too large to be dead-lettered whole (a record just under the broker's limit, plus these headers) is cut
 * to its first {@value DeadLetterHeaders#TRUNCATED_BYTES} bytes, with {@link DeadLetterHeaders#TRUNCATED_FROM_BYTES}
 * giving its size.
 *
 * <p>{@link #send} returns only once the broker has the dead letter, because the caller moves past the record's offset
 * right after. Shared by every sink, so all of them quarantine alike.
 */
public final class DeadLetters implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    /** The value of {@link DeadLetterHeaders#STAGE} on the sinks' dead letters. */
    public static final String STAGE = "sink";

    private final KafkaProducer<byte[], byte[]> producer;

    public DeadLetters(final Map<String, Object> producerProperties) {
        this.producer = new KafkaProducer<>(producerProperties, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Sends {@code record} to the dead-letter topic and returns the reason written into its headers. */
    public String send(final ConsumerRecord<byte[], byte[]> record, final Exception error) {
        final String message = String.valueOf(error.getMessage());
        LOG.warn(
                "Record {}-{}@{} is not an article; sending it to {}: {}",
                record.topic(),
                record.partition(),
                record.offset(),
                Topics.DEAD_LETTERS.name(),
                message);
        final Headers headers = DeadLetterHeaders.of(error, record.topic(), record.partition(), record.offset(), STAGE);
        try {
            send(record, record.value(), headers);
        } catch (final RecordTooLargeException e) {
            // a record just under the broker's limit no longer fits with our headers; refusing it would stop the sink
            // on the same record after every restart, so keep its first bytes and say how large it was
            LOG.warn(
                    "Record {}-{}@{} is too large to dead-letter whole ({} bytes); keeping its first {} bytes",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    record.value().length,
                    TRUNCATED_BYTES);
            headers.add(
                    DeadLetterHeaders.TRUNCATED_FROM_BYTES,
                    Integer.toString(record.value().length).getBytes(StandardCharsets.UTF_8));
            send(record, Arrays.copyOf(record.value(), TRUNCATED_BYTES), headers);
        }
        return message;
    }

    private void send(final ConsumerRecord<byte[], byte[]> record, final byte[] value, final Headers headers) {
        try {
            producer.send(new ProducerRecord<>(Topics.DEAD_LETTERS.name(), null, record.key(), value, headers))
                    .get();
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing a dead letter", e);
        } catch (final ExecutionException e) {
            if (e.getCause() instanceof RecordTooLargeException tooLarge && value.length > TRUNCATED_BYTES) {
                throw tooLarge;
            }
            throw new IllegalStateException(
                    "Cannot write dead letter for " + new TopicPartition(record.topic(), record.partition()) + "@"
                            + record.offset(),
                    e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
