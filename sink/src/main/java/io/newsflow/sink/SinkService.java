package io.newsflow.sink;

import io.newsflow.contract.Article;
import io.newsflow.contract.DeadLetterHeaders;
import io.newsflow.contract.Topics;
import io.newsflow.sink.outbox.OutboxWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
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
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    private final SinkConfig config;
    private final SinkListener listener;
    private final OutboxWriter writer;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> deadLetters;
    private final Thread thread;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch closeRequested = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile Throwable failure;

    public SinkService(final SinkConfig config, final SinkListener listener) {
        this.config = config;
        this.listener = listener;
        this.writer = new OutboxWriter(config.outbox());
        this.consumer = new KafkaConsumer<>(config.consumerProperties(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        this.deadLetters = new KafkaProducer<>(config.producerProperties(), new ByteArraySerializer(),
                new ByteArraySerializer());
        this.thread = new Thread(this::run, "newsflow-sink");
    }

    public SinkService start() {
        consumer.subscribe(List.of(Topics.ARTICLES.name()));
        thread.start();
        LOG.info("Sink writing {} to {}", Topics.ARTICLES.name(), config.outbox().toAbsolutePath());
        return this;
    }

    /** True while the consuming thread runs; false after a fatal error or {@link #close()}. */
    public boolean isRunning() {
        return thread.isAlive();
    }

    /** The error that stopped the sink, or null. */
    public Throwable failure() {
        return failure;
    }

    public Path outbox() {
        return writer.outbox();
    }

    @Override
    public void close() {
        running = false;
        closeRequested.countDown();
        consumer.wakeup();
        try {
            if (!stopped.await(30, TimeUnit.SECONDS)) {
                LOG.warn("Sink did not stop within 30 s");
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deadLetters.close(Duration.ofSeconds(5));
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        try {
            while (running) {
                final ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL_TIMEOUT);
                if (records.isEmpty()) {
                    continue;
                }
                if (writeAll(records)) {
                    backoff = FIRST_BACKOFF;
                } else {
                    pause(backoff);
                    backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0
                            ? config.maxBackoff() : backoff.multipliedBy(2);
                }
            }
        } catch (final WakeupException e) {
            if (running) {
                failure = e;
                LOG.error("Sink woken up unexpectedly", e);
            }
        } catch (final RuntimeException e) {
            failure = e;
            LOG.error("Sink stopped on an unexpected error; nothing after the last committed offset is lost", e);
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
            stopped.countDown();
        }
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
                if (failed || !running || !handle(record)) {
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
            article = Topics.ARTICLES.valueSerde().deserializer().deserialize(record.topic(), record.value());
            if (article == null) {
                throw new SerializationException("Empty value (tombstone) where an article was expected");
            }
        } catch (final SerializationException e) {
            deadLetter(record, e);
            return true;
        }
        try {
            final Path document = writer.write(article);
            listener.onWritten(article, document, Instant.now());
            return true;
        } catch (final IOException | RuntimeException e) {
            LOG.warn("Cannot write article {} ({}) to {}: {}; will retry", article.articleId(), article.sourceFile(),
                    config.outbox(), e.toString());
            return false;
        }
    }

    private void deadLetter(final ConsumerRecord<byte[], byte[]> record, final Exception error) {
        final String message = String.valueOf(error.getMessage());
        LOG.warn("Record {}-{}@{} is not an article; sending it to {}: {}", record.topic(), record.partition(),
                record.offset(), Topics.DEAD_LETTERS.name(), message);
        final RecordHeaders headers = new RecordHeaders();
        headers.add(DeadLetterHeaders.EXCEPTION, bytes(error.getClass().getName()));
        headers.add(DeadLetterHeaders.MESSAGE, bytes(message));
        headers.add(DeadLetterHeaders.TOPIC, bytes(record.topic()));
        headers.add(DeadLetterHeaders.PARTITION, bytes(Integer.toString(record.partition())));
        headers.add(DeadLetterHeaders.OFFSET, bytes(Long.toString(record.offset())));
        headers.add(DeadLetterHeaders.STAGE, bytes("sink"));
        try {
            // wait for the broker: the offset is committed right after, so the dead letter must not be lost
            deadLetters.send(new ProducerRecord<>(Topics.DEAD_LETTERS.name(), null, record.key(), record.value(),
                    headers)).get();
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing a dead letter", e);
        } catch (final ExecutionException e) {
            throw new IllegalStateException("Cannot write dead letter for " + new TopicPartition(record.topic(),
                    record.partition()) + "@" + record.offset(), e.getCause());
        }
        listener.onDeadLetter(record.topic(), record.partition(), record.offset(), message);
    }

    private void pause(final Duration duration) {
        try {
            // returns early when close() is called, so stopping never waits out a long backoff
            closeRequested.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static byte[] bytes(final String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
