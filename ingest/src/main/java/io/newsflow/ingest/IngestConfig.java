package io.newsflow.ingest;

import io.newsflow.contract.ClientProperties;
import io.newsflow.contract.settings.Setting;
import io.newsflow.ingest.parse.ArticleReader;
import io.newsflow.ingest.parse.JsonLinesFields;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Ingest's settings, read once at start from environment variables (the launcher adds its flags as overrides, or builds
 * one with {@link #of} and the {@code with…} methods). Invalid values fail here, naming the variable.
 *
 * <ul>
 *   <li>{@code NEWSFLOW_BOOTSTRAP_SERVERS} (required) — Kafka bootstrap servers</li>
 *   <li>{@code NEWSFLOW_INBOX} (default {@code ./inbox}) — the directory watched for articles</li>
 *   <li>{@code NEWSFLOW_PROCESSED_DIR} (default {@code <inbox>/processed}) — where published files go</li>
 *   <li>{@code NEWSFLOW_ERROR_DIR} (default {@code <inbox>/error}) — quarantined files and their
 *       {@code .error.json}</li>
 *   <li>{@code NEWSFLOW_MIN_FILE_AGE_MS} (default 250) — a file must be unmodified this long before it is read</li>
 *   <li>{@code NEWSFLOW_RESCAN_INTERVAL_MS} (default 1000) — full inbox rescan, in case watch events are lost</li>
 *   <li>{@code NEWSFLOW_MAX_FILE_BYTES} (default 20971520 = 20 MiB) — larger files are quarantined unread</li>
 *   <li>{@code NEWSFLOW_INGEST_TRANSACTIONAL_ID} (default {@code newsflow-ingest-1}) — must differ between instances
 *       running at once, and stay the same across restarts of one instance</li>
 *   <li>{@code NEWSFLOW_CLAIM_TIMEOUT_MS} (default 300000 = 5 min) — a file claimed by another instance that long
 *       ago is taken over: that instance died holding it</li>
 *   <li>{@code NEWSFLOW_MAX_FILES_PER_TRANSACTION} (default 64) — articles (files, or items of a feed or JSON Lines
 *       file) ready at the same time share Kafka transactions of up to this many articles (each article's records
 *       and ledger entry always commit together); a file with more articles spans several transactions</li>
 *   <li>{@code NEWSFLOW_MAX_ITEM_BYTES} (default 1048576 = 1 MiB) — a feed item or JSON line with more text is a bad
 *       item; at most {@code NEWSFLOW_MAX_FILE_BYTES}</li>
 *   <li>{@code NEWSFLOW_JSONL_FIELDS} (default: the built-in names) — which JSON fields of a JSON Lines file hold
 *       which part of the article, see {@link JsonLinesFields}</li>
 *   <li>{@code KAFKA_*} and {@code NEWSFLOW_KAFKA_PROPERTIES} — passed to the Kafka clients, see
 *       {@link ClientProperties}</li>
 * </ul>
 */
public record IngestConfig(
        String bootstrapServers,
        Path inbox,
        Path processedDir,
        Path errorDir,
        Duration minFileAge,
        Duration rescanInterval,
        long maxFileBytes,
        String transactionalId,
        Duration claimTimeout,
        int maxFilesPerTransaction,
        Map<String, Object> clientProperties,
        long maxItemBytes,
        JsonLinesFields jsonLinesFields) {

    public static final String BOOTSTRAP_SERVERS = ClientProperties.BOOTSTRAP_SERVERS_VARIABLE;
    public static final String INBOX = "NEWSFLOW_INBOX";
    public static final String PROCESSED_DIR = "NEWSFLOW_PROCESSED_DIR";
    public static final String ERROR_DIR = "NEWSFLOW_ERROR_DIR";
    public static final String MIN_FILE_AGE_MS = "NEWSFLOW_MIN_FILE_AGE_MS";
    public static final String RESCAN_INTERVAL_MS = "NEWSFLOW_RESCAN_INTERVAL_MS";
    public static final String MAX_FILE_BYTES = "NEWSFLOW_MAX_FILE_BYTES";
    public static final String TRANSACTIONAL_ID = "NEWSFLOW_INGEST_TRANSACTIONAL_ID";
    public static final String CLAIM_TIMEOUT_MS = "NEWSFLOW_CLAIM_TIMEOUT_MS";
    public static final String MAX_FILES_PER_TRANSACTION = "NEWSFLOW_MAX_FILES_PER_TRANSACTION";
    public static final String MAX_ITEM_BYTES = "NEWSFLOW_MAX_ITEM_BYTES";
    public static final String JSONL_FIELDS = "NEWSFLOW_JSONL_FIELDS";

    private static final Setting<Path> INBOX_DIR = Setting.path(INBOX, "./inbox");
    private static final Setting<Path> PROCESSED = Setting.path(PROCESSED_DIR, null);
    private static final Setting<Path> ERRORS = Setting.path(ERROR_DIR, null);
    private static final Setting<Duration> MIN_FILE_AGE = Setting.millis(MIN_FILE_AGE_MS, "250");
    private static final Setting<Duration> RESCAN_INTERVAL = Setting.millis(RESCAN_INTERVAL_MS, "1000");
    private static final Setting<Long> FILE_BYTES = Setting.wholeNumber(MAX_FILE_BYTES, "20971520");
    private static final Setting<String> TRANSACTIONAL = Setting.text(TRANSACTIONAL_ID, "newsflow-ingest-1");
    private static final Setting<Duration> CLAIM_TIMEOUT = Setting.millis(CLAIM_TIMEOUT_MS, "300000");
    private static final Setting<Integer> FILES_PER_TRANSACTION = Setting.integer(MAX_FILES_PER_TRANSACTION, "64");
    private static final Setting<Long> ITEM_BYTES =
            Setting.wholeNumber(MAX_ITEM_BYTES, Long.toString(ArticleReader.DEFAULT_MAX_ITEM_BYTES));
    private static final Setting<JsonLinesFields> JSONL = Setting.of(
            JSONL_FIELDS,
            null,
            "part=field pairs separated by commas (e.g. headline=title_field,body=article_text)",
            JsonLinesFields::parse);
    /** Every setting ingest reads, for the documentation test. */
    public static final List<Setting<?>> SETTINGS = List.of(
            INBOX_DIR,
            PROCESSED,
            ERRORS,
            MIN_FILE_AGE,
            RESCAN_INTERVAL,
            FILE_BYTES,
            TRANSACTIONAL,
            CLAIM_TIMEOUT,
            FILES_PER_TRANSACTION,
            ITEM_BYTES,
            JSONL);

    public static final Duration DEFAULT_MIN_FILE_AGE = MIN_FILE_AGE.from(Map.of());
    public static final Duration DEFAULT_RESCAN_INTERVAL = RESCAN_INTERVAL.from(Map.of());
    public static final long DEFAULT_MAX_FILE_BYTES = FILE_BYTES.from(Map.of());
    public static final long DEFAULT_MAX_ITEM_BYTES = ITEM_BYTES.from(Map.of());
    public static final String DEFAULT_TRANSACTIONAL_ID = TRANSACTIONAL.from(Map.of());
    static final int DEFAULT_TRANSACTION_TIMEOUT_MS = 20_000;
    /**
     * A commit costs the same few round trips whatever it carries; 64 files of news (~1.5k records) make its cost
     * small per file while a transaction stays a fraction of a second.
     */
    public static final int DEFAULT_MAX_FILES_PER_TRANSACTION = FILES_PER_TRANSACTION.from(Map.of());

    private static final int LARGEST_MAX_FILES_PER_TRANSACTION = 10_000;
    /**
     * An instance holds a claim for one file's read and transaction, seconds at most (a transaction times out after
     * a minute); a claim untouched five times longer belongs to a dead instance.
     */
    public static final Duration DEFAULT_CLAIM_TIMEOUT = CLAIM_TIMEOUT.from(Map.of());
    /** Whole files are read into memory; a Java array holds a little less than 2 GiB. */
    public static final long LARGEST_MAX_FILE_BYTES = Integer.MAX_VALUE - 8;

    private static final Duration SHORTEST_RESCAN_INTERVAL = Duration.ofMillis(10);

    public IngestConfig {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException(BOOTSTRAP_SERVERS + " must name at least one Kafka broker (host:port)");
        }
        inbox = absolute(inbox, INBOX);
        processedDir = absolute(processedDir, PROCESSED_DIR);
        errorDir = absolute(errorDir, ERROR_DIR);
        if (processedDir.equals(inbox) || errorDir.equals(inbox) || processedDir.equals(errorDir)) {
            throw new IllegalArgumentException(INBOX + ", " + PROCESSED_DIR + " and " + ERROR_DIR
                    + " must be three different directories, were " + inbox + ", " + processedDir + ", " + errorDir);
        }
        if (minFileAge == null || minFileAge.isNegative()) {
            throw new IllegalArgumentException(MIN_FILE_AGE_MS + " must be 0 or more milliseconds, was " + minFileAge);
        }
        if (rescanInterval == null || rescanInterval.compareTo(SHORTEST_RESCAN_INTERVAL) < 0) {
            throw new IllegalArgumentException(RESCAN_INTERVAL_MS + " must be at least "
                    + SHORTEST_RESCAN_INTERVAL.toMillis() + " milliseconds, was " + rescanInterval);
        }
        if (maxFileBytes < 1 || maxFileBytes > LARGEST_MAX_FILE_BYTES) {
            throw new IllegalArgumentException(MAX_FILE_BYTES + " must be between 1 and " + LARGEST_MAX_FILE_BYTES
                    + " bytes, was " + maxFileBytes);
        }
        if (transactionalId == null || transactionalId.isBlank()) {
            throw new IllegalArgumentException(TRANSACTIONAL_ID + " must not be blank");
        }
        if (claimTimeout == null || claimTimeout.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException(
                    CLAIM_TIMEOUT_MS + " must be at least 1000 milliseconds, was " + claimTimeout);
        }
        if (maxFilesPerTransaction < 1 || maxFilesPerTransaction > LARGEST_MAX_FILES_PER_TRANSACTION) {
            throw new IllegalArgumentException(MAX_FILES_PER_TRANSACTION + " must be between 1 and "
                    + LARGEST_MAX_FILES_PER_TRANSACTION + ", was " + maxFilesPerTransaction);
        }
        clientProperties = Map.copyOf(clientProperties == null ? Map.of() : clientProperties);
        if (maxItemBytes < 1 || maxItemBytes > maxFileBytes) {
            throw new IllegalArgumentException(MAX_ITEM_BYTES + " must be between 1 and " + MAX_FILE_BYTES + " ("
                    + maxFileBytes + ") bytes, was " + maxItemBytes);
        }
        jsonLinesFields = jsonLinesFields == null ? JsonLinesFields.DEFAULT : jsonLinesFields;
    }

    /** Defaults for everything but where Kafka and the inbox are; processed and error directories inside the inbox. */
    public static IngestConfig of(final String bootstrapServers, final Path inbox) {
        final Path absoluteInbox = absolute(inbox, INBOX);
        return new IngestConfig(
                bootstrapServers,
                absoluteInbox,
                absoluteInbox.resolve("processed"),
                absoluteInbox.resolve("error"),
                DEFAULT_MIN_FILE_AGE,
                DEFAULT_RESCAN_INTERVAL,
                DEFAULT_MAX_FILE_BYTES,
                DEFAULT_TRANSACTIONAL_ID,
                DEFAULT_CLAIM_TIMEOUT,
                DEFAULT_MAX_FILES_PER_TRANSACTION,
                Map.of(),
                DEFAULT_MAX_ITEM_BYTES,
                JsonLinesFields.DEFAULT);
    }

    /** Reads the settings from environment variables ({@code System.getenv()} in production). */
    public static IngestConfig fromEnvironment(final Map<String, String> env) {
        return fromEnvironment(env, Map.of());
    }

    /**
     * Reads the settings from {@code env}, where {@code overrides} (keyed by the same variable names, e.g. from command
     * line flags) win over it.
     */
    public static IngestConfig fromEnvironment(final Map<String, String> env, final Map<String, String> overrides) {
        final Map<String, String> vars = Setting.layered(env, overrides);
        final Path inbox = absolute(INBOX_DIR.from(vars), INBOX);
        final long maxFileBytes = FILE_BYTES.from(vars);
        return new IngestConfig(
                ClientProperties.BOOTSTRAP_SERVERS.from(vars),
                inbox,
                PROCESSED.from(vars, inbox.resolve("processed")),
                ERRORS.from(vars, inbox.resolve("error")),
                MIN_FILE_AGE.from(vars),
                RESCAN_INTERVAL.from(vars),
                maxFileBytes,
                TRANSACTIONAL.from(vars),
                CLAIM_TIMEOUT.from(vars),
                FILES_PER_TRANSACTION.from(vars),
                ClientProperties.fromEnvironment(vars),
                ITEM_BYTES.from(vars, Math.min(DEFAULT_MAX_ITEM_BYTES, maxFileBytes)),
                JSONL.from(vars, JsonLinesFields.DEFAULT));
    }

    public IngestConfig withProcessedDir(final Path dir) {
        return with(b -> b.processedDir = dir);
    }

    public IngestConfig withErrorDir(final Path dir) {
        return with(b -> b.errorDir = dir);
    }

    public IngestConfig withMinFileAge(final Duration age) {
        return with(b -> b.minFileAge = age);
    }

    public IngestConfig withRescanInterval(final Duration interval) {
        return with(b -> b.rescanInterval = interval);
    }

    /** Also lowers {@link #maxItemBytes()} to {@code bytes} when it was larger: an item is never bigger than its file. */
    public IngestConfig withMaxFileBytes(final long bytes) {
        return with(b -> {
            b.maxFileBytes = bytes;
            b.maxItemBytes = Math.min(b.maxItemBytes, bytes);
        });
    }

    public IngestConfig withTransactionalId(final String id) {
        return with(b -> b.transactionalId = id);
    }

    public IngestConfig withClaimTimeout(final Duration timeout) {
        return with(b -> b.claimTimeout = timeout);
    }

    public IngestConfig withMaxFilesPerTransaction(final int files) {
        return with(b -> b.maxFilesPerTransaction = files);
    }

    public IngestConfig withMaxItemBytes(final long bytes) {
        return with(b -> b.maxItemBytes = bytes);
    }

    public IngestConfig withJsonLinesFields(final JsonLinesFields fields) {
        return with(b -> b.jsonLinesFields = fields);
    }

    public IngestConfig withClientProperties(final Map<String, Object> properties) {
        return with(b -> b.clientProperties = properties);
    }

    /** A copy with what {@code change} sets on a builder holding this config's values, validated again. */
    private IngestConfig with(final Consumer<Builder> change) {
        final Builder b = new Builder(this);
        change.accept(b);
        return b.build();
    }

    /** The mutable twin of this record, so each {@code with…} method names only what it changes. */
    private static final class Builder {
        private String bootstrapServers;
        private Path inbox;
        private Path processedDir;
        private Path errorDir;
        private Duration minFileAge;
        private Duration rescanInterval;
        private long maxFileBytes;
        private String transactionalId;
        private Duration claimTimeout;
        private int maxFilesPerTransaction;
        private Map<String, Object> clientProperties;
        private long maxItemBytes;
        private JsonLinesFields jsonLinesFields;

        private Builder(final IngestConfig config) {
            bootstrapServers = config.bootstrapServers;
            inbox = config.inbox;
            processedDir = config.processedDir;
            errorDir = config.errorDir;
            minFileAge = config.minFileAge;
            rescanInterval = config.rescanInterval;
            maxFileBytes = config.maxFileBytes;
            transactionalId = config.transactionalId;
            claimTimeout = config.claimTimeout;
            maxFilesPerTransaction = config.maxFilesPerTransaction;
            clientProperties = config.clientProperties;
            maxItemBytes = config.maxItemBytes;
            jsonLinesFields = config.jsonLinesFields;
        }

        private IngestConfig build() {
            return new IngestConfig(
                    bootstrapServers,
                    inbox,
                    processedDir,
                    errorDir,
                    minFileAge,
                    rescanInterval,
                    maxFileBytes,
                    transactionalId,
                    claimTimeout,
                    maxFilesPerTransaction,
                    clientProperties,
                    maxItemBytes,
                    jsonLinesFields);
        }
    }

    /**
     * Producer settings: the user's pass-through properties win over our defaults, except {@code transactional.id},
     * which is always {@link #transactionalId()} — the one setting ingest's exactly-once guarantee is built on, so it
     * has exactly one source.
     */
    public Map<String, Object> producerProperties() {
        final Map<String, Object> props = new HashMap<>(clientProperties);
        props.putIfAbsent(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, transactionalId);
        props.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        props.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // a file's transaction takes well under a second; the transaction a crashed instance left open holds back
        // every read_committed reader (enrich, the ledger) until it times out, so don't let that be Kafka's 60 s
        props.putIfAbsent(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, DEFAULT_TRANSACTION_TIMEOUT_MS);
        return props;
    }

    /** Settings of the consumer that reads the ledger back; {@code IngestLedger} forces read_committed. */
    public Map<String, Object> ledgerConsumerProperties() {
        final Map<String, Object> props = new HashMap<>(clientProperties);
        props.putIfAbsent(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, transactionalId + "-ledger");
        // producer-only settings would only earn "unknown config" warnings here
        props.keySet()
                .removeIf(key -> key.startsWith("transactional.")
                        || key.startsWith("enable.idempotence")
                        || key.equals("acks")
                        || key.startsWith("linger.")
                        || key.startsWith("batch.")
                        || key.startsWith("compression."));
        return props;
    }

    private static Path absolute(final Path path, final String variable) {
        if (path == null) {
            throw new IllegalArgumentException(variable + " must name a directory");
        }
        return path.toAbsolutePath().normalize();
    }
}
