package io.newsflow.launcher.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
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
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Aborts hanging transactions on a local broker that was killed ({@code kill -9}) together with its clients: a
 * partition holds a transaction's records, but the transaction coordinator no longer has that transaction open, so
 * no marker will ever end it. Its open records hold back every read_committed reader of the partition for good (the
 * crash tests saw ingest's and enrich's inputs stall that way). This is what {@code kafka-transactions.sh abort} does
 * by hand (KIP-664), limited to transactions the coordinator does not know as open and that stay so for a while: a
 * transaction still ongoing or being prepared is left for its coordinator to finish.
 */
final class HangingTransactions {

    private static final Logger LOG = LoggerFactory.getLogger(HangingTransactions.class);
    private static final Set<TransactionState> OPEN = Set.of(TransactionState.ONGOING,
            TransactionState.PREPARE_COMMIT, TransactionState.PREPARE_ABORT, TransactionState.PREPARE_EPOCH_FENCE);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private HangingTransactions() {
    }

    /**
     * Looks for hanging transactions and aborts those still hanging, unchanged, after {@code settle}: right after a
     * restart the coordinator may still be loading its state or completing a commit it had prepared, and aborting a
     * transaction it is about to commit would drop committed work from some of its partitions. {@code settle} must
     * exceed the longest transaction timeout plus the coordinator's expiry check (10 s). Returns how many partitions it
     * freed. Blocks for {@code settle} when it finds a candidate; call it off the main path.
     */
    static int abortStillHanging(final Map<String, Object> adminProperties, final Duration settle) {
        try (Admin admin = Admin.create(adminProperties)) {
            final Set<AbortTransactionSpec> first = hanging(admin);
            if (first.isEmpty()) {
                return 0;
            }
            Thread.sleep(settle.toMillis());
            final Set<AbortTransactionSpec> still = hanging(admin);
            still.retainAll(first);
            for (final AbortTransactionSpec spec : still) {
                LOG.warn("Aborting a hanging transaction on {} (producer {}, epoch {}): its coordinator no longer has "
                        + "it open, so no marker would ever end it", spec.topicPartition(), spec.producerId(),
                        spec.producerEpoch());
                admin.abortTransaction(spec).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            return still.size();
        } catch (final ExecutionException | TimeoutException | KafkaException e) {
            // not being able to clean up is no reason to stop; readers stay held back as before
            LOG.warn("Could not look for hanging transactions: {}", e.toString());
            return 0;
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Open transactions on partitions whose coordinator does not list them as open, as abort specs. */
    private static Set<AbortTransactionSpec> hanging(final Admin admin)
            throws ExecutionException, TimeoutException, InterruptedException {
        // internal topics too: a transaction's offset commit waits on __consumer_offsets, and while it is open a
        // consumer asking for stable offsets (Kafka Streams under exactly-once) waits forever
        final Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names()
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        final Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        final List<TopicPartition> partitions = new ArrayList<>();
        described.values().forEach(topic -> topic.partitions().forEach(
                info -> partitions.add(new TopicPartition(topic.name(), info.partition()))));
        final Map<TopicPartition, PartitionProducerState> producers = admin.describeProducers(partitions).all()
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        final Map<Long, TransactionListing> open = openTransactions(admin.listTransactions().all()
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        final Set<AbortTransactionSpec> hanging = new HashSet<>();
        for (final Map.Entry<TopicPartition, PartitionProducerState> partition : producers.entrySet()) {
            for (final ProducerState producer : partition.getValue().activeProducers()) {
                if (producer.currentTransactionStartOffset().isPresent()
                        && !open.containsKey(producer.producerId())) {
                    hanging.add(new AbortTransactionSpec(partition.getKey(), producer.producerId(),
                            (short) producer.producerEpoch(), producer.coordinatorEpoch().orElse(0)));
                }
            }
        }
        return hanging;
    }

    private static Map<Long, TransactionListing> openTransactions(final Collection<TransactionListing> listings) {
        return listings.stream().filter(listing -> OPEN.contains(listing.state()))
                .collect(Collectors.toMap(TransactionListing::producerId, Function.identity(), (a, b) -> a));
    }
}
