package io.newsflow.testsupport;

import io.newsflow.broker.KraftNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka broker in a JVM of its own, started from this JVM's class path, so that it can be killed for real: SIGKILL
 * gives the broker no chance to flush, hand over leadership, deregister or write its clean-shutdown marker, which is
 * the failure replication must survive. An in-process server can only be shut down by code it runs itself.
 *
 * <p>The child runs {@link #main}: the same {@link KraftNode} an in-process node uses, stopped cleanly by its shutdown
 * hook on SIGTERM. It halts when its standard input closes, which happens when this JVM dies, however it dies: a
 * crashed test leaves no orphaned broker holding ports and CPU.
 */
final class BrokerProcess {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerProcess.class);

    /** Small heap and C1 only: three broker JVMs next to the test on 2 cores must start fast and stay light. */
    private static final List<String> JVM_OPTIONS =
            List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final String OUTPUT_FILE = "broker.out";

    private final int nodeId;
    private final Path nodeDir;
    private final Process process;

    private BrokerProcess(final int nodeId, final Path nodeDir, final Process process) {
        this.nodeId = nodeId;
        this.nodeDir = nodeDir;
        this.process = process;
    }

    /** Writes the broker's configuration into {@code nodeDir} and starts its JVM; it formats its log if it is new. */
    static BrokerProcess launch(final int nodeId, final Path nodeDir, final Properties props, final String clusterId) {
        KraftNode.writeConfig(nodeDir, props);
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        passThrough(command, "java.io.tmpdir");
        passThrough(command, "log4j2.configurationFile");
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                BrokerProcess.class.getName(),
                nodeDir.toAbsolutePath().toString(),
                clusterId));
        final Path output = nodeDir.resolve(OUTPUT_FILE);
        try {
            // stdin stays a pipe held by this JVM: the child's lifeline
            final Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                    .start();
            return new BrokerProcess(nodeId, nodeDir, process);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot start the JVM of broker " + nodeId, e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM: the broker's shutdown hook hands its leaderships to other brokers before it exits. */
    void stop() {
        process.destroy();
        if (!awaitExit(STOP_TIMEOUT)) {
            kill();
            throw new IllegalStateException("Broker " + nodeId + " did not stop within " + STOP_TIMEOUT
                    + " after SIGTERM and was killed; its output: " + outputTail());
        }
    }

    /** SIGKILL, and returns once the process is gone: its files and sockets are as the crash left them. */
    void kill() {
        process.destroyForcibly();
        if (!awaitExit(STOP_TIMEOUT)) {
            throw new IllegalStateException("Broker " + nodeId + " (pid " + process.pid() + ") survived SIGKILL");
        }
    }

    /** The last lines the broker's JVM wrote, to explain why it did not come up. */
    String outputTail() {
        try {
            final List<String> lines = Files.readAllLines(nodeDir.resolve(OUTPUT_FILE), StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (final IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private boolean awaitExit(final Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for broker " + nodeId + " to exit", e);
        }
    }

    private static void passThrough(final List<String> command, final String property) {
        final String value = System.getProperty(property);
        if (value != null) {
            command.add("-D" + property + "=" + value);
        }
    }

    /** The child JVM: {@code <nodeDir> <clusterId>}; runs the broker configured in the node directory. */
    public static void main(final String[] args) {
        final Path nodeDir = Path.of(args[0]);
        final KraftNode node;
        try {
            node = KraftNode.start(nodeDir, KraftNode.readProperties(nodeDir.resolve(KraftNode.CONFIG_FILE)), args[1]);
        } catch (final RuntimeException e) {
            LOG.error("Broker in {} failed to start", nodeDir, e);
            // halt, not exit: the server may have started non-daemon threads before it failed
            Runtime.getRuntime().halt(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "broker-shutdown"));
        try {
            System.in.transferTo(OutputStream.nullOutputStream());
        } catch (final IOException e) {
            LOG.warn("Broker in {} lost its parent's pipe", nodeDir, e);
        }
        // the parent is gone and with it the controller: a clean shutdown would only wait for it
        Runtime.getRuntime().halt(3);
    }
}
