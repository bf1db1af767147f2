package io.newsflow.launcher.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.benchmarks.corpus.ArticleGenerator;
import io.newsflow.broker.KraftProperties;
import io.newsflow.contract.DuplicateReason;
import io.newsflow.contract.Json;
import io.newsflow.contract.Topics;
import io.newsflow.ingest.IngestListener;
import io.newsflow.ingest.parse.RejectReason;
import io.newsflow.launcher.Taggers;
import io.newsflow.launcher.local.LocalPipeline;
import io.newsflow.sink.SinkListener;
import io.newsflow.testsupport.Inbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitoring files checked against the real thing: a real Prometheus (the Debian package's binary) scrapes a real
 * local pipeline's {@code /metrics} every second while articles, a rejected file, a re-drop and a poison record go
 * through; then every PromQL expression of the Grafana dashboard and every alert rule is evaluated through Prometheus'
 * HTTP API. Panels must return data; rules must be valid and healthy, and the dead-letter alert must fire. promtool
 * checks the configs, the rules, the rule unit tests and the live scrape. Prometheus keeps its storage under
 * {@code target/}. Fails, not skips, when prometheus or promtool is missing: {@code .ci/run} installs them.
 */
class PrometheusMonitoringIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration ARRIVAL = Duration.ofSeconds(90);
    private static final int GENERATED = 6;

    @TempDir
    static Path work;

    static Path promtool;
    static Path monitoring;
    static LocalPipeline pipeline;
    static Monitoring monitor;
    static URI app;
    static URI prometheusUri;
    static Process prometheus;
    /** The scrape as it is before any file or record: what a dashboard sees right after a start. */
    static String firstScrape;

    @BeforeAll
    static void start() throws Exception {
        promtool = MonitoringFiles.executable("promtool", "prometheus");
        final Path prometheusBinary = MonitoringFiles.executable("prometheus", "prometheus");
        monitoring = MonitoringFiles.monitoringDir();

        final LocalPipeline.Settings settings =
                new LocalPipeline.Settings(work.resolve("inbox"), work.resolve("outbox"), work.resolve("data"), 0, 2);
        monitor = Monitoring.forLocalRun(settings, Duration.ofMillis(500));
        pipeline = LocalPipeline.start(
                settings,
                Taggers.builtIn(),
                monitor.ingestListener(IngestListener.NONE),
                monitor.sinkListener(SinkListener.NONE));
        monitor.attachTo(pipeline);
        app = monitor.serve(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), false);
        firstScrape = get(app.resolve("metrics")).body();

        final int prometheusPort = KraftProperties.freePort();
        final Path config = work.resolve("prometheus.yml");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "global:",
                        "  scrape_interval: 1s",
                        "  evaluation_interval: 1s",
                        "rule_files:",
                        "  - " + monitoring.resolve("prometheus/alerts.yml").toAbsolutePath(),
                        "scrape_configs:",
                        "  - job_name: newsflow",
                        "    static_configs:",
                        "      - targets: [\"localhost:" + app.getPort() + "\"]",
                        "        labels:",
                        "          service: all-in-one",
                        ""),
                StandardCharsets.UTF_8);
        prometheus = new ProcessBuilder(
                        prometheusBinary.toString(),
                        "--config.file=" + config,
                        "--storage.tsdb.path=" + work.resolve("prometheus-data"),
                        "--web.listen-address=127.0.0.1:" + prometheusPort,
                        "--log.level=warn")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("prometheus.log").toFile())
                .start();
        prometheusUri = URI.create("http://127.0.0.1:" + prometheusPort + "/");
        await("Prometheus ready (log: " + work.resolve("prometheus.log") + ")")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> {
                    assertThat(prometheus.isAlive())
                            .as("prometheus process alive")
                            .isTrue();
                    return get(prometheusUri.resolve("-/ready")).statusCode() == 200;
                });
        // counters must be seen at 0 before anything happens, else increase() cannot see them grow
        await("first scrape")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> query("newsflow_dead_letters_total")
                                .path("data")
                                .path("result")
                                .size()
                        > 0);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (prometheus != null) {
            prometheus.destroy();
            if (!prometheus.waitFor(20, TimeUnit.SECONDS)) {
                prometheus.destroyForcibly();
            }
        }
        if (monitor != null) {
            monitor.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void shouldPassPromtoolChecksOfTheConfigsRulesAndRuleUnitTests() {
        final Path prom = monitoring.resolve("prometheus");
        assertThat(promtool("check", "config", prom.resolve("prometheus.yml").toString()))
                .contains("SUCCESS");
        assertThat(promtool(
                        "check", "config", prom.resolve("prometheus-local.yml").toString()))
                .contains("SUCCESS");
        assertThat(promtool("check", "config", work.resolve("prometheus.yml").toString()))
                .contains("SUCCESS");
        assertThat(promtool("check", "rules", prom.resolve("alerts.yml").toString()))
                .contains("SUCCESS: 6 rules");
        assertThat(promtool("test", "rules", prom.resolve("alerts_test.yml").toString()))
                .contains("SUCCESS");
    }

    @Test
    void shouldServeMetricsThatPromtoolAccepts() throws Exception {
        final HttpResponse<String> scrape = get(app.resolve("metrics"));
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
        assertThat(scrape.body())
                .contains(
                        "newsflow_files_published_total",
                        "newsflow_inbox_backlog_files",
                        "newsflow_inbox_oldest_file_age_seconds",
                        "newsflow_drop_to_stored_seconds_bucket",
                        "newsflow_sink_write_seconds_bucket",
                        "newsflow_ready",
                        "newsflow_duplicates_total",
                        "newsflow_dead_letters_total",
                        "newsflow_entities_total",
                        "kafka_stream_");
        final Process check = new ProcessBuilder(promtool.toString(), "check", "metrics")
                .redirectErrorStream(true)
                .start();
        check.getOutputStream().write(scrape.body().getBytes(StandardCharsets.UTF_8));
        check.getOutputStream().close();
        final String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        // promtool exits non-zero on lint notes too: none at all, Kafka's binder metrics and the JVM's included
        assertThat(out.lines().filter(line -> !line.isBlank()).toList())
                .as("promtool check metrics said:%n%s", out)
                .isEmpty();
        assertThat(check.exitValue()).isZero();
    }

    @Test
    void shouldExportEveryKnownLabelValueAtZeroBeforeTheFirstEvent() {
        for (final RejectReason reason : RejectReason.values()) {
            assertThat(firstScrape).contains("newsflow_files_quarantined_total{reason=\"" + reason + "\"} 0.0");
        }
        for (final DuplicateReason reason : DuplicateReason.values()) {
            assertThat(firstScrape).contains("newsflow_duplicates_total{reason=\"" + reason + "\"} 0.0");
        }
        assertThat(firstScrape)
                .contains(
                        "newsflow_consumer_lag_records{group=\"newsflow-enrich\",topic=\"news-paragraphs\"} 0.0",
                        "newsflow_consumer_lag_records{group=\"newsflow-sink\",topic=\"news-articles\"} 0.0",
                        "newsflow_dead_letters_total{topic=\"news-paragraphs\"} 0.0",
                        "newsflow_dead_letters_total{topic=\"news-articles\"} 0.0",
                        "newsflow_files_seen_total{outcome=\"quarantined\"} 0.0",
                        "newsflow_entities_total{type=\"PERSON\"} 0.0");
    }

    @Test
    void shouldAnswerEveryDashboardQueryAndEvaluateEveryAlertRuleWhileArticlesFlow() throws Exception {
        processArticles();

        final JsonNode dashboard = Json.MAPPER.readTree(
                monitoring.resolve("grafana/dashboards/newsflow.json").toFile());
        final List<String> expressions = new ArrayList<>();
        for (final JsonNode panel : dashboard.path("panels")) {
            for (final JsonNode target : panel.path("targets")) {
                expressions.add(target.path("expr").asText());
            }
        }
        assertThat(expressions).hasSizeGreaterThanOrEqualTo(19);
        for (final String expr : expressions) {
            await("dashboard query returns data: " + expr)
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> {
                        final JsonNode answer = query(expr);
                        assertThat(answer.path("status").asText())
                                .as("%s: %s", expr, answer)
                                .isEqualTo("success");
                        assertThat(answer.path("data").path("result"))
                                .as("result of %s", expr)
                                .isNotEmpty();
                    });
        }

        // every alert rule is valid PromQL, loaded and evaluated without error
        final JsonNode groups = Json.MAPPER
                .readTree(get(prometheusUri.resolve("api/v1/rules")).body())
                .path("data")
                .path("groups");
        final List<JsonNode> rules = new ArrayList<>();
        groups.forEach(g -> g.path("rules").forEach(rules::add));
        assertThat(rules).hasSize(6);
        for (final JsonNode rule : rules) {
            final String expr = rule.path("query").asText();
            assertThat(query(expr).path("status").asText())
                    .as("alert rule %s", rule.path("name"))
                    .isEqualTo("success");
        }
        await("every rule evaluated without error")
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> {
                    final JsonNode fresh = Json.MAPPER.readTree(
                            get(prometheusUri.resolve("api/v1/rules")).body());
                    fresh.path("data")
                            .path("groups")
                            .forEach(g -> g.path("rules").forEach(r -> {
                                assertThat(r.path("health").asText())
                                        .as("health of %s: %s", r.path("name"), r.path("lastError"))
                                        .isEqualTo("ok");
                            }));
                });
        // the poison record went to news-dlq: the dead-letter alert fires (it has no "for"), the service-down one not
        await("NewsflowDeadLetters firing").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            final JsonNode alerts = Json.MAPPER
                    .readTree(get(prometheusUri.resolve("api/v1/alerts")).body())
                    .path("data")
                    .path("alerts");
            final List<String> firing = new ArrayList<>();
            alerts.forEach(a -> firing.add(a.path("labels").path("alertname").asText() + "/"
                    + a.path("state").asText()));
            assertThat(firing)
                    .as(() -> "alerts " + alerts + "; dead letters in Prometheus: "
                            + queryQuietly("newsflow_dead_letters_total") + "; rule: "
                            + queryQuietly(
                                    "sum without (instance, service) (increase(newsflow_dead_letters_total[10m]))"))
                    .contains("NewsflowDeadLetters/firing")
                    .doesNotContain("NewsflowServiceDown/firing");
        });
    }

    private static void processArticles() throws Exception {
        final Path inbox = pipeline.settings().inbox();
        final ArticleGenerator generator = new ArticleGenerator(5);
        for (int i = 0; i < GENERATED; i++) {
            final ArticleGenerator.GeneratedArticle article = generator.article(i, 6);
            drop(inbox, article.fileName(), article.text().getBytes(StandardCharsets.UTF_8));
        }
        final byte[] sample = resource("/articles/rutte-odesa-visit.txt");
        drop(inbox, "rutte-odesa-visit.txt", sample);
        drop(inbox, "photo.txt", new byte[] {'G', 'I', 'F', 0, 1, 2, 0, 3});
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.bootstrapServers()),
                new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.PARAGRAPHS.name(), bytes("poison"), bytes("{not json")))
                    .get();
        }
        final Path outbox = pipeline.settings().outbox();
        await("all articles written").atMost(ARRIVAL).until(() -> documents(outbox) == GENERATED + 1);
        // the same content again, under another name: already ingested, nothing published
        drop(inbox, "copy of rutte.txt", sample);
        await("re-drop settled")
                .atMost(ARRIVAL)
                .until(() -> Files.exists(pipeline.settings().processedDir().resolve("copy of rutte.txt")));
        // what the pipeline did, as its own meters count it (the status page shows the same registry)
        await("meters count what happened").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            final JsonNode counts =
                    Json.MAPPER.readTree(get(app.resolve("api/status")).body()).path("counts");
            assertThat(counts.path("filesPublished").asDouble())
                    .as("%s", counts)
                    .isEqualTo(GENERATED + 1);
            assertThat(counts.path("articlesWritten").asDouble())
                    .as("%s", counts)
                    .isEqualTo(GENERATED + 1);
            assertThat(counts.path("filesQuarantined").asDouble())
                    .as("%s", counts)
                    .isEqualTo(1);
            assertThat(counts.path("filesAlreadyIngested").asDouble())
                    .as("%s", counts)
                    .isEqualTo(1);
            assertThat(counts.path("filesSeen").asDouble()).as("%s", counts).isEqualTo(GENERATED + 3);
            // the sample repeats its headline at the end: enrich drops it as REPEATED_HEADLINE
            assertThat(counts.path("duplicates").asDouble()).as("%s", counts).isGreaterThanOrEqualTo(1);
            assertThat(counts.path("deadLetters").asDouble()).as("%s", counts).isEqualTo(1);
        });
    }

    private static long documents(final Path outbox) throws IOException {
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .count();
        }
    }

    private static void drop(final Path inbox, final String name, final byte[] content) {
        new Inbox(inbox).drop(name, content);
    }

    private static JsonNode query(final String expr) throws IOException, InterruptedException {
        final URI uri = prometheusUri.resolve("api/v1/query?query=" + URLEncoder.encode(expr, StandardCharsets.UTF_8));
        return Json.MAPPER.readTree(get(uri).body());
    }

    private static String queryQuietly(final String expr) {
        try {
            return query(expr).toString();
        } catch (final IOException | InterruptedException e) {
            return e.toString();
        }
    }

    static HttpResponse<String> get(final URI uri) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String promtool(final String... args) {
        final List<String> command = new ArrayList<>();
        command.add(promtool.toString());
        command.addAll(List.of(args));
        try {
            final Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            final String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return fail("promtool " + String.join(" ", args) + " did not finish in 60 s");
            }
            assertThat(process.exitValue())
                    .as("promtool %s said:%n%s", String.join(" ", args), out)
                    .isZero();
            return out;
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    private static byte[] resource(final String path) throws IOException {
        try (InputStream in = PrometheusMonitoringIT.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
