package io.newsflow.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.utils.Time;

/**
 * One KRaft node — Apache Kafka's own {@link KafkaRaftServer}, what {@code kafka.Kafka} runs — in this JVM, with its
 * configuration in {@code <nodeDir>/server.properties} and its log in {@code <nodeDir>/kafka-logs}.
 *
 * <p>These are internal broker classes, not a public Kafka API: this class is the only one that touches them. Public
 * for the test-support module's replicated test cluster, which starts its nodes through it. The log
 * directory is formatted only while it has no {@code meta.properties}, so starting again on the same directory resumes
 * its topics and offsets (formatting a formatted directory fails).
 */
public final class KraftNode {

    public static final String CONFIG_FILE = "server.properties";
    public static final String LOG_DIR = "kafka-logs";

    private final KafkaRaftServer server;

    private KraftNode(final KafkaRaftServer server) {
        this.server = server;
    }

    /** Writes the node's configuration, formats its log for {@code clusterId} if it is new, and starts it. */
    public static KraftNode start(final Path nodeDir, final Properties props, final String clusterId) {
        final Path logDir = nodeDir.resolve(LOG_DIR);
        try {
            Files.createDirectories(logDir);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot create the node's log directory " + logDir, e);
        }
        final Path config = writeConfig(nodeDir, props);
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(config, clusterId);
        }
        final KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        return new KraftNode(server);
    }

    /** The cluster id a node directory was formatted with, if it was. */
    public static Optional<String> formattedClusterId(final Path nodeDir) {
        final Path meta = nodeDir.resolve(LOG_DIR).resolve("meta.properties");
        if (!Files.exists(meta)) {
            return Optional.empty();
        }
        return Optional.ofNullable(readProperties(meta).getProperty("cluster.id"));
    }

    public static Properties readProperties(final Path file) {
        final Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return props;
    }

    public static Path writeConfig(final Path nodeDir, final Properties props) {
        final Path config = nodeDir.resolve(CONFIG_FILE);
        try {
            Files.createDirectories(nodeDir);
            try (OutputStream out = Files.newOutputStream(config)) {
                props.store(out, "written by Newsflow's local-broker module");
            }
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot write " + config, e);
        }
        return config;
    }

    /** Stops the node the way {@code kafka.Kafka} does on SIGTERM: a broker first hands its leaderships over. */
    public void stop() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static void format(final Path config, final String clusterId) {
        final ByteArrayOutputStream output = new ByteArrayOutputStream();
        final int exit;
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exit = StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", config.toString()}, print);
        }
        if (exit != 0) {
            throw new IllegalStateException("Formatting the Kafka storage configured in " + config + " failed (exit "
                    + exit + "): " + output.toString(StandardCharsets.UTF_8));
        }
    }
}
