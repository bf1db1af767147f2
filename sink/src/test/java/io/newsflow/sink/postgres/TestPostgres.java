package io.newsflow.sink.postgres;

import io.newsflow.postgres.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * A real PostgreSQL for the tests, with a fresh database per test. The server named by
 * {@code NEWSFLOW_TEST_POSTGRES_URL} (a JDBC URL of a database the user may run {@code CREATE DATABASE} from, with
 * {@code NEWSFLOW_TEST_POSTGRES_USER} / {@code NEWSFLOW_TEST_POSTGRES_PASSWORD}) when set; else an embedded server whose
 * data lives under {@code target/}.
 */
final class TestPostgres implements AutoCloseable {

    static final String URL = "NEWSFLOW_TEST_POSTGRES_URL";

    private final EmbeddedPostgresServer embedded;
    private final String adminUrl;
    private final String user;
    private final String password;
    private final List<String> created = new ArrayList<>();

    private TestPostgres(
            final EmbeddedPostgresServer embedded, final String adminUrl, final String user, final String password) {
        this.embedded = embedded;
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    static TestPostgres start() {
        final String external = System.getenv(URL);
        if (external != null && !external.isBlank()) {
            return new TestPostgres(
                    null,
                    external,
                    System.getenv("NEWSFLOW_TEST_POSTGRES_USER"),
                    System.getenv("NEWSFLOW_TEST_POSTGRES_PASSWORD"));
        }
        final EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir(), 0);
        return new TestPostgres(server, server.jdbcUrl(), EmbeddedPostgresServer.USER, null);
    }

    /** A fresh, empty database on a server reached with {@code adminUrl}'s credentials. */
    static PostgresConfig newDatabase(final String adminUrl, final String user, final String password) {
        final String name =
                "newsflow_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(adminUrl, credentials(user, password));
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (final SQLException e) {
            throw new IllegalStateException("Cannot create test database on " + adminUrl, e);
        }
        final int slash = adminUrl.lastIndexOf('/');
        final int query = adminUrl.indexOf('?', slash);
        final String url = adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
        return PostgresConfig.of(url, user, password);
    }

    PostgresConfig newDatabase() {
        final PostgresConfig config = newDatabase(adminUrl, user, password);
        created.add(config.url().substring(config.url().lastIndexOf('/') + 1).replaceFirst("\\?.*", ""));
        return config;
    }

    /** The embedded server, or null when the tests run against an external one. */
    EmbeddedPostgresServer embedded() {
        return embedded;
    }

    static Path dataDir() {
        return Path.of(
                System.getProperty("java.io.tmpdir"),
                "postgres-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT));
    }

    /** Stops the embedded server (its data stays under target/), or drops the databases made on an external one. */
    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
            return;
        }
        try (Connection c = DriverManager.getConnection(adminUrl, credentials(user, password));
                Statement s = c.createStatement()) {
            for (final String name : created) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (final SQLException e) {
            throw new IllegalStateException("Cannot drop the test databases " + created + " on " + adminUrl, e);
        }
    }

    private static Properties credentials(final String user, final String password) {
        final Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        return props;
    }
}
