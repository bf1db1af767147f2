package io.newsflow.launcher.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.contract.Topics;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.ingest.IngestListener;
import io.newsflow.ingest.parse.RejectReason;
import io.newsflow.launcher.local.LocalPipeline;
import io.newsflow.observability.Check;
import io.newsflow.observability.Health;
import io.newsflow.observability.HealthCheck;
import io.newsflow.observability.InboxGauges;
import io.newsflow.observability.KafkaWatch;
import io.newsflow.observability.MetricNames;
import io.newsflow.observability.ObservabilityServer;
import io.newsflow.observability.PipelineMetrics;
import io.newsflow.observability.Registries;
import io.newsflow.observability.StatusBoard;
import io.newsflow.observability.TopicTap;
import io.newsflow.sink.SinkListener;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Metrics, health and (in the all-in-one run) the status page of one process, wired to the services it runs. Made in
 * two steps because the listeners go into the services and the Kafka-facing parts need the running services:
 * create it, pass {@link #ingestListener}/{@link #sinkListener} to the services, start them, then {@code attach…} and
 * {@link #serve}. Closing it stops the HTTP server and everything it started.
 */
public final class Monitoring implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Monitoring.class);
    /** Consumer group that counts duplicates and dead letters (see {@link TopicTap}). */
    public static final String TAP_GROUP = "newsflow-monitor";

    private static final Duration KAFKA_LOOK_INTERVAL = Duration.ofSeconds(2);
    private static final Duration SAMPLE_INTERVAL = Duration.ofSeconds(2);

    private final PrometheusMeterRegistry registry = Registries.prometheus();
    private final Health health = new Health();
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final InboxGauges inbox;
    private final PipelineMetrics metrics;
    private final StatusBoard board;
    private KafkaWatch kafka;
    private ObservabilityServer server;

    private Monitoring(
            final Path inboxDir, final Path processedDir, final boolean statusPage, final Duration sampleInterval) {
        this.inbox = inboxDir == null ? null : new InboxGauges(inboxDir, Clock.systemUTC()).register(registry);
        this.board = statusPage
                ? new StatusBoard(registry, inbox, health, this::lag, Clock.systemUTC(), sampleInterval)
                : null;
        if (board != null) {
            started.push(board);
        }
        this.metrics = new PipelineMetrics(registry, processedDir, board);
        if (processedDir != null) {
            // ingest runs here: every reason it can quarantine a file for has its series from the start
            metrics.expectQuarantineReasons(
                    Arrays.stream(RejectReason.values()).map(Enum::name).toList());
        }
        Gauge.builder(MetricNames.READY, health, h -> h.readiness().ok() ? 1 : 0)
                .description("1 when every readiness check passes (GET /health answers 200), else 0")
                .register(registry);
    }

    /** For {@code newsflow run}: every meter, and the status page. */
    public static Monitoring forLocalRun(final LocalPipeline.Settings settings) {
        return forLocalRun(settings, SAMPLE_INTERVAL);
    }

    /** Like {@link #forLocalRun(LocalPipeline.Settings)}, sampling the throughput chart every {@code sampleInterval}. */
    public static Monitoring forLocalRun(final LocalPipeline.Settings settings, final Duration sampleInterval) {
        return new Monitoring(settings.inbox(), settings.processedDir(), true, sampleInterval);
    }

    /** For one service alone: {@code inbox}/{@code processedDir} only for ingest (else null); no status page. */
    public static Monitoring forService(final Path inbox, final Path processedDir) {
        return new Monitoring(inbox, processedDir, false, SAMPLE_INTERVAL);
    }

    public IngestListener ingestListener(final IngestListener other) {
        return Listeners.ingest(other, MetricsListeners.ingest(metrics));
    }

    public SinkListener sinkListener(final SinkListener other) {
        return Listeners.sink(other, MetricsListeners.sink(metrics));
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public Health health() {
        return health;
    }

    /** Everything the all-in-one run has: its three services, lag of enrich and the sink, duplicate counting. */
    public Monitoring attachTo(final LocalPipeline pipeline) {
        final Map<String, Object> client =
                Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, pipeline.bootstrapServers());
        health.live(Health.running("ingest", () -> pipeline.ingest().isRunning()))
                .live(Health.running("enrich", () -> pipeline.enrich().isHealthy()))
                .live(Health.running("sink", () -> pipeline.sink().isRunning()))
                .ready(Health.streamsRunning(
                        "enrich-streams", () -> pipeline.enrich().state()))
                .ready(outboxWritable(pipeline.settings().outbox()));
        watchKafka(
                client,
                Map.of(
                        EnrichConfig.DEFAULT_APPLICATION_ID,
                        Topics.PARAGRAPHS.name(),
                        "newsflow-sink",
                        Topics.ARTICLES.name()));
        bindStreams(pipeline.enrich().streams());
        tap(client);
        return this;
    }

    /**
     * Watches the broker and these groups' lag (group → the topic it reads) with an admin client made from
     * {@code clientProperties}.
     */
    public Monitoring watchKafka(final Map<String, Object> clientProperties, final Map<String, String> groups) {
        kafka = new KafkaWatch(Admin.create(new HashMap<>(clientProperties)), groups, KAFKA_LOOK_INTERVAL, registry)
                .start();
        started.push(kafka);
        health.ready(kafka.brokerReachable());
        return this;
    }

    /** Kafka Streams' own metrics (and its clients': consumer lag, producer, state stores) as Micrometer meters. */
    public Monitoring bindStreams(final KafkaStreams streams) {
        final KafkaStreamsMetrics binder = new KafkaStreamsMetrics(streams);
        binder.bindTo(registry);
        started.push(binder);
        return this;
    }

    /** Counts duplicates and dead letters from their topics, in consumer group {@value #TAP_GROUP}. */
    public Monitoring tap(final Map<String, Object> clientProperties) {
        final TopicTap tap = new TopicTap(clientProperties, TAP_GROUP, registry).start();
        started.push(tap);
        return this;
    }

    /** Starts serving on {@code address}; with {@code anyPortIfTaken}, a taken port falls back to a free one. */
    public URI serve(final InetSocketAddress address, final boolean anyPortIfTaken) {
        server = anyPortIfTaken
                ? ObservabilityServer.startOrAnyPort(address, registry, health, board)
                : ObservabilityServer.start(address, registry, health, board);
        started.push(server);
        return server.baseUri();
    }

    /**
     * Readiness: the outbox is a writable directory, or does not exist yet and its nearest existing parent is one (the
     * sink creates it on its first write).
     */
    public static HealthCheck outboxWritable(final Path outbox) {
        return () -> {
            final Path absolute = outbox.toAbsolutePath();
            if (Files.isDirectory(absolute)) {
                return Files.isWritable(absolute)
                        ? Check.pass("outbox", "outbox " + absolute + " is writable")
                        : Check.fail("outbox", "outbox unwritable: " + absolute + " (no write permission)");
            }
            if (Files.exists(absolute)) {
                return Check.fail("outbox", "outbox unwritable: " + absolute + " is not a directory");
            }
            Path parent = absolute.getParent();
            while (parent != null && !Files.exists(parent)) {
                parent = parent.getParent();
            }
            return parent != null && Files.isDirectory(parent) && Files.isWritable(parent)
                    ? Check.pass("outbox", "outbox " + absolute + " will be created on the first write")
                    : Check.fail("outbox", "outbox unwritable: " + absolute + " cannot be created under " + parent);
        };
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            final AutoCloseable part = started.pop();
            try {
                part.close();
            } catch (final Exception e) {
                LOG.warn("{} did not stop cleanly", part.getClass().getSimpleName(), e);
            }
        }
        registry.close();
    }

    private Map<String, Map<String, Long>> lag() {
        return kafka == null ? Map.of() : kafka.lag();
    }
}
