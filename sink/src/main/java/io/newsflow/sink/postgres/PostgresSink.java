package io.newsflow.sink.postgres;

import io.newsflow.contract.Article;
import io.newsflow.contract.Topics;
import io.newsflow.sink.ArticleRecords;
import io.newsflow.sink.ConsumerThread;
import io.newsflow.sink.DeadLetters;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkListener;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
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
 * Consumes {@code news-articles} (read_committed) and writes the articles into PostgreSQL, exactly once.
 *
 * <p>Each polled batch is written in one database transaction together with the next offset of every partition it
 * came from ({@code sink_offsets}). The database, not Kafka, says where to resume: when partitions are assigned (at
 * start and on every rebalance) they are paused until their offsets have been read from the database and sought to; a
 * partition without a stored offset starts from the beginning of the topic. Offsets are also committed to Kafka after
 * each transaction, for monitoring only. Records below the stored offset are skipped, so a redelivered batch writes
 * nothing twice, and the store itself writes an article idempotently.
 *
 * <p>When the database fails, nothing of the batch is committed: every assigned partition is paused and positioned
 * again from the database once it answers, with exponential backoff up to {@code maxBackoff} in between. Polling goes
 * on meanwhile (paused partitions return nothing), which keeps the consumer in its group however long the database is
 * down. A record that is not an article goes to {@code news-dlq} (see {@link DeadLetters}) and its offset is stored
 * like any other; after a crash between the two it may be dead-lettered twice, never lost.
 */
public final class PostgresSink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresSink.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);

    private final PostgresConfig database;
    private final SinkListener listener;
    private final ArticleStore store;
    private final DeadLetters deadLetters;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final ConsumerThread thread;
    /** Assigned partitions not yet positioned at their offset from the database; they stay paused until then. */
    private final Set<TopicPartition> unpositioned = new HashSet<>();
    /** What the database holds as next offset for each positioned partition: the fence of the next write. */
    private final Map<TopicPartition, Long> stored = new HashMap<>();
    /** Highest offset per partition already dead-lettered, so a retried batch does not dead-letter it again. */
    private final Map<TopicPartition, Long> deadLettered = new HashMap<>();

    /** Migrates the schema (so a misconfigured database fails here, at start) and prepares the consumer. */
    public PostgresSink(final SinkConfig kafka, final PostgresConfig database, final SinkListener listener) {
        this.database = database;
        this.listener = listener;
        ArticleStore.migrate(database);
        this.store = new ArticleStore(database);
        final Map<String, Object> props = new HashMap<>(kafka.consumerProperties());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, database.groupId());
        if (!kafka.clientProperties().containsKey(ConsumerConfig.MAX_POLL_RECORDS_CONFIG)) {
            // larger transactions amortise the round trips; an article is a few kB
            props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        }
        // 500 articles of 10-20 kB do not fit the default 1 MiB per partition and fetch
        props.putIfAbsent(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.deadLetters = new DeadLetters(kafka.producerProperties());
        this.thread = new ConsumerThread(
                "newsflow-sink-postgres", consumer, kafka.maxBackoff(), this::pollAndWrite, store::close);
    }

    public PostgresSink start() {
        consumer.subscribe(List.of(Topics.ARTICLES.name()), new Positioner());
        thread.start();
        LOG.info(
                "PostgreSQL sink writing {} to {} (group {})",
                Topics.ARTICLES.name(),
                database.redactedUrl(),
                database.groupId());
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

    public PostgresConfig database() {
        return database;
    }

    @Override
    public void close() {
        thread.close();
        deadLetters.close();
    }

    /**
     * Positions what is unpositioned, polls, and writes the batch. Polls even when the database cannot say where to
     * resume (the unpositioned partitions stay paused and return nothing), so the consumer stays in its group.
     */
    private boolean pollAndWrite() {
        final boolean positioned = unpositioned.isEmpty() || position();
        final ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL_TIMEOUT);
        final boolean written = records.isEmpty() || !thread.running() || write(records);
        return positioned && written;
    }

    /** Seeks the unpositioned partitions to their offsets in the database and resumes them; false if it is down. */
    private boolean position() {
        final Map<TopicPartition, Long> offsets;
        try {
            offsets = store.offsets(database.groupId(), unpositioned);
        } catch (final SQLException e) {
            LOG.warn("Cannot read the sink's offsets from {}: {}; will retry", database.redactedUrl(), e.toString());
            return false;
        }
        for (final Map.Entry<TopicPartition, Long> entry : offsets.entrySet()) {
            if (entry.getValue() == ArticleStore.NO_OFFSET) {
                consumer.seekToBeginning(List.of(entry.getKey()));
            } else {
                consumer.seek(entry.getKey(), entry.getValue());
            }
            stored.put(entry.getKey(), entry.getValue());
        }
        consumer.resume(offsets.keySet());
        LOG.info("PostgreSQL sink resumes {} from the database's offsets {}", offsets.keySet(), offsets);
        unpositioned.clear();
        return true;
    }

    /** Writes the batch with its offsets in one transaction; false when it must be retried. */
    private boolean write(final ConsumerRecords<byte[], byte[]> records) {
        final List<Article> articles = new ArrayList<>();
        final Map<TopicPartition, Long> next = new HashMap<>();
        for (final TopicPartition partition : records.partitions()) {
            if (unpositioned.contains(partition) || !stored.containsKey(partition)) {
                continue; // fetched before a rebalance took it away or before it was positioned: read again later
            }
            final long from = stored.get(partition);
            for (final ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
                if (record.offset() < from) {
                    continue;
                }
                final Article article = read(record);
                if (article != null) {
                    articles.add(article);
                }
                next.put(partition, record.offset() + 1);
            }
        }
        if (next.isEmpty()) {
            return true;
        }
        try {
            store.write(database.groupId(), articles, stored, next);
        } catch (final StaleOffsetsException e) {
            LOG.warn("{}; re-reading the offsets from the database", e.getMessage());
            repositionAll();
            return true;
        } catch (final SQLException e) {
            LOG.warn(
                    "Cannot write {} articles to {}: {}; will retry from the offsets stored there",
                    articles.size(),
                    database.redactedUrl(),
                    e.toString());
            repositionAll();
            return false;
        }
        stored.putAll(next);
        final Instant now = Instant.now();
        articles.forEach(article -> listener.onStored(article, now));
        commitToKafka(next);
        return true;
    }

    /** The article in {@code record}, or null when it is not one (then it has been dead-lettered). */
    private Article read(final ConsumerRecord<byte[], byte[]> record) {
        try {
            return ArticleRecords.read(record);
        } catch (final SerializationException e) {
            final TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            if (record.offset() > deadLettered.getOrDefault(partition, -1L)) {
                final String reason = deadLetters.send(record, e);
                deadLettered.put(partition, record.offset());
                listener.onDeadLetter(record.topic(), record.partition(), record.offset(), reason);
            }
            return null;
        }
    }

    private void repositionAll() {
        final Set<TopicPartition> assigned = consumer.assignment();
        consumer.pause(assigned);
        unpositioned.addAll(assigned);
    }

    /** Informational only (lag monitoring): the database's offsets are the ones the sink resumes from. */
    private void commitToKafka(final Map<TopicPartition, Long> next) {
        final Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        next.forEach((partition, offset) -> offsets.put(partition, new OffsetAndMetadata(offset)));
        consumer.commitAsync(offsets, (committed, error) -> {
            if (error != null) {
                LOG.debug("Informational offset commit failed: {}", error.toString());
            }
        });
    }

    /** Pauses newly assigned partitions until {@link #position()} has sought them to the database's offsets. */
    private final class Positioner implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(final Collection<TopicPartition> partitions) {
            consumer.pause(partitions);
            unpositioned.addAll(partitions);
        }

        @Override
        public void onPartitionsRevoked(final Collection<TopicPartition> partitions) {
            forget(partitions);
        }

        @Override
        public void onPartitionsLost(final Collection<TopicPartition> partitions) {
            forget(partitions);
        }

        private void forget(final Collection<TopicPartition> partitions) {
            unpositioned.removeAll(partitions);
            partitions.forEach(stored::remove);
        }
    }
}
