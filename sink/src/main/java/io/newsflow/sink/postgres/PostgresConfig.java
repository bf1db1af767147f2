package io.newsflow.sink.postgres;

import io.newsflow.contract.settings.Setting;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the PostgreSQL sink writes, read once at start from environment variables (or built by the launcher).
 *
 * <ul>
 *   <li>{@code NEWSFLOW_POSTGRES_URL} — JDBC URL ({@code jdbc:postgresql://host:5432/db}); the sink runs only when set</li>
 *   <li>{@code NEWSFLOW_POSTGRES_USER}, {@code NEWSFLOW_POSTGRES_PASSWORD} — credentials (the password is never logged
 *       nor printed by {@link #toString()})</li>
 *   <li>{@code NEWSFLOW_POSTGRES_GROUP_ID} (default {@code newsflow-sink-postgres}) — consumer group, and the key of
 *       the offsets the sink keeps in the database</li>
 * </ul>
 */
public record PostgresConfig(String url, String user, String password, String groupId) {

    public static final String URL = "NEWSFLOW_POSTGRES_URL";
    public static final String USER = "NEWSFLOW_POSTGRES_USER";
    public static final String PASSWORD = "NEWSFLOW_POSTGRES_PASSWORD";
    public static final String GROUP_ID = "NEWSFLOW_POSTGRES_GROUP_ID";

    private static final Setting<String> URL_SETTING = Setting.text(URL, null);
    private static final Setting<String> USER_SETTING = Setting.text(USER, null);
    private static final Setting<String> PASSWORD_SETTING = Setting.text(PASSWORD, null);
    private static final Setting<String> GROUP = Setting.text(GROUP_ID, "newsflow-sink-postgres");
    /** Every setting of the database sink, for the documentation test. */
    public static final List<Setting<?>> SETTINGS = List.of(URL_SETTING, USER_SETTING, PASSWORD_SETTING, GROUP);

    public static final String DEFAULT_GROUP_ID = GROUP.from(Map.of());

    public PostgresConfig {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(URL
                    + " must be a JDBC URL such as jdbc:postgresql://localhost:5432/newsflow," + " was " + redact(url));
        }
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException(GROUP_ID + " must not be blank");
        }
    }

    public static PostgresConfig of(final String url, final String user, final String password) {
        return new PostgresConfig(url, user, password, DEFAULT_GROUP_ID);
    }

    /** The configuration when {@code NEWSFLOW_POSTGRES_URL} is set, else empty: the database sink is off. */
    public static Optional<PostgresConfig> fromEnvironment(final Map<String, String> env) {
        return URL_SETTING
                .optional(env)
                .map(url -> new PostgresConfig(
                        url, USER_SETTING.from(env), PASSWORD_SETTING.verbatim(env), GROUP.from(env)));
    }

    /** Whether {@code NEWSFLOW_POSTGRES_URL} is set, without checking it. */
    public static boolean isConfigured(final Map<String, String> env) {
        return URL_SETTING.isSet(env);
    }

    public PostgresConfig withGroupId(final String newGroupId) {
        return new PostgresConfig(url, user, password, newGroupId);
    }

    /** The URL without its query string, which may carry credentials: the form to log. */
    public String redactedUrl() {
        return redact(url);
    }

    /**
     * Driver properties: the credentials, and timeouts so that a database that stops answering fails a write within
     * seconds instead of hanging the consumer past its poll interval.
     */
    Properties connectionProperties() {
        final Properties props = new Properties();
        if (user != null && !user.isBlank()) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "5");
        props.setProperty("socketTimeout", "60");
        props.setProperty("tcpKeepAlive", "true");
        // the JDBC batches of the store become multi-row INSERTs on the wire
        props.setProperty("reWriteBatchedInserts", "true");
        props.setProperty("ApplicationName", "newsflow-sink");
        return props;
    }

    @Override
    public String toString() {
        return "PostgresConfig[url=" + redactedUrl() + ", user=" + user + ", password="
                + (password == null ? "none" : "***") + ", groupId=" + groupId + "]";
    }

    private static String redact(final String url) {
        if (url == null) {
            return "null";
        }
        final int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }
}
