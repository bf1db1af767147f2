package io.newsflow.sink;

import io.newsflow.contract.ClientProperties;
import io.newsflow.contract.settings.Setting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * The sink's settings, read once at start from environment variables (or built by the launcher from its flags).
 *
 * <ul>
 *   <li>{@code NEWSFLOW_BOOTSTRAP_SERVERS} (required) — Kafka bootstrap servers</li>
 *   <li>{@code NEWSFLOW_OUTBOX} (default {@code ./outbox}) — where the per-article JSON documents go</li>
 *   <li>{@code NEWSFLOW_SINK_GROUP_ID} (default {@code newsflow-sink}) — consumer group; instances share partitions</li>
 *   <li>{@code NEWSFLOW_SINK_MAX_BACKOFF} (ISO-8601 duration, default {@code PT30S}) — longest wait between retries
 *       of a failed write</li>
 *   <li>{@code KAFKA_*} and {@code NEWSFLOW_KAFKA_PROPERTIES} — passed to the Kafka clients, see
 *       {@link ClientProperties}</li>
 * </ul>
 */
public record SinkConfig(
        String bootstrapServers,
        Path outbox,
        String groupId,
        Duration maxBackoff,
        Map<String, Object> clientProperties) {

    public static final String BOOTSTRAP_SERVERS = ClientProperties.BOOTSTRAP_SERVERS_VARIABLE;
    public static final String OUTBOX = "NEWSFLOW_OUTBOX";
    public static final String GROUP_ID = "NEWSFLOW_SINK_GROUP_ID";
    public static final String MAX_BACKOFF = "NEWSFLOW_SINK_MAX_BACKOFF";

    private static final Setting<Path> OUTBOX_DIR = Setting.path(OUTBOX, "./outbox");
    private static final Setting<String> GROUP = Setting.text(GROUP_ID, "newsflow-sink");
    private static final Setting<Duration> BACKOFF = Setting.duration(MAX_BACKOFF, "PT30S");
    /** Every setting of the file sink, for the documentation test. */
    public static final List<Setting<?>> SETTINGS = List.of(OUTBOX_DIR, GROUP, BACKOFF);

    public SinkConfig {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException(BOOTSTRAP_SERVERS + " must name at least one Kafka broker (host:port)");
        }
        if (outbox == null) {
            throw new IllegalArgumentException(OUTBOX + " must name a directory");
        }
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException(GROUP_ID + " must not be blank");
        }
        if (maxBackoff == null || maxBackoff.isNegative() || maxBackoff.isZero()) {
            throw new IllegalArgumentException(MAX_BACKOFF + " must be a positive ISO-8601 duration such as PT30S");
        }
        clientProperties = Map.copyOf(clientProperties == null ? Map.of() : clientProperties);
    }

    /** Defaults for everything but where Kafka and the outbox are. */
    public static SinkConfig of(final String bootstrapServers, final Path outbox) {
        return new SinkConfig(bootstrapServers, outbox, GROUP.from(Map.of()), BACKOFF.from(Map.of()), Map.of());
    }

    public static SinkConfig fromEnvironment(final Map<String, String> env) {
        return new SinkConfig(
                ClientProperties.BOOTSTRAP_SERVERS.from(env),
                OUTBOX_DIR.from(env),
                GROUP.from(env),
                BACKOFF.from(env),
                ClientProperties.fromEnvironment(env));
    }

    public SinkConfig withGroupId(final String newGroupId) {
        return new SinkConfig(bootstrapServers, outbox, newGroupId, maxBackoff, clientProperties);
    }

    public SinkConfig withMaxBackoff(final Duration newMaxBackoff) {
        return new SinkConfig(bootstrapServers, outbox, groupId, newMaxBackoff, clientProperties);
    }

    public SinkConfig withClientProperties(final Map<String, Object> properties) {
        return new SinkConfig(bootstrapServers, outbox, groupId, maxBackoff, properties);
    }

    /** Consumer settings: the user's pass-through properties win over ours. */
    public Map<String, Object> consumerProperties() {
        final Map<String, Object> props = new HashMap<>(clientProperties);
        props.putIfAbsent(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.putIfAbsent(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        // only what enrich committed: aborted attempts of exactly-once processing never reach the outbox
        props.putIfAbsent(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // offsets are committed by hand, after the documents are on disk
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        return props;
    }

    public Map<String, Object> producerProperties() {
        final Map<String, Object> props = new HashMap<>(clientProperties);
        props.putIfAbsent(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.keySet()
                .removeIf(key -> key.startsWith("group.")
                        || key.startsWith("isolation.")
                        || key.startsWith("auto.offset")
                        || key.startsWith("max.poll"));
        props.putIfAbsent("acks", "all");
        props.putIfAbsent("enable.idempotence", true);
        return props;
    }
}
