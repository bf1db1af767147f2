package io.newsflow.launcher.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.launcher.reliability.ChildJvm;
import io.newsflow.launcher.reliability.PipelineOutcome;
import io.newsflow.testsupport.Inbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every client of every command against a broker that wants authentication (SASL/PLAIN): the security settings come
 * from {@code KAFKA_*} environment variables, as docs/cluster.md shows, and reach the producers, consumers, Kafka
 * Streams and admin clients of {@code topics}, {@code ingest}, {@code enrich}, {@code sink} and {@code status}. The same
 * commands with a wrong password fail and say why.
 */
class SaslClientsIT {

    private static final Duration READY = Duration.ofMinutes(2);
    private static final String USER = "newsflow";
    private static final String PASSWORD = "newsflow-secret";
    private static final Pattern MONITORING = Pattern.compile("metrics and health on (http://\\S+/)metrics");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path work;

    private LocalKafkaBroker broker;
    private final List<ChildJvm> children = new ArrayList<>();

    @BeforeEach
    void startBroker() {
        broker = LocalKafkaBroker.startWithSaslPlain(work.resolve("kafka"), Map.of(USER, PASSWORD));
    }

    @AfterEach
    void stopAll() {
        children.forEach(ChildJvm::close);
        broker.close();
    }

    @Test
    void shouldCarryAnArticleThroughEveryServiceWithTheSecuritySettingsFromTheEnvironment() throws Exception {
        final Map<String, String> env = environment(PASSWORD);
        assertThat(command("topics", env, "topics", "create", "--partitions", "2", "--replication-factor", "1")
                        .start()
                        .awaitExit(READY))
                .as("newsflow topics create; see its log")
                .isZero();

        final Path inbox = work.resolve("inbox");
        final Path outbox = work.resolve("outbox");
        final ChildJvm sink = command("sink", env, "sink", "--outbox", outbox.toString(), "--http-port", "0")
                .start();
        final ChildJvm enrich = command(
                        "enrich",
                        env,
                        "enrich",
                        "--state-dir",
                        work.resolve("streams").toString(),
                        "--http-port",
                        "0")
                .start();
        final ChildJvm ingest = command("ingest", env, "ingest", "--inbox", inbox.toString(), "--http-port", "0")
                .start();
        enrich.awaitLog("enrich is RUNNING", 1, READY);

        try (var sample = SaslClientsIT.class.getResourceAsStream("/articles/rutte-odesa-visit.txt")) {
            new Inbox(inbox).drop("rutte-odesa-visit.txt", new String(sample.readAllBytes(), StandardCharsets.UTF_8));
        }
        await().atMost(READY).pollInterval(Duration.ofMillis(500)).until(() -> {
            children.forEach(child -> assertThat(child.diedOnItsOwn())
                    .as(child.name() + " exited; see " + child.log())
                    .isFalse());
            return PipelineOutcome.documents(outbox).size() == 1;
        });

        // each service's monitoring has Kafka clients of its own (broker reachability, lag): ready only if they log in
        for (final ChildJvm service : List.of(ingest, enrich, sink)) {
            final URI health = monitoringOf(service).resolve("health/ready");
            await().atMost(READY)
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(
                                    HTTP.send(HttpRequest.newBuilder(health).build(), BodyHandlers.ofString())
                                            .statusCode())
                            .as(service.name() + " " + health)
                            .isEqualTo(200));
        }

        final ChildJvm status = command(
                        "status",
                        env,
                        "status",
                        "--inbox",
                        inbox.toString(),
                        "--outbox",
                        outbox.toString(),
                        "rutte-odesa-visit.txt")
                .start();
        assertThat(status.awaitExit(READY)).as("newsflow status; see its log").isZero();
        assertThat(Files.readString(status.log(), StandardCharsets.UTF_8))
                .contains("rutte-odesa-visit.txt: stored")
                .contains("  published  ")
                .contains("  enriched   ");
    }

    @Test
    void shouldFailWithTheBrokersReasonWhenThePasswordIsWrong() throws Exception {
        final ChildJvm topics = command(
                        "topics",
                        environment("not-the-password"),
                        "topics",
                        "create",
                        "--partitions",
                        "2",
                        "--replication-factor",
                        "1")
                .start();

        assertThat(topics.awaitExit(READY)).isNotZero();
        assertThat(Files.readString(topics.log(), StandardCharsets.UTF_8)).contains("Authentication failed");
    }

    private static URI monitoringOf(final ChildJvm service) throws Exception {
        await().atMost(READY)
                .until(() -> MONITORING
                        .matcher(Files.readString(service.log(), StandardCharsets.UTF_8))
                        .find());
        final Matcher matcher = MONITORING.matcher(Files.readString(service.log(), StandardCharsets.UTF_8));
        assertThat(matcher.find()).isTrue();
        return URI.create(matcher.group(1));
    }

    private Map<String, String> environment(final String password) {
        final Map<String, String> env = new HashMap<>();
        env.put("NEWSFLOW_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        LocalKafkaBroker.saslPlainClient(USER, password)
                .forEach((key, value) ->
                        env.put("KAFKA_" + key.toUpperCase(Locale.ROOT).replace('.', '_'), value.toString()));
        return env;
    }

    private ChildJvm command(final String name, final Map<String, String> env, final String... args) {
        final ChildJvm child = new ChildJvm(name, work.resolve("logs"), env, "256m", args);
        children.add(child);
        return child;
    }
}
