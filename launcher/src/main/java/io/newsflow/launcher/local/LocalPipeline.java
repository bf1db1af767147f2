package io.newsflow.launcher.local;

import io.newsflow.broker.HangingTransactions;
import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.broker.TopicProvisioner;
import io.newsflow.contract.Topics;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.story.StorySettings;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestListener;
import io.newsflow.ingest.IngestService;
import io.newsflow.postgres.EmbeddedPostgresServer;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkListener;
import io.newsflow.sink.SinkService;
import io.newsflow.sink.postgres.PostgresConfig;
import io.newsflow.sink.postgres.PostgresSink;
import io.newsflow.tagger.EntityTagger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline in one JVM: a real Kafka broker (KRaft, state under {@code dataDir/kafka}, so a restart resumes),
 * the topics, and ingest, enrich and sink wired to it. {@code newsflow run} and the end-to-end tests both start it here.
 *
 * <p>Started downstream first (sink, then enrich until RUNNING, then ingest), so nothing is produced before its
 * reader is ready; closed upstream first, so every stage can finish what the stage before it committed.
 */
public final class LocalPipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalPipeline.class);
    /**
     * After a crash enrich first restores its stores from their changelogs (under exactly-once a store without a clean
     * checkpoint is rebuilt), which on a busy machine took more than a minute in the crash tests; giving up then would
     * turn a crash into an outage.
     */
    private static final Duration ENRICH_READY_TIMEOUT = Duration.ofMinutes(5);
    /** Longer than any of the pipeline's transaction timeouts (enrich 10 s, ingest 20 s) plus the 10 s expiry check. */
    /**
     * After a crash (kill -9, power loss) the group still holds the dead run's members until their session times out;
     * the restarted run's enrich cannot get its tasks before that. Kafka's 45 s default made a restart after a crash
     * take about a minute, close to the start timeout; one local process needs no such patience.
     */
    private static final Map<String, Object> QUICK_REJOIN =
            Map.of("session.timeout.ms", 10_000, "heartbeat.interval.ms", 3_000);

    /** Where the local run keeps its files, and how its broker and topics are laid out. */
    public record Settings(
            Path inbox, Path outbox, Path dataDir, int kafkaPort, int partitions, Set<String> tagLanguages) {

        /** Settings that tag English articles only ({@code NEWSFLOW_TAG_LANGUAGES}' default). */
        public Settings(
                final Path inbox, final Path outbox, final Path dataDir, final int kafkaPort, final int partitions) {
            this(inbox, outbox, dataDir, kafkaPort, partitions, EnrichConfig.DEFAULT_TAG_LANGUAGES);
        }

        public Settings {
            tagLanguages = Set.copyOf(tagLanguages);
            if (partitions < 1) {
                throw new IllegalArgumentException("partitions must be >= 1, was " + partitions);
            }
            if (kafkaPort < 0 || kafkaPort > 65_535) {
                throw new IllegalArgumentException(
                        "kafka port must be in 0..65535 (0 = any free port), was " + kafkaPort);
            }
        }

        public Path processedDir() {
            return inbox.resolve("processed");
        }

        public Path errorDir() {
            return inbox.resolve("error");
        }
    }

    /**
     * Whether the PostgreSQL sink runs beside the file sink: not at all, on an embedded server whose data lives in
     * {@code dataDir/postgres} (on {@code port}, or a free one when it is taken), or on an existing server.
     */
    public record Postgres(boolean embedded, int port, PostgresConfig external) {

        public static Postgres none() {
            return new Postgres(false, 0, null);
        }

        public static Postgres embedded(final int port) {
            return new Postgres(true, port, null);
        }

        public static Postgres external(final PostgresConfig config) {
            return new Postgres(false, 0, config);
        }

        boolean enabled() {
            return embedded || external != null;
        }
    }

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final Settings settings;
    private Postgres postgres = Postgres.none();
    private StorySettings stories = StorySettings.DEFAULTS;
    private EmbeddedPostgresServer embeddedPostgres;
    private PostgresSink postgresSink;
    private LocalKafkaBroker broker;
    private String bootstrapServers;
    private IngestService ingest;
    private EnrichService enrich;
    private SinkService sink;

    private LocalPipeline(final Settings settings) {
        this.settings = settings;
    }

    /**
     * Starts the local broker and every service, and returns once ingest watches the inbox; on failure, stops what had
     * started.
     */
    public static LocalPipeline start(
            final Settings settings,
            final EntityTagger tagger,
            final IngestListener ingestListener,
            final SinkListener sinkListener) {
        return startWith(null, settings, tagger, ingestListener, sinkListener);
    }

    /** Like {@link #start}, with the PostgreSQL sink as {@code postgres} says. */
    public static LocalPipeline start(
            final Settings settings,
            final Postgres postgres,
            final EntityTagger tagger,
            final IngestListener ingestListener,
            final SinkListener sinkListener) {
        return start(settings, postgres, StorySettings.DEFAULTS, tagger, ingestListener, sinkListener);
    }

    /** Like {@link #start}, with the PostgreSQL sink as {@code postgres} says and enrich's near-duplicate settings. */
    public static LocalPipeline start(
            final Settings settings,
            final Postgres postgres,
            final StorySettings stories,
            final EntityTagger tagger,
            final IngestListener ingestListener,
            final SinkListener sinkListener) {
        final LocalPipeline pipeline = new LocalPipeline(settings);
        pipeline.postgres = postgres;
        pipeline.stories = stories;
        return pipeline.startOrClose(null, tagger, ingestListener, sinkListener);
    }

    /** Like {@link #start}, but against a Kafka cluster that runs elsewhere ({@code bootstrapServers}). */
    public static LocalPipeline startAgainst(
            final String bootstrapServers,
            final Settings settings,
            final EntityTagger tagger,
            final IngestListener ingestListener,
            final SinkListener sinkListener) {
        return startWith(bootstrapServers, settings, tagger, ingestListener, sinkListener);
    }

    private static LocalPipeline startWith(
            final String externalBootstrap,
            final Settings settings,
            final EntityTagger tagger,
            final IngestListener ingestListener,
            final SinkListener sinkListener) {
        return new LocalPipeline(settings).startOrClose(externalBootstrap, tagger, ingestListener, sinkListener);
    }

    private LocalPipeline startOrClose(
            final String externalBootstrap,
            final EntityTagger tagger,
            final IngestListener ingestListener,
            final SinkListener sinkListener) {
        try {
            startAll(externalBootstrap, tagger, ingestListener, sinkListener);
            return this;
        } catch (final RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startAll(
            final String externalBootstrap,
            final EntityTagger tagger,
            final IngestListener ingestListener,
            final SinkListener sinkListener) {
        createDirectories();
        if (externalBootstrap == null) {
            broker = LocalKafkaBroker.start(
                    settings.dataDir().resolve("kafka"), brokerPort(settings.kafkaPort()), Map.of());
            running.push(broker);
            bootstrapServers = broker.bootstrapServers();
        } else {
            bootstrapServers = externalBootstrap;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            new TopicProvisioner(admin).ensure(Topics.ALL, settings.partitions(), (short) 1);
            if (broker != null) {
                // a transaction left hanging by a killed run would stall readers for good; off the start path,
                // since the check waits for the coordinator to settle what it still knows
                HangingTransactions.endLater(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
            }
        }
        final String bootstrap = bootstrapServers;

        sink = new SinkService(
                        SinkConfig.of(bootstrap, settings.outbox()).withClientProperties(QUICK_REJOIN), sinkListener)
                .start();
        running.push(sink);
        if (postgres.enabled()) {
            startPostgresSink(bootstrap, sinkListener);
        }

        enrich = new EnrichService(
                EnrichConfig.defaults(bootstrap)
                        .withStateDir(settings.dataDir().resolve("streams"))
                        .withTagLanguages(settings.tagLanguages())
                        .withStories(stories)
                        .withClientProperties(QUICK_REJOIN),
                tagger);
        running.push(enrich);
        enrich.start();
        try {
            enrich.awaitRunning(ENRICH_READY_TIMEOUT);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for enrich to run", e);
        }

        ingest = new IngestService(
                IngestConfig.of(bootstrap, settings.inbox())
                        .withProcessedDir(settings.processedDir())
                        .withErrorDir(settings.errorDir()),
                ingestListener);
        running.push(ingest);
        ingest.start();
    }

    private void startPostgresSink(final String bootstrap, final SinkListener sinkListener) {
        final PostgresConfig database;
        if (postgres.embedded()) {
            embeddedPostgres = EmbeddedPostgresServer.start(settings.dataDir().resolve("postgres"), postgres.port());
            running.push(embeddedPostgres);
            database = PostgresConfig.of(embeddedPostgres.jdbcUrl(), EmbeddedPostgresServer.USER, null);
        } else {
            database = postgres.external();
        }
        postgresSink = new PostgresSink(SinkConfig.of(bootstrap, settings.outbox()), database, sinkListener).start();
        running.push(postgresSink);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The embedded PostgreSQL server, or null when none was asked for. */
    public EmbeddedPostgresServer embeddedPostgres() {
        return embeddedPostgres;
    }

    /** The PostgreSQL sink, or null when it does not run. */
    public PostgresSink postgresSink() {
        return postgresSink;
    }

    public Settings settings() {
        return settings;
    }

    /** The running services, for metrics and health checks. */
    public IngestService ingest() {
        return ingest;
    }

    public EnrichService enrich() {
        return enrich;
    }

    public SinkService sink() {
        return sink;
    }

    /** True while every service runs; false once one of them stopped on an error. */
    public boolean isHealthy() {
        return ingest.isRunning()
                && enrich.isHealthy()
                && sink.isRunning()
                && (postgresSink == null || postgresSink.isRunning());
    }

    @Override
    public void close() {
        while (!running.isEmpty()) {
            final AutoCloseable service = running.pop();
            try {
                service.close();
            } catch (final Exception e) {
                LOG.error("{} did not stop cleanly", service.getClass().getSimpleName(), e);
            }
        }
    }

    private void createDirectories() {
        for (final Path dir : new Path[] {settings.inbox(), settings.outbox(), settings.dataDir()}) {
            try {
                Files.createDirectories(dir);
            } catch (final IOException e) {
                throw new UncheckedIOException("Cannot create directory " + dir.toAbsolutePath(), e);
            }
        }
    }

    /** The requested port when it is free, else any free port: a second local run must not fail on 9092. */
    private static int brokerPort(final int requested) {
        if (requested == 0) {
            return 0;
        }
        try (ServerSocket probe = new ServerSocket(requested, 1, InetAddress.getLoopbackAddress())) {
            return requested;
        } catch (final IOException e) {
            LOG.warn("Port {} is taken; the local Kafka broker uses a free port instead", requested);
            return 0;
        }
    }
}
