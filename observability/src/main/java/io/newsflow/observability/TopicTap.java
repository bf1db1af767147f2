package io.newsflow.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contract.DeadLetterHeaders;
import io.newsflow.contract.Duplicate;
import io.newsflow.contract.DuplicateReason;
import io.newsflow.contract.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts what enrich and the sink set aside, by reading the topics they write it to: {@code news-duplicates} →
 * {@code newsflow_duplicates_total{reason}}, {@code news-dlq} → {@code newsflow_dead_letters_total{topic}} (the topic
 * the record came from, from its dead-letter headers). Reading the topics rather than instrumenting the topology counts
 * every instance's output once, whichever process runs the tap: instances sharing the consumer group split the
 * partitions, so the sum over instances is the total. Reads committed records only; a new group starts at the
 * beginning of what the topics retain. Counting is at least once: after a crash, records since the last auto-commit
 * are counted again.
 */
public final class TopicTap implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TopicTap.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final MeterRegistry registry;
    private final Thread thread;
    private volatile boolean running = true;

    /** {@code clientProperties} carry the bootstrap servers and any security settings. */
    public TopicTap(final Map<String, Object> clientProperties, final String groupId, final MeterRegistry registry) {
        final Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.putIfAbsent(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.putIfAbsent(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "true");
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, groupId);
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.registry = registry;
        this.thread = new Thread(this::run, "newsflow-topic-tap");
        this.thread.setDaemon(true);
        for (final DuplicateReason reason : DuplicateReason.values()) {
            duplicates(reason.name());
        }
        // the topics records are dead-lettered from: enrich's input and the sinks'
        for (final String topic : List.of(Topics.PARAGRAPHS.name(), Topics.ARTICLES.name())) {
            Counter.builder(MetricNames.DEAD_LETTERS)
                    .description("Records sent to news-dlq, by the topic they came from")
                    .tag("topic", topic)
                    .register(registry);
        }
    }

    public TopicTap start() {
        consumer.subscribe(List.of(Topics.DUPLICATES.name(), Topics.DEAD_LETTERS.name()));
        thread.start();
        return this;
    }

    public boolean isRunning() {
        return thread.isAlive();
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (running) {
                for (final ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    count(record);
                }
            }
        } catch (final WakeupException e) {
            if (running) {
                LOG.error("Duplicate and dead-letter counting stopped: woken up unexpectedly", e);
            }
        } catch (final RuntimeException e) {
            LOG.error("Duplicate and dead-letter counting stopped on an unexpected error", e);
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    private void count(final ConsumerRecord<byte[], byte[]> record) {
        if (Topics.DEAD_LETTERS.name().equals(record.topic())) {
            final Header from = record.headers().lastHeader(DeadLetterHeaders.TOPIC);
            final String topic = from == null ? "unknown" : new String(from.value(), StandardCharsets.UTF_8);
            Counter.builder(MetricNames.DEAD_LETTERS)
                    .description("Records sent to news-dlq, by the topic they came from")
                    .tag("topic", topic)
                    .register(registry)
                    .increment();
            return;
        }
        String reason;
        try {
            final Duplicate duplicate =
                    Topics.DUPLICATES.valueSerde().deserializer().deserialize(record.topic(), record.value());
            reason = duplicate == null || duplicate.reason() == null
                    ? "UNKNOWN"
                    : duplicate.reason().name();
        } catch (final SerializationException e) {
            LOG.warn(
                    "Unreadable record {}-{}@{} on {}: counted as UNKNOWN",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    record.topic());
            reason = "UNKNOWN";
        }
        duplicates(reason).increment();
    }

    private Counter duplicates(final String reason) {
        return Counter.builder(MetricNames.DUPLICATES)
                .description("Records on news-duplicates, by reason")
                .tag("reason", reason)
                .register(registry);
    }
}
