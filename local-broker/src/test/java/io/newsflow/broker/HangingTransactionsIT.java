package io.newsflow.broker;

import static io.newsflow.broker.LocalKafkaBrokerIT.readCommitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.AbortTransactionSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two halves of ending a transaction a crash left hanging, against a real broker: reading the coordinator's
 * decision from {@code __transaction_state}, and committing an open transaction on a partition with a marker.
 */
class HangingTransactionsIT {

    private static final String TOPIC = "hanging";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    private LocalKafkaBroker broker;
    private Admin admin;

    @BeforeEach
    void startBroker() throws Exception {
        broker = LocalKafkaBroker.start(dataDir);
        admin = Admin.create(broker.clientProperties());
        admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
    }

    @AfterEach
    void stopBroker() {
        admin.close();
        broker.close();
    }

    @Test
    void shouldMakeAnOpenTransactionVisibleToReadCommittedReadersWithACommitMarker() throws Exception {
        try (KafkaProducer<String, String> producer = producer("left-open")) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(TOPIC, 0, "k", "one"));
            producer.send(new ProducerRecord<>(TOPIC, 0, "k", "two"));
            producer.flush();
            final ProducerState open = openTransaction().orElseThrow();
            assertThat(readCommitted(broker, TOPIC)).as("before the marker").isEmpty();

            CommitMarker.write(
                    leader(),
                    new AbortTransactionSpec(
                            PARTITION,
                            open.producerId(),
                            (short) open.producerEpoch(),
                            open.coordinatorEpoch().orElse(0)),
                    TIMEOUT);

            assertThat(readCommitted(broker, TOPIC)).containsExactly("one", "two");
            assertThat(openTransaction()).as("the partition's open transaction").isEmpty();
        }
    }

    @Test
    void shouldRefuseACommitMarkerForAProducerTheBrokerDoesNotKnowAsOpen() {
        final AbortTransactionSpec unknown =
                new AbortTransactionSpec(new TopicPartition("no-such-topic", 0), 4242L, (short) 0, 0);
        assertThatThrownBy(() -> CommitMarker.write(leader(), unknown, TIMEOUT))
                .hasMessageContaining("refused the commit marker")
                .hasMessageContaining("no-such-topic-0");
    }

    @Test
    void shouldReadFromTheCoordinatorsLogWhichTransactionsItDecidedToCommit() throws Exception {
        try (KafkaProducer<String, String> committing = producer("committing");
                KafkaProducer<String, String> aborting = producer("aborting")) {
            committing.initTransactions();
            aborting.initTransactions();

            final ProducerState committed = writeOpen(committing, "committed");
            committing.commitTransaction();
            final ProducerState aborted = writeOpen(aborting, "aborted");
            aborting.abortTransaction();
            CoordinatorLog log = CoordinatorLog.read(broker.clientProperties(), TIMEOUT);
            assertThat(log.decidedCommit(PARTITION, committed.producerId(), (short) committed.producerEpoch()))
                    .as("committed transaction")
                    .isTrue();
            assertThat(log.decidedCommit(PARTITION, aborted.producerId(), (short) aborted.producerEpoch()))
                    .as("aborted transaction")
                    .isFalse();
            assertThat(log.decidedCommit(new TopicPartition(TOPIC + "-other", 0), committed.producerId(), (short)
                            committed.producerEpoch()))
                    .as("a partition outside the transaction")
                    .isFalse();

            // the next transaction of the committing producer, on the same partition, left open: never decided
            final ProducerState next = writeOpen(committing, "open");
            log = CoordinatorLog.read(broker.clientProperties(), TIMEOUT);
            assertThat(log.decidedCommit(PARTITION, next.producerId(), (short) next.producerEpoch()))
                    .as("open transaction")
                    .isFalse();
        }
    }

    private ProducerState writeOpen(final KafkaProducer<String, String> producer, final String value) throws Exception {
        producer.beginTransaction();
        producer.send(new ProducerRecord<>(TOPIC, 0, "k", value)).get();
        return openTransaction().orElseThrow();
    }

    private Optional<ProducerState> openTransaction() throws Exception {
        return admin.describeProducers(List.of(PARTITION)).partitionResult(PARTITION).get().activeProducers().stream()
                .filter(p -> p.currentTransactionStartOffset().isPresent())
                .findFirst();
    }

    private InetSocketAddress leader() {
        final String[] hostPort = broker.bootstrapServers().split(":");
        return new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1]));
    }

    private KafkaProducer<String, String> producer(final String transactionalId) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                        transactionalId,
                        ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
                        60_000),
                new StringSerializer(),
                new StringSerializer());
    }
}
