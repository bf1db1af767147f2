package io.newsflow.enrich;

import io.newsflow.contract.ClientProperties;
import io.newsflow.contract.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams' log-and-continue handling of records that cannot be deserialised, with dead letters (KIP-1034,
 * original bytes plus error headers) that say {@link DeadLetterHeaders#STAGE} {@code enrich} like every other stage's
 * and that stay within the producer's record limit. A record just under the broker's limit no longer fits once the
 * error headers (with a stack trace) are added; the producer would refuse the dead letter, which aborts the transaction
 * and stops the application on the same record after every restart. Such a dead letter keeps the value's first
 * {@value DeadLetterHeaders#TRUNCATED_BYTES} bytes and says the original size in
 * {@link DeadLetterHeaders#TRUNCATED_FROM_BYTES}.
 */
public final class OversizeSafeDeserializationHandler extends LogAndContinueExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OversizeSafeDeserializationHandler.class);

    private int maxRecordBytes = ClientProperties.maxRecordBytes(Map.of());

    @Override
    public void configure(final Map<String, ?> configs) {
        super.configure(configs);
        maxRecordBytes = ClientProperties.maxRecordBytes(configs);
    }

    @Override
    public Response handleError(
            final ErrorHandlerContext context, final ConsumerRecord<byte[], byte[]> record, final Exception exception) {
        final Response response = super.handleError(context, record, exception);
        final List<ProducerRecord<byte[], byte[]>> deadLetters = response.deadLetterQueueRecords();
        if (deadLetters == null || deadLetters.isEmpty()) {
            return response;
        }
        final List<ProducerRecord<byte[], byte[]>> marked = new ArrayList<>(deadLetters.size());
        for (final ProducerRecord<byte[], byte[]> deadLetter : deadLetters) {
            final ProducerRecord<byte[], byte[]> withStage = withStage(deadLetter);
            if (tooLarge(withStage)) {
                LOG.warn(
                        "Record {}-{}@{} is too large to dead-letter whole ({} bytes); keeping its first {} bytes",
                        record.topic(),
                        record.partition(),
                        record.offset(),
                        length(record.value()),
                        DeadLetterHeaders.TRUNCATED_BYTES);
                marked.add(truncated(withStage));
            } else {
                marked.add(withStage);
            }
        }
        return Response.resume(marked);
    }

    private static ProducerRecord<byte[], byte[]> withStage(final ProducerRecord<byte[], byte[]> record) {
        final RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.remove(DeadLetterHeaders.STAGE);
        headers.add(DeadLetterHeaders.STAGE, DeadLetters.STAGE.getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(
                record.topic(), record.partition(), record.timestamp(), record.key(), record.value(), headers);
    }

    private boolean tooLarge(final ProducerRecord<byte[], byte[]> record) {
        long bytes = length(record.key()) + length(record.value());
        for (final Header header : record.headers()) {
            bytes += header.key().length() + length(header.value());
        }
        return bytes > maxRecordBytes;
    }

    private static ProducerRecord<byte[], byte[]> truncated(final ProducerRecord<byte[], byte[]> record) {
        final RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add(
                DeadLetterHeaders.TRUNCATED_FROM_BYTES,
                Integer.toString(length(record.value())).getBytes(StandardCharsets.UTF_8));
        final byte[] value = record.value() == null
                ? null
                : Arrays.copyOf(record.value(), Math.min(DeadLetterHeaders.TRUNCATED_BYTES, record.value().length));
        return new ProducerRecord<>(
                record.topic(), record.partition(), record.timestamp(), record.key(), value, headers);
    }

    private static int length(final byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
    }
}
