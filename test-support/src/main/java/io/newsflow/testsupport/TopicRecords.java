package io.newsflow.testsupport;

import static org.awaitility.Awaitility.await;

import io.newsflow.contract.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads a topic to its end as the tests check it: every record committed so far (read_committed, so aborted
 * transactions stay invisible), in offset order per partition, without a consumer group. "Its end" is the last stable
 * offset when the read starts, so records written afterwards are not waited for; {@link #firstCommittedBytes} is the
 * one read that waits, for the first record of a topic.
 */
public final class TopicRecords {

    private TopicRecords() {}

    /** The committed records of {@code topic}, read with its serdes. */
    public static <K, V> List<ConsumerRecord<K, V>> readCommitted(
            final Map<String, Object> clientProperties, final Topic<K, V> topic, final Duration wait) {
        return readCommitted(
                clientProperties,
                topic.name(),
                topic.keySerde().deserializer(),
                topic.valueSerde().deserializer(),
                wait);
    }

    /** The committed records of {@code topic} as bytes: for dead letters and records that are not JSON. */
    public static List<ConsumerRecord<byte[], byte[]>> readCommittedBytes(
            final Map<String, Object> clientProperties, final String topic, final Duration wait) {
        return readCommitted(clientProperties, topic, new ByteArrayDeserializer(), new ByteArrayDeserializer(), wait);
    }

    /** The committed records of {@code topic}, read with the given deserializers. */
    public static <K, V> List<ConsumerRecord<K, V>> readCommitted(
            final Map<String, Object> clientProperties,
            final String topic,
            final Deserializer<K> keys,
            final Deserializer<V> values,
            final Duration wait) {
        try (KafkaConsumer<K, V> consumer = fromBeginning(clientProperties, topic, keys, values)) {
            final Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
            final List<ConsumerRecord<K, V>> records = new ArrayList<>();
            await().atMost(wait).until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
            });
            return records;
        }
    }

    /**
     * The first committed record of {@code topic} as bytes, waiting up to {@code wait} for one: for a dead letter that
     * the service under test may still be writing.
     */
    public static ConsumerRecord<byte[], byte[]> firstCommittedBytes(
            final Map<String, Object> clientProperties, final String topic, final Duration wait) {
        try (KafkaConsumer<byte[], byte[]> consumer =
                fromBeginning(clientProperties, topic, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            final List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            await().atMost(wait).until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                return !records.isEmpty();
            });
            return records.get(0);
        }
    }

    /** A read_committed consumer without a group, assigned every partition of {@code topic} at its beginning. */
    private static <K, V> KafkaConsumer<K, V> fromBeginning(
            final Map<String, Object> clientProperties,
            final String topic,
            final Deserializer<K> keys,
            final Deserializer<V> values) {
        final Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        final KafkaConsumer<K, V> consumer = new KafkaConsumer<>(props, keys, values);
        final List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }
}
