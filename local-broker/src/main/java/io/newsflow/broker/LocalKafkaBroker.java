package io.newsflow.broker;

import io.newsflow.contract.AdminPolling;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker — Apache Kafka's own KRaft server, combined broker and controller — running inside
 * this JVM with its log under {@code dataDir}. Restarting on the same directory resumes its topics and offsets.
 *
 * <p>The server itself is a {@link KraftNode}. Settings are those a single node needs for transactions and
 * exactly-once: every internal topic at replication factor 1. For several brokers see {@link LocalKafkaCluster}.
 */
public final class LocalKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalKafkaBroker.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final int NODE_ID = 1;
    private static final String PLAIN_LOGIN_MODULE = "org.apache.kafka.common.security.plain.PlainLoginModule required";

    private final KraftNode node;
    private final String bootstrapServers;
    private final Path dataDir;
    private final Map<String, Object> clientSecurity;

    private LocalKafkaBroker(
            final KraftNode node,
            final String bootstrapServers,
            final Path dataDir,
            final Map<String, Object> clientSecurity) {
        this.node = node;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
        this.clientSecurity = Map.copyOf(clientSecurity);
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
        return start(dataDir, port, overrides, Map.of());
    }

    /**
     * Starts a broker whose client listener wants SASL/PLAIN authentication ({@code SASL_PLAINTEXT}) with the given
     * users and passwords, besides the broker's own {@code admin} user, which {@link #clientProperties()} log in as.
     * For testing that clients pass their security settings through; the controller listener stays plain.
     */
    public static LocalKafkaBroker startWithSaslPlain(final Path dataDir, final Map<String, String> users) {
        final String adminPassword = "admin-" + Uuid.randomUuid();
        // the broker logs in to itself as admin; user_NAME entries are the accounts it accepts
        final StringBuilder jaas = new StringBuilder(PLAIN_LOGIN_MODULE)
                .append(" username=\"admin\" password=\"")
                .append(adminPassword)
                .append('"')
                .append(" user_admin=\"")
                .append(adminPassword)
                .append('"');
        users.forEach((user, password) -> jaas.append(" user_")
                .append(user)
                .append("=\"")
                .append(password)
                .append('"'));
        jaas.append(';');
        return start(
                dataDir,
                0,
                Map.of(
                        // the listener keeps its name and gets another protocol: SASL for clients and this broker alike
                        "listener.security.protocol.map", "PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT",
                        "sasl.enabled.mechanisms", "PLAIN",
                        "sasl.mechanism.inter.broker.protocol", "PLAIN",
                        "listener.name.plaintext.plain.sasl.jaas.config", jaas.toString()),
                saslPlainClient("admin", adminPassword));
    }

    /** The client properties that log in to a {@link #startWithSaslPlain} broker as {@code user}. */
    public static Map<String, Object> saslPlainClient(final String user, final String password) {
        return Map.of(
                "security.protocol",
                "SASL_PLAINTEXT",
                "sasl.mechanism",
                "PLAIN",
                "sasl.jaas.config",
                plainLogin(user, password));
    }

    private static String plainLogin(final String user, final String password) {
        return PLAIN_LOGIN_MODULE + " username=\"" + user + "\" password=\"" + password + "\";";
    }

    private static LocalKafkaBroker start(
            final Path dataDir,
            final int port,
            final Map<String, String> overrides,
            final Map<String, Object> clientSecurity) {
        final Instant started = Instant.now();
        final int brokerPort = port == 0 ? KraftProperties.freePort() : port;
        final Properties props = KraftProperties.replication(
                KraftProperties.combined(
                        NODE_ID, dataDir.resolve(KraftNode.LOG_DIR), brokerPort, KraftProperties.freePort()),
                1,
                1);
        overrides.forEach(props::setProperty);

        // a new log directory gets a new cluster id; a formatted one keeps its own
        final KraftNode node = KraftNode.start(dataDir, props, Uuid.randomUuid().toString());
        final String bootstrap = "localhost:" + brokerPort;
        final LocalKafkaBroker broker = new LocalKafkaBroker(node, bootstrap, dataDir, clientSecurity);
        try {
            broker.awaitReady();
        } catch (final RuntimeException e) {
            broker.close();
            throw e;
        }
        LOG.info(
                "Kafka broker ready on {} (log in {}) after {} ms",
                bootstrap,
                dataDir.resolve(KraftNode.LOG_DIR),
                Duration.between(started, Instant.now()).toMillis());
        return broker;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Client properties that reach this broker (and log in to it, when it wants that). */
    public Map<String, Object> clientProperties() {
        final Map<String, Object> props = new HashMap<>(clientSecurity);
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return Map.copyOf(props);
    }

    @Override
    public void close() {
        node.stop();
    }

    private void awaitReady() {
        try (Admin admin = Admin.create(clientProperties())) {
            AdminPolling.await(
                    admin,
                    "the Kafka broker on " + bootstrapServers + " answers",
                    READY_TIMEOUT,
                    a -> a.describeCluster().nodes().get(5, TimeUnit.SECONDS) != null);
        }
    }
}
