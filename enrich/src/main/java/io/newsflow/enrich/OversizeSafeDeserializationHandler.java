package io.newsflow.enrich;

import io.newsflow.contract.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams' log-and-continue handling of records that cannot be deserialised, with their dead letters (KIP-1034,
 * original bytes plus error headers) kept within the producer's record limit. A record just under the broker's limit
 * no longer fits once the error headers (with a stack trace) are added; the producer would refuse the dead letter,
 * which aborts the transaction and stops the application on the same record after every restart. Such a dead letter
 * keeps the value's first {@value #TRUNCATED_BYTES} bytes and says the original size in
 * {@link DeadLetterHeaders#TRUNCATED_FROM_BYTES}.
 */
public final class OversizeSafeDeserializationHandler extends LogAndContinueExceptionHandler {

    static final int TRUNCATED_BYTES = 64 * 1024;
    /** Record batch and record framing around key, value and headers. */
    private static final int OVERHEAD_BYTES = 1024;
    private static final int DEFAULT_MAX_REQUEST_SIZE = 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(OversizeSafeDeserializationHandler.class);

    private int maxRecordBytes = DEFAULT_MAX_REQUEST_SIZE - OVERHEAD_BYTES;

    @Override
    public void configure(final Map<String, ?> configs) {
        super.configure(configs);
        final Object configured = configs.containsKey("producer." + ProducerConfig.MAX_REQUEST_SIZE_CONFIG)
                ? configs.get("producer." + ProducerConfig.MAX_REQUEST_SIZE_CONFIG)
                : configs.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        if (configured != null) {
            maxRecordBytes = Integer.parseInt(configured.toString().strip()) - OVERHEAD_BYTES;
        }
    }

    @Override
    public Response handleError(final ErrorHandlerContext context, final ConsumerRecord<byte[], byte[]> record,
            final Exception exception) {
        final Response response = super.handleError(context, record, exception);
        final List<ProducerRecord<byte[], byte[]>> deadLetters = response.deadLetterQueueRecords();
        if (deadLetters == null || deadLetters.stream().noneMatch(this::tooLarge)) {
            return response;
        }
        final List<ProducerRecord<byte[], byte[]>> fitting = new ArrayList<>(deadLetters.size());
        for (final ProducerRecord<byte[], byte[]> deadLetter : deadLetters) {
            fitting.add(tooLarge(deadLetter) ? truncated(deadLetter) : deadLetter);
        }
        LOG.warn("Record {}-{}@{} is too large to dead-letter whole ({} bytes); keeping its first {} bytes",
                record.topic(), record.partition(), record.offset(),
                record.value() == null ? 0 : record.value().length, TRUNCATED_BYTES);
        return Response.resume(fitting);
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
        headers.add(DeadLetterHeaders.TRUNCATED_FROM_BYTES,
                Integer.toString(length(record.value())).getBytes(StandardCharsets.UTF_8));
        final byte[] value = record.value() == null ? null
                : Arrays.copyOf(record.value(), Math.min(TRUNCATED_BYTES, record.value().length));
        return new ProducerRecord<>(record.topic(), record.partition(), record.timestamp(), record.key(), value,
                headers);
    }

    private static int length(final byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
    }
}
