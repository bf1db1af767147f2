package io.newsflow.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The server settings of our local KRaft nodes, in one place so the single broker and the cluster cannot drift apart:
 * listener layout, replication of the internal topics, and the few defaults a laptop needs changed.
 */
public final class KraftProperties {

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

    /** A port nobody listens on right now (the usual race: someone may take it before the broker binds it). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (final IOException e) {
            throw new UncheckedIOException("No free local port", e);
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
