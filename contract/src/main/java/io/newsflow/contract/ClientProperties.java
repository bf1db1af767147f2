package io.newsflow.contract;

import io.newsflow.contract.settings.Setting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Kafka client properties a user passes through untouched, so SASL/SSL clusters work without code changes:
 * every environment variable {@code KAFKA_X_Y} becomes the client property {@code x.y}
 * ({@code KAFKA_SECURITY_PROTOCOL=SASL_SSL} → {@code security.protocol=SASL_SSL}), and the file named by
 * {@code NEWSFLOW_KAFKA_PROPERTIES} is read as a properties file. Variables win over the file. Variables that Kafka's
 * own scripts and images use for the JVM ({@code KAFKA_HOME}, {@code KAFKA_OPTS}, {@code KAFKA_HEAP_OPTS}, any
 * {@code KAFKA_*_OPTS}, {@code KAFKA_DEBUG}, {@code KAFKA_VERSION}) are not client properties and are skipped.
 */
public final class ClientProperties {

    public static final String BOOTSTRAP_SERVERS_VARIABLE = "NEWSFLOW_BOOTSTRAP_SERVERS";
    public static final String PROPERTIES_FILE_VARIABLE = "NEWSFLOW_KAFKA_PROPERTIES";
    /** Where Kafka is ({@code host:port[,host:port…]}), for every service; the config records require it. */
    public static final Setting<String> BOOTSTRAP_SERVERS = Setting.text(BOOTSTRAP_SERVERS_VARIABLE, null);

    private static final Setting<Path> PROPERTIES_FILE = Setting.path(PROPERTIES_FILE_VARIABLE, null);
    /** The settings every service reads to reach Kafka, for the documentation test. */
    public static final List<Setting<?>> SETTINGS = List.of(BOOTSTRAP_SERVERS, PROPERTIES_FILE);

    private static final String PREFIX = "KAFKA_";
    /** Record batch and record framing around key, value and headers. */
    public static final int FRAMING_BYTES = 1024;

    private static final String MAX_REQUEST_SIZE = "max.request.size";
    private static final String STREAMS_PRODUCER_MAX_REQUEST_SIZE = "producer." + MAX_REQUEST_SIZE;
    /** The producer's default {@code max.request.size}. */
    private static final int DEFAULT_MAX_REQUEST_SIZE = 1024 * 1024;

    private static final Set<String> NOT_CLIENT_PROPERTIES = Set.of("KAFKA_HOME", "KAFKA_DEBUG", "KAFKA_VERSION");

    private ClientProperties() {}

    public static Map<String, Object> fromEnvironment(final Map<String, String> env) {
        final Map<String, Object> properties = new HashMap<>();
        PROPERTIES_FILE.optional(env).ifPresent(file -> properties.putAll(readFile(file)));
        env.forEach((name, value) -> {
            if (name.startsWith(PREFIX) && name.length() > PREFIX.length() && isClientProperty(name)) {
                properties.put(
                        name.substring(PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        return properties;
    }

    /**
     * The largest record (key, value and headers) a producer with these client properties can send: its
     * {@code max.request.size} ({@code producer.max.request.size} wins, as Kafka Streams reads it; default 1 MiB) less
     * {@value #FRAMING_BYTES} bytes for the batch and record framing around it.
     *
     * @throws IllegalArgumentException when the configured size is not a whole number
     */
    public static int maxRecordBytes(final Map<String, ?> properties) {
        final Object configured = properties.containsKey(STREAMS_PRODUCER_MAX_REQUEST_SIZE)
                ? properties.get(STREAMS_PRODUCER_MAX_REQUEST_SIZE)
                : properties.get(MAX_REQUEST_SIZE);
        if (configured == null) {
            return DEFAULT_MAX_REQUEST_SIZE - FRAMING_BYTES;
        }
        try {
            return Integer.parseInt(configured.toString().strip()) - FRAMING_BYTES;
        } catch (final NumberFormatException e) {
            throw new IllegalArgumentException(MAX_REQUEST_SIZE + " must be a whole number, was " + configured, e);
        }
    }

    private static boolean isClientProperty(final String variable) {
        return !NOT_CLIENT_PROPERTIES.contains(variable) && !variable.endsWith("_OPTS");
    }

    private static Map<String, Object> readFile(final Path file) {
        final Properties loaded = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            loaded.load(in);
        } catch (final IOException e) {
            throw new UncheckedIOException(PROPERTIES_FILE_VARIABLE + "=" + file + " cannot be read", e);
        }
        final Map<String, Object> properties = new HashMap<>();
        loaded.forEach((key, value) -> properties.put(key.toString(), value));
        return properties;
    }
}
