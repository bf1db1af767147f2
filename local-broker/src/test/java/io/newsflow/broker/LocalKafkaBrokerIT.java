package io.newsflow.broker;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contract.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaBrokerIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldCommitTransactionsAndKeepThemAcrossRestart() throws Exception {
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(dataDir)) {
            provision(broker);
            try (KafkaProducer<String, String> producer = transactionalProducer(broker)) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("news-paragraphs", "a", "committed"));
                producer.commitTransaction();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("news-paragraphs", "a", "aborted"));
                producer.flush();
                producer.abortTransaction();
            }
            assertThat(readCommitted(broker, "news-paragraphs")).containsExactly("committed");
        }
        try (LocalKafkaBroker restarted = LocalKafkaBroker.start(dataDir)) {
            assertThat(readCommitted(restarted, "news-paragraphs")).containsExactly("committed");
        }
    }

    @Test
    void shouldCreateTopicsIdempotentlyWithLedgerCompacted() throws Exception {
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(dataDir)) {
            provision(broker);
            provision(broker);
            try (Admin admin = Admin.create(broker.clientProperties())) {
                assertThat(admin.listTopics().names().get())
                        .containsAll(Topics.ALL.stream().map(t -> t.name()).toList());
                final ConfigResource ledger = new ConfigResource(ConfigResource.Type.TOPIC, "news-ingest-ledger");
                final ConfigEntry policy = admin.describeConfigs(Set.of(ledger))
                        .all()
                        .get()
                        .get(ledger)
                        .get(TopicConfig.CLEANUP_POLICY_CONFIG);
                assertThat(policy.value()).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
            }
        }
    }

    private static void provision(final LocalKafkaBroker broker) {
        try (Admin admin = Admin.create(broker.clientProperties())) {
            new TopicProvisioner(admin).ensure(Topics.ALL, 2, (short) 1);
        }
    }

    private static KafkaProducer<String, String> transactionalProducer(final LocalKafkaBroker broker) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                        "broker-it"),
                new StringSerializer(),
                new StringSerializer());
    }

    static List<String> readCommitted(final LocalKafkaBroker broker, final String topic) {
        final Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "reader-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed");
        final List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            final long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            // the aborted record and both transaction markers sit in the log too: read until the end offsets
            while (System.nanoTime() < deadline) {
                for (final ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
                if (!consumer.assignment().isEmpty()
                        && consumer.assignment().stream()
                                .allMatch(tp -> consumer.position(tp)
                                        >= consumer.endOffsets(Set.of(tp)).get(tp))) {
                    break;
                }
            }
        }
        return values;
    }
}
