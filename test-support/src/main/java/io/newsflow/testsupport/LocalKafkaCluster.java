package io.newsflow.testsupport;

import io.newsflow.broker.KraftNode;
import io.newsflow.broker.KraftProperties;
import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.contract.AdminPolling;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real replicated Kafka cluster on this machine for failure tests: one KRaft controller in this JVM and {@code N}
 * brokers (node ids {@code 1..N}), each in a JVM of its own ({@link BrokerProcess}) with its own log under {@code
 * <dataDir>/broker-<id>} and its own port. All run Apache Kafka's own server code, as {@link LocalKafkaBroker} does.
 *
 * <p>Why a dedicated controller rather than three combined nodes: broker failures are what the tests inject, and they
 * must not also take the metadata quorum down. With three combined nodes, stopping two brokers would leave one voter
 * of three — no quorum, so no fencing, no ISR shrink and no leader election: a test of {@code min.insync.replicas}
 * would see writes hang on frozen metadata instead of the refusal it means to show, and every stop of the active
 * controller would add an election. The one controller is a single point of failure on purpose; it is never stopped.
 *
 * <p>Why brokers in child JVMs: {@link #killBroker} must be a real crash (SIGKILL), which an in-process server cannot
 * suffer. Measured on 2 cores: the cluster starts in ~8 s, a broker restarts in ~3 s, each broker JVM holds ~170 MB.
 *
 * <p>Replication is that of a real deployment: {@code default.replication.factor} and the offsets, transaction and
 * share-state topics at {@code min(3, N)} replicas, {@code min.insync.replicas} one less (at least 1) — with three
 * brokers, RF 3 and min ISR 2: one broker may be down and writes with {@code acks=all} still succeed, two may not.
 * Brokers heartbeat every 500 ms and are fenced after 4 s of silence (defaults 2 s and 9 s), so a killed broker's
 * partitions move within seconds. Starting again on the same {@code dataDir} resumes the cluster (on new ports): every
 * node's log is formatted only once, with the cluster id the controller's log already has.
 */
public final class LocalKafkaCluster implements AutoCloseable {

    public static final int DEFAULT_BROKERS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(LocalKafkaCluster.class);
    private static final int CONTROLLER_ID = 0;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration IN_SYNC_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final String clusterId;
    private final KraftNode controller;
    private final String voters;
    private final SortedMap<Integer, Integer> brokerPorts;
    private final Map<Integer, BrokerProcess> running = new TreeMap<>();
    private final Admin admin;

    private LocalKafkaCluster(
            final Path dataDir,
            final String clusterId,
            final KraftNode controller,
            final String voters,
            final SortedMap<Integer, Integer> brokerPorts) {
        this.dataDir = dataDir;
        this.clusterId = clusterId;
        this.controller = controller;
        this.voters = voters;
        this.brokerPorts = brokerPorts;
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                // a stopped broker must not hold up the polls for the live ones
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000));
    }

    /** Starts a controller and {@value #DEFAULT_BROKERS} brokers with their logs under {@code dataDir}. */
    public static LocalKafkaCluster start(final Path dataDir) {
        return start(dataDir, DEFAULT_BROKERS);
    }

    /** Starts a controller and {@code brokers} brokers under {@code dataDir}; returns once every broker is registered. */
    public static LocalKafkaCluster start(final Path dataDir, final int brokers) {
        if (brokers < 1) {
            throw new IllegalArgumentException("brokers must be at least 1, was " + brokers);
        }
        final Instant started = Instant.now();
        final Path controllerDir = dataDir.resolve("controller");
        final String clusterId = KraftNode.formattedClusterId(controllerDir)
                .orElseGet(() -> Uuid.randomUuid().toString());
        final int controllerPort = KraftProperties.freePort();
        final Properties controllerProps =
                KraftProperties.controller(CONTROLLER_ID, controllerDir.resolve(KraftNode.LOG_DIR), controllerPort);
        final KraftNode controller = KraftNode.start(controllerDir, tuned(controllerProps, brokers), clusterId);

        final SortedMap<Integer, Integer> ports = new TreeMap<>();
        for (int nodeId = 1; nodeId <= brokers; nodeId++) {
            ports.put(nodeId, KraftProperties.freePort());
        }
        final LocalKafkaCluster cluster = new LocalKafkaCluster(
                dataDir,
                clusterId,
                controller,
                CONTROLLER_ID + "@localhost:" + controllerPort,
                Collections.unmodifiableSortedMap(ports));
        try {
            // launched together so their JVMs start in parallel, then awaited one by one
            ports.keySet().forEach(cluster::launch);
            ports.keySet().forEach(cluster::awaitRegistered);
        } catch (final RuntimeException e) {
            cluster.close();
            throw e;
        }
        LOG.info(
                "Kafka cluster {} of {} brokers ready on {} after {} ms",
                clusterId,
                brokers,
                cluster.bootstrapServers(),
                Duration.between(started, Instant.now()).toMillis());
        return cluster;
    }

    /** Every broker's address, stopped ones included: clients find the live ones. */
    public String bootstrapServers() {
        return brokerPorts.values().stream().map(port -> "localhost:" + port).collect(Collectors.joining(","));
    }

    /** Client properties that reach this cluster. */
    public Map<String, Object> clientProperties() {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    }

    public Set<Integer> brokerIds() {
        return brokerPorts.keySet();
    }

    public String clusterId() {
        return clusterId;
    }

    public synchronized boolean isRunning(final int nodeId) {
        final BrokerProcess broker = running.get(nodeId);
        return broker != null && broker.isAlive();
    }

    /**
     * Stops a broker cleanly (SIGTERM): it moves its leaderships to other in-sync replicas and leaves their ISR before
     * it exits, so clients see at most a retriable error. Returns once its JVM has exited and the live brokers no
     * longer list it.
     */
    public synchronized void stopBroker(final int nodeId) {
        running(nodeId).stop();
        running.remove(nodeId);
        AdminPolling.await(
                admin,
                "the brokers no longer list stopped broker " + nodeId,
                READY_TIMEOUT,
                a -> !listedBrokers(a).contains(nodeId));
        LOG.info("Broker {} stopped cleanly", nodeId);
    }

    /**
     * Kills a broker (SIGKILL on its JVM): no flush, no leadership hand-over, no deregistration. Returns once the process
     * is gone; the controller notices only when the broker's session expires (4 s) and then moves its leaderships.
     */
    public synchronized void killBroker(final int nodeId) {
        running(nodeId).kill();
        running.remove(nodeId);
        LOG.info("Broker {} killed", nodeId);
    }

    /** Starts a stopped or killed broker again on its log and port; returns once the controller has it registered. */
    public synchronized void startBroker(final int nodeId) {
        if (!brokerPorts.containsKey(nodeId)) {
            throw new IllegalArgumentException("No broker " + nodeId + " in this cluster; brokers are " + brokerIds());
        }
        if (isRunning(nodeId)) {
            throw new IllegalStateException("Broker " + nodeId + " is running already");
        }
        final Instant started = Instant.now();
        launch(nodeId);
        awaitRegistered(nodeId);
        LOG.info(
                "Broker {} started again after {} ms",
                nodeId,
                Duration.between(started, Instant.now()).toMillis());
    }

    /**
     * Returns once every partition of every topic, internal ones included, has a leader and all its replicas in sync.
     * A restarted broker is registered before it has caught up: wait for this before injecting the next failure, or
     * that failure hits partitions with fewer in-sync replicas than the test assumes.
     */
    public void awaitInSync() {
        AdminPolling.await(admin, "all replicas are in sync", IN_SYNC_TIMEOUT, a -> {
            final Set<String> topics = a.listTopics(new ListTopicsOptions().listInternal(true))
                    .names()
                    .get(5, TimeUnit.SECONDS);
            return a.describeTopics(topics).allTopicNames().get(5, TimeUnit.SECONDS).values().stream()
                    .flatMap(topic -> topic.partitions().stream())
                    .allMatch(p -> p.leader() != null
                            && !p.leader().isEmpty()
                            && p.isr().size() == p.replicas().size());
        });
    }

    /** Stops every running broker cleanly, then the controller. */
    @Override
    public synchronized void close() {
        admin.close(Duration.ofSeconds(5));
        RuntimeException failure = null;
        for (final BrokerProcess broker : running.values()) {
            try {
                broker.stop();
            } catch (final RuntimeException e) {
                failure = e;
            }
        }
        running.clear();
        controller.stop();
        if (failure != null) {
            throw failure;
        }
    }

    private void launch(final int nodeId) {
        final Path nodeDir = dataDir.resolve("broker-" + nodeId);
        final Properties props =
                KraftProperties.broker(nodeId, nodeDir.resolve(KraftNode.LOG_DIR), brokerPorts.get(nodeId), voters);
        running.put(nodeId, BrokerProcess.launch(nodeId, nodeDir, tuned(props, brokerPorts.size()), clusterId));
    }

    private void awaitRegistered(final int nodeId) {
        final BrokerProcess broker = running.get(nodeId);
        AdminPolling.await(admin, "broker " + nodeId + " is registered and unfenced", READY_TIMEOUT, a -> {
            if (!broker.isAlive()) {
                throw new IllegalStateException("Broker " + nodeId + " exited while starting; its output:"
                        + System.lineSeparator() + broker.outputTail());
            }
            return listedBrokers(a).contains(nodeId);
        });
    }

    /** The brokers the cluster metadata has registered and not fenced: those clients may use. */
    private static Set<Integer> listedBrokers(final Admin admin)
            throws ExecutionException, TimeoutException, InterruptedException {
        return admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).stream()
                .map(Node::id)
                .collect(Collectors.toSet());
    }

    private BrokerProcess running(final int nodeId) {
        final BrokerProcess broker = running.get(nodeId);
        if (broker == null) {
            throw new IllegalStateException("Broker " + nodeId + " is not running; running are " + running.keySet());
        }
        return broker;
    }

    /** The settings every node of the cluster shares, controller included (it applies the replication defaults). */
    private static Properties tuned(final Properties props, final int brokers) {
        final int replicationFactor = Math.min(3, brokers);
        KraftProperties.replication(props, replicationFactor, Math.max(1, replicationFactor - 1));
        props.setProperty("broker.heartbeat.interval.ms", "500");
        props.setProperty("broker.session.timeout.ms", "4000");
        // every coordinator partition is work at each failover; six spread coordinators over three brokers well enough
        props.setProperty("offsets.topic.num.partitions", "6");
        props.setProperty("transaction.state.log.num.partitions", "6");
        return props;
    }
}
