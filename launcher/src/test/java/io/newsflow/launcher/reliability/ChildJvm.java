package io.newsflow.launcher.reliability;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code newsflow} command running in a JVM of its own, started from the test's class path, with its output
 * appended to {@code <logDir>/<name>.log}. {@link #kill()} is {@code kill -9}, {@link #stop()} is SIGTERM; every start
 * of the same child appends to the same log, so a failed test shows each life of it.
 */
public final class ChildJvm implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChildJvm.class);

    private final String name;
    private final Path log;
    private final List<String> command;
    private final Map<String, String> environment;
    private Process process;
    private int starts;
    /** Set when the test itself stopped the process, so its absence is not a failure. */
    private boolean stoppedOnPurpose;

    public ChildJvm(
            final String name,
            final Path logDir,
            final Map<String, String> environment,
            final String heap,
            final String... args) {
        this.name = name;
        this.log = logDir.resolve(name + ".log");
        this.environment = Map.copyOf(environment);
        this.command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                "io.newsflow.launcher.Newsflow"));
        command.addAll(List.of(args));
    }

    /** Starts (again); returns at once. */
    public synchronized ChildJvm start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(
                    log,
                    "---- start " + (++starts) + " of " + name + "\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            final ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
            stoppedOnPurpose = false;
            LOG.info("started {} (pid {}, start {})", name, process.pid(), starts);
            return this;
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** kill -9: no shutdown hook runs, nothing is flushed or committed. */
    public synchronized void kill() {
        if (process == null || !process.isAlive()) {
            return;
        }
        LOG.info("kill -9 {} (pid {})", name, process.pid());
        stoppedOnPurpose = true;
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    /** SIGTERM, then waits for the process to finish its shutdown; returns its exit code. */
    synchronized int stop(final Duration timeout) {
        if (process == null) {
            return -1;
        }
        LOG.info("SIGTERM {} (pid {})", name, process.pid());
        stoppedOnPurpose = true;
        process.destroy();
        if (!waitFor(timeout)) {
            throw new AssertionError(name + " did not stop within " + timeout + " of SIGTERM; see " + log);
        }
        return process.exitValue();
    }

    /** For a command that ends by itself: waits for it to end and returns its exit code. */
    public int awaitExit(final Duration timeout) {
        final Process running;
        synchronized (this) {
            running = process;
            stoppedOnPurpose = true;
        }
        try {
            if (!running.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(name + " did not end within " + timeout + "; see " + log);
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted waiting for " + name, e);
        }
        return running.exitValue();
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** True when the process ended although nobody stopped it. */
    public synchronized boolean diedOnItsOwn() {
        return process != null && !stoppedOnPurpose && !process.isAlive();
    }

    public String name() {
        return name;
    }

    int starts() {
        return starts;
    }

    public Path log() {
        return log;
    }

    /** Waits until the log holds {@code text} {@code occurrences} times in all (e.g. once per start). */
    public void awaitLog(final String text, final int occurrences, final Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> {
            if (diedOnItsOwn() && !isAlive()) {
                throw new AssertionError(
                        name + " exited with " + process.exitValue() + " before logging '" + text + "'; see " + log);
            }
            return count(Files.readString(log, StandardCharsets.UTF_8), text) >= occurrences;
        });
    }

    private static int count(final String haystack, final String needle) {
        int found = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
            found++;
        }
        return found;
    }

    private boolean waitFor(final Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Always kill -9, whatever state the test left the child in. */
    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitFor(Duration.ofSeconds(30));
        }
    }
}
