package io.newsflow.broker;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AbortTransactionSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeProducersResult.PartitionProducerState;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the transactions a local broker killed together with its clients ({@code kill -9}) left hanging: a partition
 * holds a transaction's records, but the transaction coordinator no longer has that transaction open, so no marker
 * will ever end it. Its open records hold back every read_committed reader of the partition for good (the crash tests
 * saw ingest's and enrich's inputs stall that way). A transaction still ongoing or being prepared is left for its
 * coordinator to finish; the others are ended as the coordinator decided:
 * <ul>
 * <li>committed, when the coordinator's own log holds its {@code PrepareCommit} for that partition. Kafka 4.4's
 * coordinator, reloading after such a crash, retries its markers while the restarted broker is still fenced and its
 * partitions have no leader; it then takes them for deleted partitions, skips them and completes the commit
 * (KAFKA-20734: {@code KRaftMetadataCache#getPartitionLeaderEndpoint} returns empty instead of "no node"). Aborting
 * those, as {@code kafka-transactions.sh abort} would, drops committed work from some partitions of a transaction
 * that others show committed — an article lost between enrich's outputs;</li>
 * <li>aborted otherwise, which is what {@code kafka-transactions.sh abort} does by hand (KIP-664).</li>
 * </ul>
 */
public final class HangingTransactions {

    private static final Logger LOG = LoggerFactory.getLogger(HangingTransactions.class);
    private static final Set<TransactionState> OPEN = Set.of(
            TransactionState.ONGOING,
            TransactionState.PREPARE_COMMIT,
            TransactionState.PREPARE_ABORT,
            TransactionState.PREPARE_EPOCH_FENCE);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofSeconds(45);

    private HangingTransactions() {}

    /** What {@link #endStillHanging} did: partitions whose hanging transaction it committed, and aborted. */
    public record Ended(int committed, int aborted) {}

    /**
     * Looks for hanging transactions and ends those still hanging, unchanged, after {@code settle}: right after a
     * restart the coordinator may still be loading its state or completing a commit it had prepared. {@code settle}
     * must exceed the longest transaction timeout plus the coordinator's expiry check (10 s). Blocks for
     * {@code settle} when it finds a candidate; call it off the main path (see {@link #endLater}). Only for the
     * local brokers, reached over PLAINTEXT: commits are written straight to a partition's leader (see
     * {@link CommitMarker}).
     */
    public static Ended endStillHanging(final Map<String, Object> clientProperties, final Duration settle) {
        try (Admin admin = Admin.create(clientProperties)) {
            final Set<AbortTransactionSpec> first = hanging(admin);
            if (first.isEmpty()) {
                return new Ended(0, 0);
            }
            Thread.sleep(settle.toMillis());
            final Set<AbortTransactionSpec> still = hanging(admin);
            still.retainAll(first);
            if (still.isEmpty()) {
                return new Ended(0, 0);
            }
            final CoordinatorLog decisions = CoordinatorLog.read(clientProperties, TIMEOUT);
            int committed = 0;
            for (final AbortTransactionSpec spec : still) {
                if (decisions.decidedCommit(spec.topicPartition(), spec.producerId(), spec.producerEpoch())) {
                    LOG.warn(
                            "Committing a hanging transaction on {} (producer {}, epoch {}): its coordinator decided "
                                    + "to commit it but its marker never reached this partition",
                            spec.topicPartition(),
                            spec.producerId(),
                            spec.producerEpoch());
                    CommitMarker.write(leader(admin, spec.topicPartition()), spec, TIMEOUT);
                    committed++;
                } else {
                    LOG.warn(
                            "Aborting a hanging transaction on {} (producer {}, epoch {}): its coordinator no longer "
                                    + "has it open and never decided to commit it, so no marker would ever end it",
                            spec.topicPartition(),
                            spec.producerId(),
                            spec.producerEpoch());
                    admin.abortTransaction(spec).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                }
            }
            return new Ended(committed, still.size() - committed);
        } catch (final ExecutionException | TimeoutException | KafkaException | IOException | IllegalStateException e) {
            // not being able to clean up is no reason to stop; readers stay held back as before
            LOG.warn("Could not end hanging transactions: {}", e.toString());
            return new Ended(0, 0);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Ended(0, 0);
        }
    }

    /**
     * Runs {@link #endStillHanging} on a daemon thread, with a settle time above the pipeline's transaction timeouts
     * (ingest 20 s, Kafka Streams 10 s) plus the coordinator's expiry check, and returns at once.
     */
    public static void endLater(final Map<String, Object> clientProperties) {
        final Map<String, Object> properties = Map.copyOf(clientProperties);
        final Thread janitor = new Thread(() -> endStillHanging(properties, SETTLE), "newsflow-hanging-transactions");
        janitor.setDaemon(true);
        janitor.start();
    }

    private static InetSocketAddress leader(final Admin admin, final TopicPartition partition)
            throws ExecutionException, TimeoutException, InterruptedException, IOException {
        final Node leader = admin
                .describeTopics(Set.of(partition.topic()))
                .allTopicNames()
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                .get(partition.topic())
                .partitions()
                .stream()
                .filter(info -> info.partition() == partition.partition())
                .findFirst()
                .map(TopicPartitionInfo::leader)
                .orElse(null);
        if (leader == null || leader.isEmpty()) {
            throw new IOException(partition + " has no leader to write a commit marker to");
        }
        return new InetSocketAddress(leader.host(), leader.port());
    }

    /** Open transactions on partitions whose coordinator does not list them as open, as abort specs. */
    private static Set<AbortTransactionSpec> hanging(final Admin admin)
            throws ExecutionException, TimeoutException, InterruptedException {
        // internal topics too: a transaction's offset commit waits on __consumer_offsets, and while it is open a
        // consumer asking for stable offsets (Kafka Streams under exactly-once) waits forever
        final Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true))
                .names()
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        final Map<String, TopicDescription> described =
                admin.describeTopics(topics).allTopicNames().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        final List<TopicPartition> partitions = new ArrayList<>();
        described
                .values()
                .forEach(topic -> topic.partitions()
                        .forEach(info -> partitions.add(new TopicPartition(topic.name(), info.partition()))));
        final Map<TopicPartition, PartitionProducerState> producers =
                admin.describeProducers(partitions).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        final Set<Long> open = admin.listTransactions().all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).stream()
                .filter(listing -> OPEN.contains(listing.state()))
                .map(TransactionListing::producerId)
                .collect(Collectors.toSet());
        final Set<AbortTransactionSpec> hanging = new HashSet<>();
        for (final Map.Entry<TopicPartition, PartitionProducerState> partition : producers.entrySet()) {
            for (final ProducerState producer : partition.getValue().activeProducers()) {
                if (producer.currentTransactionStartOffset().isPresent() && !open.contains(producer.producerId())) {
                    hanging.add(new AbortTransactionSpec(
                            partition.getKey(),
                            producer.producerId(),
                            (short) producer.producerEpoch(),
                            producer.coordinatorEpoch().orElse(0)));
                }
            }
        }
        return hanging;
    }
}
