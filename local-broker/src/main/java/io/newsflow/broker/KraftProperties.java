package io.newsflow.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The server settings of our local KRaft nodes, in one place so the single broker and the cluster cannot drift apart:
 * listener layout, replication of the internal topics, and the few defaults a laptop needs changed.
 */
public final class KraftProperties {

    /** Ports are chosen from here up to the first ephemeral port: above the well-known and common service ports. */
    private static final int LOWEST_CHOSEN_PORT = 20_000;

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    private KraftProperties() {}

    /** One node that is broker and its own single-voter controller (the laptop broker). */
    public static Properties combined(
            final int nodeId, final Path logDir, final int brokerPort, final int controllerPort) {
        final Properties props = common(nodeId, logDir, nodeId + "@localhost:" + controllerPort);
        props.setProperty("process.roles", "broker,controller");
        props.setProperty(
                "listeners", "PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
        brokerListener(props, brokerPort);
        return props;
    }

    /** A controller-only node and the only voter of its quorum; it holds no topic data and serves no clients. */
    public static Properties controller(final int nodeId, final Path logDir, final int controllerPort) {
        final Properties props = common(nodeId, logDir, nodeId + "@localhost:" + controllerPort);
        props.setProperty("process.roles", "controller");
        props.setProperty("listeners", "CONTROLLER://localhost:" + controllerPort);
        return props;
    }

    /** A broker-only node that follows the controller quorum {@code voters} ({@code id@host:port,...}). */
    public static Properties broker(final int nodeId, final Path logDir, final int brokerPort, final String voters) {
        final Properties props = common(nodeId, logDir, voters);
        props.setProperty("process.roles", "broker");
        props.setProperty("listeners", "PLAINTEXT://localhost:" + brokerPort);
        brokerListener(props, brokerPort);
        return props;
    }

    /**
     * Sets the replication of user topics by default and of every internal topic. Transactions and consumer groups
     * never initialise when an internal topic asks for more replicas than there are brokers, so a single node needs
     * {@code (1, 1)}; a cluster that should survive one broker down needs {@code minInsync < replicationFactor}.
     */
    public static Properties replication(final Properties props, final int replicationFactor, final int minInsync) {
        final String factor = Integer.toString(replicationFactor);
        final String isr = Integer.toString(minInsync);
        props.setProperty("default.replication.factor", factor);
        props.setProperty("min.insync.replicas", isr);
        props.setProperty("offsets.topic.replication.factor", factor);
        props.setProperty("transaction.state.log.replication.factor", factor);
        props.setProperty("transaction.state.log.min.isr", isr);
        props.setProperty("share.coordinator.state.topic.replication.factor", factor);
        props.setProperty("share.coordinator.state.topic.min.isr", isr);
        return props;
    }

    /**
     * A port nobody listens on right now, chosen below the kernel's ephemeral range when that range can be read. Ports
     * in the ephemeral range are also handed to outgoing connections, and a cluster reserves its brokers' ports before
     * their JVMs bind them: in that window a client connection could take a reserved port ("Address already in use").
     * Below the range only another listener can take it. The usual race with other listeners remains.
     */
    public static int freePort() {
        final int firstEphemeral = firstEphemeralPort();
        if (firstEphemeral - LOWEST_CHOSEN_PORT >= 1_000) {
            for (int attempt = 0; attempt < 100; attempt++) {
                final int candidate =
                        LOWEST_CHOSEN_PORT + ThreadLocalRandom.current().nextInt(firstEphemeral - LOWEST_CHOSEN_PORT);
                if (bindable(candidate)) {
                    return candidate;
                }
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (final IOException e) {
            throw new UncheckedIOException("No free local port", e);
        }
    }

    private static boolean bindable(final int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (final IOException e) {
            return false; // taken: try another
        }
    }

    /** The lower end of Linux's ephemeral port range, or 0 where it cannot be read (then the kernel picks). */
    private static int firstEphemeralPort() {
        try {
            final String range =
                    Files.readString(EPHEMERAL_RANGE, StandardCharsets.US_ASCII).trim();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (final IOException | RuntimeException e) {
            return 0; // not Linux, or not readable
        }
    }

    private static Properties common(final int nodeId, final Path logDir, final String voters) {
        final Properties props = new Properties();
        props.setProperty("node.id", Integer.toString(nodeId));
        props.setProperty("controller.quorum.voters", voters);
        props.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.setProperty("controller.listener.names", "CONTROLLER");
        props.setProperty("log.dirs", logDir.toAbsolutePath().toString());
        props.setProperty("num.partitions", "1");
        props.setProperty("group.initial.rebalance.delay.ms", "0");
        props.setProperty("auto.create.topics.enable", "false");
        // the default dedupe buffer takes 128 MiB of heap at start; a laptop run never needs it
        props.setProperty("log.cleaner.dedupe.buffer.size", "2097152");
        return props;
    }

    private static void brokerListener(final Properties props, final int brokerPort) {
        props.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
        props.setProperty("inter.broker.listener.name", "PLAINTEXT");
    }
}
