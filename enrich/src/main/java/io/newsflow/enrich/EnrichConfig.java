package io.newsflow.enrich;

import io.newsflow.contract.ClientProperties;
import io.newsflow.contract.Topics;
import io.newsflow.contract.settings.Setting;
import io.newsflow.enrich.story.StorySettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The enrich service's settings, read once at start from the environment ({@link #fromEnvironment}) or built in code
 * ({@link #defaults}). Every failure names the variable.
 *
 * <ul>
 *   <li>{@value #BOOTSTRAP_SERVERS} (required): the Kafka cluster, {@code host:port[,host:port…]};
 *   <li>{@value #APPLICATION_ID} (default {@value #DEFAULT_APPLICATION_ID}): the Streams application id, which names
 *       the consumer group, the transactional ids and the changelog topics;
 *   <li>{@value #STATE_DIR} (default: Kafka Streams' own): where the state stores live on disk;
 *   <li>{@value #DEDUP_RETENTION} (ISO-8601 duration, default P7D): how long a completed article is remembered, so a
 *       re-drop of its content within that time is reported instead of published again;
 *   <li>{@value #STREAM_THREADS} (default 2): stream threads in this instance. Two, so that on a machine of two cores
 *       (the local run's) one partition's articles are enriched while the other's are, and the story matcher's task
 *       does not wait behind a paragraph task's whole batch; threads beyond the tasks (the partitions of
 *       {@code news-paragraphs}, plus one) stay idle;
 *   <li>{@value #STANDBY_REPLICAS} (default 0): warm copies of each task's state kept on other instances, so that the
 *       instance taking over a failed one's partitions need not restore them from the changelogs first;
 *   <li>{@value #TAG_LANGUAGES} (default {@code en}): comma-separated ISO 639-1 codes of the languages whose articles
 *       are tagged for entities; articles in another language keep their structure, citations and quotes, with no
 *       entities and {@code entitiesSkipped} saying why (an article of unknown language is tagged);
 *   <li>{@value StorySettings#NEAR_DUPLICATES}, {@value StorySettings#WINDOW}, {@value StorySettings#SIMILARITY}:
 *       near-duplicate stories ({@link StorySettings});
 *   <li>any Kafka client property via {@code KAFKA_*} variables or {@code NEWSFLOW_KAFKA_PROPERTIES}
 *       ({@link ClientProperties}); they win over enrich's defaults.
 * </ul>
 */
public record EnrichConfig(
        String bootstrapServers,
        String applicationId,
        Path stateDir,
        Duration dedupRetention,
        int streamThreads,
        int standbyReplicas,
        Set<String> tagLanguages,
        StorySettings stories,
        Map<String, Object> clientProperties) {

    public static final String BOOTSTRAP_SERVERS = ClientProperties.BOOTSTRAP_SERVERS_VARIABLE;
    public static final String APPLICATION_ID = "NEWSFLOW_ENRICH_APPLICATION_ID";
    public static final String STATE_DIR = "NEWSFLOW_STATE_DIR";
    public static final String DEDUP_RETENTION = "NEWSFLOW_DEDUP_RETENTION";
    public static final String STREAM_THREADS = "NEWSFLOW_STREAM_THREADS";
    public static final String STANDBY_REPLICAS = "NEWSFLOW_STANDBY_REPLICAS";
    public static final String TAG_LANGUAGES = "NEWSFLOW_TAG_LANGUAGES";

    private static final Pattern ISO_639_1 = Pattern.compile("[a-z]{2}");

    private static final Setting<String> APPLICATION = Setting.text(APPLICATION_ID, "newsflow-enrich");
    private static final Setting<Path> STATE = Setting.path(STATE_DIR, null);
    private static final Setting<Duration> RETENTION = Setting.duration(DEDUP_RETENTION, "P7D");
    private static final Setting<Integer> THREADS = Setting.integer(STREAM_THREADS, "2");
    private static final Setting<Integer> STANDBYS = Setting.integer(STANDBY_REPLICAS, "0");
    /** The built-in tagger is trained and tuned on English text only. */
    private static final Setting<Set<String>> LANGUAGES = Setting.of(
            TAG_LANGUAGES, "en", "a comma-separated list of ISO 639-1 codes such as en,de", EnrichConfig::languages);
    /** Every setting enrich reads, for the documentation test ({@link StorySettings#SETTINGS} are enrich's too). */
    public static final List<Setting<?>> SETTINGS =
            List.of(APPLICATION, STATE, RETENTION, THREADS, STANDBYS, LANGUAGES);

    public static final String DEFAULT_APPLICATION_ID = APPLICATION.from(Map.of());
    public static final Duration DEFAULT_DEDUP_RETENTION = RETENTION.from(Map.of());
    public static final int DEFAULT_STREAM_THREADS = THREADS.from(Map.of());
    public static final Set<String> DEFAULT_TAG_LANGUAGES = LANGUAGES.from(Map.of());

    public EnrichConfig {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException(BOOTSTRAP_SERVERS + " must be set to host:port[,host:port...]");
        }
        if (applicationId == null || applicationId.isBlank()) {
            throw new IllegalArgumentException(APPLICATION_ID + " must not be blank");
        }
        Objects.requireNonNull(dedupRetention, () -> DEDUP_RETENTION + " must not be null");
        if (dedupRetention.isNegative() || dedupRetention.isZero()) {
            throw new IllegalArgumentException(DEDUP_RETENTION + " must be a positive duration, was " + dedupRetention);
        }
        if (streamThreads < 1) {
            throw new IllegalArgumentException(STREAM_THREADS + " must be >= 1, was " + streamThreads);
        }
        if (standbyReplicas < 0) {
            throw new IllegalArgumentException(STANDBY_REPLICAS + " must be >= 0, was " + standbyReplicas);
        }
        Objects.requireNonNull(tagLanguages, () -> TAG_LANGUAGES + " must not be null");
        tagLanguages = Set.copyOf(tagLanguages);
        for (final String language : tagLanguages) {
            if (!ISO_639_1.matcher(language).matches()) {
                throw new IllegalArgumentException(TAG_LANGUAGES
                        + " must list lower-case ISO 639-1 codes such as en,de;" + " '" + language + "' is none");
            }
        }
        Objects.requireNonNull(stories, "stories must not be null");
        clientProperties = clientProperties == null ? Map.of() : Map.copyOf(clientProperties);
    }

    /** The defaults for a cluster at {@code bootstrapServers}, with Kafka Streams' own state directory. */
    public static EnrichConfig defaults(final String bootstrapServers) {
        return new EnrichConfig(
                bootstrapServers,
                DEFAULT_APPLICATION_ID,
                null,
                DEFAULT_DEDUP_RETENTION,
                DEFAULT_STREAM_THREADS,
                0,
                DEFAULT_TAG_LANGUAGES,
                StorySettings.DEFAULTS,
                Map.of());
    }

    /** Reads the settings from environment variables ({@code System.getenv()} in main, a map in tests). */
    public static EnrichConfig fromEnvironment(final Map<String, String> env) {
        return new EnrichConfig(
                ClientProperties.BOOTSTRAP_SERVERS.from(env),
                APPLICATION.from(env),
                STATE.from(env),
                RETENTION.from(env),
                THREADS.from(env),
                STANDBYS.from(env),
                LANGUAGES.from(env),
                StorySettings.fromEnvironment(env),
                ClientProperties.fromEnvironment(env));
    }

    public EnrichConfig withStateDir(final Path directory) {
        return with(b -> b.stateDir = directory);
    }

    public EnrichConfig withApplicationId(final String id) {
        return with(b -> b.applicationId = id);
    }

    public EnrichConfig withClientProperties(final Map<String, Object> properties) {
        return with(b -> b.clientProperties = properties);
    }

    public EnrichConfig withStreamThreads(final int threads) {
        return with(b -> b.streamThreads = threads);
    }

    public EnrichConfig withStandbyReplicas(final int replicas) {
        return with(b -> b.standbyReplicas = replicas);
    }

    public EnrichConfig withTagLanguages(final Set<String> languages) {
        return with(b -> b.tagLanguages = languages);
    }

    public EnrichConfig withStories(final StorySettings settings) {
        return with(b -> b.stories = settings);
    }

    /** A copy with what {@code change} sets on a builder holding this config's values, validated again. */
    private EnrichConfig with(final Consumer<Builder> change) {
        final Builder b = new Builder(this);
        change.accept(b);
        return b.build();
    }

    /** The mutable twin of this record, so each {@code with…} method names only what it changes. */
    private static final class Builder {
        private String bootstrapServers;
        private String applicationId;
        private Path stateDir;
        private Duration dedupRetention;
        private int streamThreads;
        private int standbyReplicas;
        private Set<String> tagLanguages;
        private StorySettings stories;
        private Map<String, Object> clientProperties;

        private Builder(final EnrichConfig config) {
            bootstrapServers = config.bootstrapServers;
            applicationId = config.applicationId;
            stateDir = config.stateDir;
            dedupRetention = config.dedupRetention;
            streamThreads = config.streamThreads;
            standbyReplicas = config.standbyReplicas;
            tagLanguages = config.tagLanguages;
            stories = config.stories;
            clientProperties = config.clientProperties;
        }

        private EnrichConfig build() {
            return new EnrichConfig(
                    bootstrapServers,
                    applicationId,
                    stateDir,
                    dedupRetention,
                    streamThreads,
                    standbyReplicas,
                    tagLanguages,
                    stories,
                    clientProperties);
        }
    }

    /** The single-partition topic through which every assembled article reaches the story index. */
    public String storyIndexTopic() {
        return applicationId + "-story-index-repartition";
    }

    /**
     * The Kafka Streams configuration: the client properties passed through, then this record's settings, then
     * enrich's defaults where the user set nothing — exactly-once, explicit internal names, poison records to the
     * dead-letter topic and on to the next record.
     */
    public Properties streamsProperties() {
        final Map<String, Object> settings = new HashMap<>(clientProperties);
        settings.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        settings.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, streamThreads);
        // a num.standby.replicas passed through as a client property still wins: it was set on purpose too
        settings.putIfAbsent(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, standbyReplicas);
        if (stateDir != null) {
            settings.put(
                    StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        }
        settings.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        settings.putIfAbsent(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        settings.putIfAbsent(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DEAD_LETTERS.name());
        settings.putIfAbsent(
                StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                OversizeSafeDeserializationHandler.class.getName());
        // the topology has no global stores; opting in now is the behaviour Kafka 5.0 makes the default
        settings.putIfAbsent(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        final Properties properties = new Properties();
        properties.putAll(settings);
        return properties;
    }

    /** The languages {@value #TAG_LANGUAGES} in {@code env} lists, or the default; fails naming the variable. */
    public static Set<String> tagLanguages(final Map<String, String> env) {
        return LANGUAGES.from(env);
    }

    private static Set<String> languages(final String value) {
        final Set<String> languages = new LinkedHashSet<>();
        for (final String code : value.split(",")) {
            if (!code.isBlank()) {
                languages.add(code.strip().toLowerCase(Locale.ROOT));
            }
        }
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("no code listed");
        }
        return Set.copyOf(languages);
    }
}
