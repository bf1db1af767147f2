package io.newsflow.broker;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.internals.Topic;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.coordinator.transaction.TransactionLog;
import org.apache.kafka.coordinator.transaction.TransactionMetadata;
import org.apache.kafka.coordinator.transaction.TransactionState;

/**
 * What the transaction coordinator wrote to its own log, {@code __transaction_state}: for each transaction, the
 * partitions it spanned and whether the coordinator decided to commit or abort it. The coordinator's decision is final
 * once it is in this log (the {@code PrepareCommit} record); the markers that carry it to the partitions come after.
 * {@link HangingTransactions} reads it to tell a transaction whose markers were lost from one that was never ended.
 */
final class CoordinatorLog {

    /** One record of the coordinator's log, in log order: a transaction's state and the partitions it names. */
    record Entry(long producerId, short producerEpoch, TransactionState state, Set<TopicPartition> partitions) {}

    private static final Duration POLL = Duration.ofMillis(200);

    private final List<Entry> entries;

    CoordinatorLog(final List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Reads the whole log, up to its end at the time of the call. */
    static CoordinatorLog read(final Map<String, Object> clientProperties, final Duration timeout) {
        final Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.EXCLUDE_INTERNAL_TOPICS_CONFIG, false);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        final List<Entry> entries = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            final List<TopicPartition> partitions =
                    consumer.partitionsFor(Topic.TRANSACTION_STATE_TOPIC_NAME, timeout).stream()
                            .map(info -> new TopicPartition(info.topic(), info.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            final long deadline = System.nanoTime() + timeout.toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "Could not read " + Topic.TRANSACTION_STATE_TOPIC_NAME + " to its end within " + timeout);
                }
                for (final ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    entry(record).ifPresent(entries::add);
                }
            }
        }
        return new CoordinatorLog(entries);
    }

    /**
     * Whether the coordinator decided to commit the transaction that {@code producerId} left open on {@code partition}
     * with data written at {@code producerEpoch}. That is so when the last record naming this producer and partition
     * at that epoch is a {@code PrepareCommit} — at the same epoch (transactions v1) or the next (v2, where ending a
     * transaction bumps the epoch). A later {@code Ongoing} record naming the partition means the open transaction is a
     * newer one, which the coordinator never decided; no record at all means the same.
     */
    boolean decidedCommit(final TopicPartition partition, final long producerId, final short producerEpoch) {
        TransactionState last = null;
        for (final Entry entry : entries) {
            if (entry.producerId() == producerId
                    && entry.partitions().contains(partition)
                    && (entry.producerEpoch() == producerEpoch || entry.producerEpoch() == producerEpoch + 1)) {
                last = entry.state();
            }
        }
        return last == TransactionState.PREPARE_COMMIT;
    }

    private static boolean reached(final KafkaConsumer<byte[], byte[]> consumer, final Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static Optional<Entry> entry(final ConsumerRecord<byte[], byte[]> record) {
        if (record.key() == null || record.value() == null) {
            return Optional.empty();
        }
        if (TransactionLog.read(ByteBuffer.wrap(record.key()), ByteBuffer.wrap(record.value()))
                instanceof TransactionLog.TxnRecord txn) {
            final TransactionMetadata metadata = txn.metadata();
            return Optional.of(new Entry(
                    metadata.producerId(),
                    metadata.producerEpoch(),
                    metadata.state(),
                    Set.copyOf(metadata.topicPartitions())));
        }
        return Optional.empty();
    }
}
