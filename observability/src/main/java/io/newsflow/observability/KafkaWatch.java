package io.newsflow.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at the Kafka cluster every few seconds with one admin client: whether the broker answers (for readiness) and
 * how far each watched consumer group is behind ({@code newsflow_consumer_lag_records{group,topic}}: last stable
 * offset minus committed offset, summed over the topic's partitions). Lag is measured from the group's committed
 * offsets, so it is the same whichever process or how many instances consume, and nothing inside the consumers is
 * touched. Runs on its own daemon thread; a broker that does not answer makes readiness fail with the reason, and
 * keeps the last lag values.
 */
public final class KafkaWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaWatch.class);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

    private final Admin admin;
    /** group → the topic it reads: its row is exported (at 0) before the group has committed anything. */
    private final Map<String, String> groups;

    private final Duration interval;
    private final Clock clock;
    private final MultiGauge lagGauge;
    private final ScheduledExecutorService thread;
    private volatile Map<String, Map<String, Long>> lag = Map.of();
    private volatile String brokerProblem = "not checked yet";
    private volatile Instant lastAnswer = Instant.EPOCH;

    /**
     * Takes ownership of {@code admin}; {@code groups} are the consumer groups (Streams application ids) to watch, each
     * with the topic it reads, so that its lag series exists, at 0, from the start (a panel or alert over it has data
     * before the group's first commit).
     */
    public KafkaWatch(
            final Admin admin,
            final Map<String, String> groups,
            final Duration interval,
            final MeterRegistry registry) {
        this.admin = admin;
        this.groups = Map.copyOf(groups);
        this.interval = interval;
        this.clock = Clock.systemUTC();
        this.lagGauge = MultiGauge.builder(MetricNames.CONSUMER_LAG)
                .baseUnit("records")
                .description("Records the consumer group has not committed yet (last stable offset - committed offset)")
                .register(registry);
        final List<MultiGauge.Row<?>> zero = new ArrayList<>();
        this.groups.forEach((group, topic) -> zero.add(MultiGauge.Row.of(Tags.of("group", group, "topic", topic), 0)));
        lagGauge.register(zero, true);
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            final Thread t = new Thread(r, "newsflow-kafka-watch");
            t.setDaemon(true);
            return t;
        });
    }

    public KafkaWatch start() {
        thread.scheduleWithFixedDelay(this::look, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Readiness: the broker answered within the last three intervals (or ten seconds, whichever is longer). */
    public HealthCheck brokerReachable() {
        return () -> {
            final Duration since = Duration.between(lastAnswer, clock.instant());
            final Duration limit = interval.multipliedBy(3).compareTo(Duration.ofSeconds(10)) > 0
                    ? interval.multipliedBy(3)
                    : Duration.ofSeconds(10);
            if (since.compareTo(limit) <= 0) {
                return Check.pass("kafka", "broker answered " + since.toMillis() + " ms ago");
            }
            return Check.fail("kafka", "broker unreachable: " + brokerProblem);
        };
    }

    /** The last measured lag: group → topic → records. */
    public Map<String, Map<String, Long>> lag() {
        return lag;
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(CALL_TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS)) {
                LOG.warn("Kafka watch did not stop in time");
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        admin.close(Duration.ofSeconds(2));
    }

    private void look() {
        try {
            admin.describeCluster().nodes().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            lastAnswer = clock.instant();
            brokerProblem = "";
            measureLag();
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (final ExecutionException e) {
            brokerProblem = String.valueOf(e.getCause());
            LOG.debug("Kafka watch: {}", brokerProblem);
        } catch (final TimeoutException e) {
            brokerProblem = "no answer within " + CALL_TIMEOUT.toSeconds() + " s";
        } catch (final RuntimeException e) {
            // a bug here must not stop the schedule (an exception would cancel it): log it and look again next time
            brokerProblem = String.valueOf(e);
            LOG.warn("Kafka watch failed", e);
        }
    }

    private void measureLag() throws InterruptedException, ExecutionException, TimeoutException {
        final Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
        final Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
        for (final String group : groups.keySet()) {
            final Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            final Map<TopicPartition, OffsetAndMetadata> present = new HashMap<>();
            offsets.forEach((partition, offset) -> {
                if (offset != null) {
                    present.put(partition, offset);
                    wanted.put(partition, OffsetSpec.latest());
                }
            });
            committed.put(group, present);
        }
        if (wanted.isEmpty()) {
            return;
        }
        // read_committed: the end a transactional reader can reach, so a finished transaction's marker is no lag
        final Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                        wanted, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                .all()
                .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        final Map<String, Map<String, Long>> measured = new TreeMap<>();
        final List<MultiGauge.Row<?>> rows = new ArrayList<>();
        committed.forEach((group, offsets) -> {
            final Map<String, Long> byTopic = new TreeMap<>();
            byTopic.put(groups.get(group), 0L);
            offsets.forEach((partition, offset) -> {
                final ListOffsetsResult.ListOffsetsResultInfo end = ends.get(partition);
                final long behind = end == null ? 0 : Math.max(0, end.offset() - offset.offset());
                byTopic.merge(partition.topic(), behind, Long::sum);
            });
            measured.put(group, byTopic);
            byTopic.forEach(
                    (topic, records) -> rows.add(MultiGauge.Row.of(Tags.of("group", group, "topic", topic), records)));
        });
        lag = measured;
        lagGauge.register(rows, true);
    }
}
