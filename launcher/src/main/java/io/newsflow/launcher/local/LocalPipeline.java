package io.newsflow.launcher.local;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.broker.TopicProvisioner;
import io.newsflow.contract.Topics;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.tagging.EntityTagger;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestListener;
import io.newsflow.ingest.IngestService;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkListener;
import io.newsflow.sink.SinkService;
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
    private static final Duration ENRICH_READY_TIMEOUT = Duration.ofSeconds(60);

    /** Where the local run keeps its files, and how its broker and topics are laid out. */
    public record Settings(Path inbox, Path outbox, Path dataDir, int kafkaPort, int partitions) {

        public Settings {
            if (partitions < 1) {
                throw new IllegalArgumentException("partitions must be >= 1, was " + partitions);
            }
            if (kafkaPort < 0 || kafkaPort > 65_535) {
                throw new IllegalArgumentException("kafka port must be in 0..65535 (0 = any free port), was " + kafkaPort);
            }
        }

        public Path processedDir() {
            return inbox.resolve("processed");
        }

        public Path errorDir() {
            return inbox.resolve("error");
        }
    }

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final Settings settings;
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
    public static LocalPipeline start(final Settings settings, final EntityTagger tagger,
            final IngestListener ingestListener, final SinkListener sinkListener) {
        return startWith(null, settings, tagger, ingestListener, sinkListener);
    }

    /** Like {@link #start}, but against a Kafka cluster that runs elsewhere ({@code bootstrapServers}). */
    public static LocalPipeline startAgainst(final String bootstrapServers, final Settings settings,
            final EntityTagger tagger, final IngestListener ingestListener, final SinkListener sinkListener) {
        return startWith(bootstrapServers, settings, tagger, ingestListener, sinkListener);
    }

    private static LocalPipeline startWith(final String externalBootstrap, final Settings settings,
            final EntityTagger tagger, final IngestListener ingestListener, final SinkListener sinkListener) {
        final LocalPipeline pipeline = new LocalPipeline(settings);
        try {
            pipeline.startAll(externalBootstrap, tagger, ingestListener, sinkListener);
            return pipeline;
        } catch (final RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    private void startAll(final String externalBootstrap, final EntityTagger tagger,
            final IngestListener ingestListener, final SinkListener sinkListener) {
        createDirectories();
        if (externalBootstrap == null) {
            broker = LocalKafkaBroker.start(settings.dataDir().resolve("kafka"), brokerPort(settings.kafkaPort()),
                    Map.of());
            running.push(broker);
            bootstrapServers = broker.bootstrapServers();
        } else {
            bootstrapServers = externalBootstrap;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            new TopicProvisioner(admin).ensure(Topics.ALL, settings.partitions(), (short) 1);
        }
        final String bootstrap = bootstrapServers;

        sink = new SinkService(SinkConfig.of(bootstrap, settings.outbox()), sinkListener).start();
        running.push(sink);

        enrich = new EnrichService(EnrichConfig.defaults(bootstrap).withStateDir(settings.dataDir().resolve("streams")),
                tagger);
        running.push(enrich);
        enrich.start();
        try {
            enrich.awaitRunning(ENRICH_READY_TIMEOUT);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for enrich to run", e);
        }

        ingest = new IngestService(IngestConfig.of(bootstrap, settings.inbox())
                .withProcessedDir(settings.processedDir())
                .withErrorDir(settings.errorDir()), ingestListener);
        running.push(ingest);
        ingest.start();
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Settings settings() {
        return settings;
    }

    /** True while every service runs; false once one of them stopped on an error. */
    public boolean isHealthy() {
        return ingest.isRunning() && enrich.isHealthy() && sink.isRunning();
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
