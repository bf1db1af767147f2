package io.newsflow.sink;

import io.newsflow.contract.Article;
import io.newsflow.contract.Topics;
import io.newsflow.sink.outbox.OutboxWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes {@code news-articles} (read_committed) and writes one JSON document per article into the outbox.
 *
 * <p>At-least-once delivery plus an idempotent writer gives exactly-once documents: offsets are committed only after
 * every document of the polled batch is on disk, and a redelivered article rewrites the same file with the same name.
 * A record that cannot be read as an article goes to {@code news-dlq} (original bytes, headers naming its topic,
 * partition, offset and the error) before its offset is committed. A failed write (outbox unwritable, disk full) is
 * retried with exponential backoff, without committing, until it succeeds or the service stops.
 */
public final class SinkService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);

    private final SinkConfig config;
    private final SinkListener listener;
    private final OutboxWriter writer;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final DeadLetters deadLetters;
    private final ConsumerThread thread;

    public SinkService(final SinkConfig config, final SinkListener listener) {
        this.config = config;
        this.listener = listener;
        this.writer = new OutboxWriter(config.outbox());
        this.consumer = new KafkaConsumer<>(
                config.consumerProperties(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.deadLetters = new DeadLetters(config.producerProperties());
        this.thread = new ConsumerThread("newsflow-sink", consumer, config.maxBackoff(), this::pollAndWrite, () -> {});
    }

    public SinkService start() {
        consumer.subscribe(List.of(Topics.ARTICLES.name()));
        thread.start();
        LOG.info(
                "Sink writing {} to {}", Topics.ARTICLES.name(), config.outbox().toAbsolutePath());
        return this;
    }

    /** True while the consuming thread runs; false after a fatal error or {@link #close()}. */
    public boolean isRunning() {
        return thread.isAlive();
    }

    /** The error that stopped the sink, or null. */
    public Throwable failure() {
        return thread.failure();
    }

    public Path outbox() {
        return writer.outbox();
    }

    @Override
    public void close() {
        thread.close();
        deadLetters.close();
    }

    private boolean pollAndWrite() {
        final ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL_TIMEOUT);
        return records.isEmpty() || writeAll(records);
    }

    /**
     * Writes the batch and commits the offsets of what was written. On the first failed write the partition is sought
     * back to that record, so the next poll redelivers it; polling goes on meanwhile, which keeps the consumer in its
     * group however long the outbox stays unwritable. Returns false when something is left to retry.
     */
    private boolean writeAll(final ConsumerRecords<byte[], byte[]> records) {
        final Map<TopicPartition, OffsetAndMetadata> written = new HashMap<>();
        boolean failed = false;
        for (final TopicPartition partition : records.partitions()) {
            for (final ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
                if (failed || !thread.running() || !handle(record)) {
                    consumer.seek(partition, record.offset());
                    failed = true;
                    break;
                }
                written.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        if (!written.isEmpty()) {
            consumer.commitSync(written);
        }
        return !failed;
    }

    /** Returns false when the article could not be written now and must be retried. */
    private boolean handle(final ConsumerRecord<byte[], byte[]> record) {
        final Article article;
        try {
            article = ArticleRecords.read(record);
        } catch (final SerializationException e) {
            final String reason = deadLetters.send(record, e);
            listener.onDeadLetter(record.topic(), record.partition(), record.offset(), reason);
            return true;
        }
        try {
            final long writeStarted = System.nanoTime();
            final Path document = writer.write(article, record.value());
            listener.onWriteTook(Duration.ofNanos(System.nanoTime() - writeStarted));
            listener.onWritten(article, document, Instant.now());
            return true;
        } catch (final IOException | RuntimeException e) {
            LOG.warn(
                    "Cannot write article {} ({}) to {}: {}; will retry",
                    article.articleId(),
                    article.sourceFile(),
                    config.outbox(),
                    e.toString());
            return false;
        }
    }
}
