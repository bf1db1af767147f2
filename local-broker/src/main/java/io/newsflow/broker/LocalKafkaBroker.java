package io.newsflow.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker — Apache Kafka's own KRaft server, combined broker and controller — running inside
 * this JVM with its log under {@code dataDir}. Restarting on the same directory resumes its topics and offsets.
 *
 * <p>This wraps internal broker classes (not a public Kafka API); they are used here and nowhere else. Settings are
 * those a single node needs for transactions and exactly-once: every internal topic at replication factor 1.
 */
public final class LocalKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalKafkaBroker.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path dataDir;

    private LocalKafkaBroker(final KafkaRaftServer server, final String bootstrapServers, final Path dataDir) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
    }

    /** Starts a broker on free ports with its log under {@code dataDir}, and returns once it answers requests. */
    public static LocalKafkaBroker start(final Path dataDir) {
        return start(dataDir, 0, Map.of());
    }

    /**
     * Starts a broker with its log under {@code dataDir}, listening on {@code port} (0 for any free port); {@code
     * overrides} win over the defaults. Returns once the broker answers a cluster description.
     */
    public static LocalKafkaBroker start(final Path dataDir, final int port, final Map<String, String> overrides) {
        final Instant started = Instant.now();
        final Path logDir = dataDir.resolve("kafka-logs");
        try {
            Files.createDirectories(logDir);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot create the broker's log directory " + logDir, e);
        }
        final int brokerPort = port == 0 ? freePort() : port;
        final int controllerPort = freePort();
        final Properties props = brokerProperties(logDir, brokerPort, controllerPort);
        overrides.forEach(props::setProperty);
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            formatStorage(dataDir, props);
        }

        final KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        final String bootstrap = "localhost:" + brokerPort;
        final LocalKafkaBroker broker = new LocalKafkaBroker(server, bootstrap, dataDir);
        try {
            broker.awaitReady();
        } catch (final RuntimeException e) {
            broker.close();
            throw e;
        }
        LOG.info("Kafka broker ready on {} (log in {}) after {} ms", bootstrap, logDir,
                Duration.between(started, Instant.now()).toMillis());
        return broker;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Client properties that reach this broker. */
    public Map<String, Object> clientProperties() {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static Properties brokerProperties(final Path logDir, final int brokerPort, final int controllerPort) {
        final Properties props = new Properties();
        props.setProperty("process.roles", "broker,controller");
        props.setProperty("node.id", "1");
        props.setProperty("controller.quorum.voters", "1@localhost:" + controllerPort);
        props.setProperty("listeners", "PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
        props.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
        props.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.setProperty("controller.listener.names", "CONTROLLER");
        props.setProperty("inter.broker.listener.name", "PLAINTEXT");
        props.setProperty("log.dirs", logDir.toAbsolutePath().toString());
        // one node: every internal topic must accept replication factor 1, or transactions never initialise
        props.setProperty("offsets.topic.replication.factor", "1");
        props.setProperty("transaction.state.log.replication.factor", "1");
        props.setProperty("transaction.state.log.min.isr", "1");
        props.setProperty("share.coordinator.state.topic.replication.factor", "1");
        props.setProperty("share.coordinator.state.topic.min.isr", "1");
        props.setProperty("default.replication.factor", "1");
        props.setProperty("min.insync.replicas", "1");
        props.setProperty("num.partitions", "1");
        props.setProperty("group.initial.rebalance.delay.ms", "0");
        props.setProperty("auto.create.topics.enable", "false");
        // the default dedupe buffer takes 128 MiB of heap at start; a laptop run never needs it
        props.setProperty("log.cleaner.dedupe.buffer.size", "2097152");
        return props;
    }

    /** A new log directory gets a new cluster id; a formatted one keeps its own (formatting it again would fail). */
    private static void formatStorage(final Path dataDir, final Properties props) {
        final Path config = dataDir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            props.store(out, "written by LocalKafkaBroker to format the storage");
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot write " + config, e);
        }
        final ByteArrayOutputStream output = new ByteArrayOutputStream();
        final int exit;
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exit = StorageTool.execute(new String[] {
                "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()},
                    print);
        }
        if (exit != 0) {
            throw new IllegalStateException("Formatting the broker storage in " + dataDir + " failed (exit " + exit
                    + "): " + output.toString(StandardCharsets.UTF_8));
        }
    }

    private void awaitReady() {
        final long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(clientProperties())) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (final ExecutionException | java.util.concurrent.TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Kafka broker on " + bootstrapServers + " did not answer within "
                                + READY_TIMEOUT, e);
                    }
                } catch (final InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the broker", e);
                }
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (final IOException e) {
            throw new UncheckedIOException("No free local port", e);
        }
    }
}
