package io.newsflow.launcher.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.benchmarks.corpus.ArticleGenerator;
import io.newsflow.benchmarks.corpus.ArticleGenerator.GeneratedArticle;
import io.newsflow.broker.KraftProperties;
import io.newsflow.testsupport.Inbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exactly once through crashes: the services run as separate JVMs (and the broker too), are killed with {@code kill -9}
 * at seeded random moments while generated articles are dropped, and are started again; the broker is stopped and
 * restarted once cleanly and once with {@code kill -9}. A child that exits on its own (e.g. enrich giving up while the
 * broker is away) is restarted, as a process supervisor would. At the end the outbox holds exactly one document per
 * article, each equal to a clean run's apart from timings, and the topics show nothing published twice. The same for
 * the all-in-one {@code newsflow run}.
 *
 * <p>Size: {@code -Dnewsflow.crash.articles} (default 300) articles; {@code -Dnewsflow.crash.seed} changes the
 * moments and the corpus; {@code -Dnewsflow.crash.kills} (default 3) how often the all-in-one run is killed.
 */
class CrashRecoveryIT {

    private static final Logger LOG = LoggerFactory.getLogger(CrashRecoveryIT.class);
    private static final int ARTICLES = Integer.getInteger("newsflow.crash.articles", 300);
    private static final long SEED = Long.getLong("newsflow.crash.seed", 20_261_127L);
    private static final int ALL_IN_ONE_KILLS = Integer.getInteger("newsflow.crash.kills", 3);
    private static final Duration READY = Duration.ofMinutes(5);
    private static final Duration SETTLE = Duration.ofMinutes(5);

    // kept when a test fails: the broker's data and the inbox explain a loss
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path work;

    private final List<ChildJvm> children = new ArrayList<>();
    private int selfExits;

    @AfterEach
    void killEveryChildAndKeepTheirLogs(final TestInfo test) throws IOException {
        children.forEach(ChildJvm::close);
        // the temp directory goes; the children's logs stay for whoever must explain a failure
        final Path kept = Path.of(
                "target", "reliability-logs", test.getTestMethod().orElseThrow().getName());
        Files.createDirectories(kept);
        for (final ChildJvm child : children) {
            if (Files.exists(child.log())) {
                Files.copy(child.log(), kept.resolve(child.log().getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void shouldDeliverEveryArticleExactlyOnceWhileServicesAndBrokerAreKilled() throws Exception {
        final List<GeneratedArticle> corpus = corpus(SEED);
        final Map<String, JsonNode> expected = CleanRun.documents(corpus, work.resolve("clean-run"));
        assertThat(expected).hasSize(ARTICLES);

        final int port = KraftProperties.freePort();
        final String bootstrap = "localhost:" + port;
        final Path inbox = work.resolve("inbox");
        final Path outbox = work.resolve("outbox");
        final Path logs = work.resolve("logs");
        final Map<String, String> fastFailover = Map.of(
                // a killed member must leave its group quickly for the restarted one to get its partitions
                "KAFKA_SESSION_TIMEOUT_MS", "6000",
                "KAFKA_HEARTBEAT_INTERVAL_MS", "1500",
                "NEWSFLOW_RESCAN_INTERVAL_MS", "300");
        final ChildJvm broker = child(new ChildJvm(
                "broker",
                logs,
                Map.of(),
                "640m",
                "broker",
                "--data-dir",
                work.resolve("kafka").toString(),
                "--port",
                Integer.toString(port)));
        final ChildJvm sink = child(new ChildJvm(
                "sink",
                logs,
                fastFailover,
                "256m",
                "sink",
                "--bootstrap-servers",
                bootstrap,
                "--outbox",
                outbox.toString(),
                "--group-id",
                "crash-sink"));
        final ChildJvm enrich = child(new ChildJvm(
                "enrich",
                logs,
                fastFailover,
                "512m",
                "enrich",
                "--bootstrap-servers",
                bootstrap,
                "--state-dir",
                work.resolve("streams").toString(),
                "--application-id",
                "crash-enrich"));
        final ChildJvm ingest = child(new ChildJvm(
                "ingest",
                logs,
                fastFailover,
                "256m",
                "ingest",
                "--bootstrap-servers",
                bootstrap,
                "--inbox",
                inbox.toString(),
                "--transactional-id",
                "crash-ingest"));

        broker.start().awaitLog("broker is ready: ", 1, READY);
        sink.start();
        enrich.start().awaitLog("enrich is RUNNING", 1, READY);
        ingest.start();

        final Random random = new Random(SEED);
        final List<String> actions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            actions.addAll(List.of("ingest", "enrich", "sink"));
        }
        actions.addAll(List.of("broker-stop", "broker-kill"));
        Collections.shuffle(actions, random);
        final List<List<GeneratedArticle>> batches = batches(corpus, actions.size() + 1);

        drop(inbox, batches.get(0));
        for (int round = 0; round < actions.size(); round++) {
            sleepSupervising(Duration.ofMillis(300 + random.nextInt(2_500)), broker, sink, enrich, ingest);
            final String action = actions.get(round);
            LOG.info("round {}: {}", round, action);
            switch (action) {
                case "broker-stop" -> {
                    // 143 = 128 + SIGTERM: the JVM's own code for a signalled shutdown, after the hook closed the
                    // broker
                    assertThat(broker.stop(Duration.ofSeconds(60)))
                            .as("broker exit code after SIGTERM")
                            .isIn(0, 143);
                    broker.awaitLog("broker stopped", 1, Duration.ofSeconds(5));
                    broker.start().awaitLog("broker is ready: ", broker.starts(), READY);
                }
                case "broker-kill" -> {
                    broker.kill();
                    broker.start().awaitLog("broker is ready: ", broker.starts(), READY);
                }
                default -> {
                    final ChildJvm victim = Stream.of(sink, enrich, ingest)
                            .filter(c -> c.name().equals(action))
                            .findFirst()
                            .orElseThrow();
                    victim.kill();
                    sleepSupervising(Duration.ofMillis(random.nextInt(1_000)), broker, sink, enrich, ingest);
                    if (!victim.isAlive()) {
                        victim.start();
                    }
                }
            }
            drop(inbox, batches.get(round + 1));
        }

        final long settleStarted = System.nanoTime();
        await().atMost(SETTLE).pollInterval(Duration.ofMillis(500)).until(() -> {
            superviseAll(broker, sink, enrich, ingest);
            return PipelineOutcome.documents(outbox).size() >= ARTICLES;
        });
        LOG.info(
                "crash run: {} articles, {} kills, {} restarts after self-exit; settled {} s after the last crash",
                ARTICLES,
                actions.size(),
                selfExits,
                (System.nanoTime() - settleStarted) / 1_000_000_000);
        // the sink may still be writing a redelivered batch: let it finish, then nothing more may appear
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(20))
                .until(() -> PipelineOutcome.documents(outbox).size() == ARTICLES);

        PipelineOutcome.assertOutboxEquals(outbox, expected);
        PipelineOutcome.assertTopicsHoldEachArticleOnce(bootstrap, expected);
        assertInboxDone(inbox, corpus.size());
        assertThat(List.of(broker, sink, enrich, ingest))
                .allSatisfy(c -> assertThat(c.isAlive()).isTrue());
    }

    @Test
    void shouldDeliverEveryArticleExactlyOnceWhenTheAllInOneRunIsKilled() throws Exception {
        final List<GeneratedArticle> corpus = corpus(SEED + 1);
        final Map<String, JsonNode> expected = CleanRun.documents(corpus, work.resolve("clean-run"));

        final int port = KraftProperties.freePort();
        final Path inbox = work.resolve("inbox");
        final Path outbox = work.resolve("outbox");
        final ChildJvm run = child(new ChildJvm(
                "run",
                work.resolve("logs"),
                Map.of(),
                "768m",
                "run",
                "--inbox",
                inbox.toString(),
                "--outbox",
                outbox.toString(),
                "--data-dir",
                work.resolve("data").toString(),
                "--kafka-port",
                Integer.toString(port)));
        run.start().awaitLog("Newsflow is running", 1, READY);

        final Random random = new Random(SEED + 1);
        final int kills = ALL_IN_ONE_KILLS;
        final List<List<GeneratedArticle>> batches = batches(corpus, kills + 1);
        drop(inbox, batches.get(0));
        for (int kill = 0; kill < kills; kill++) {
            Thread.sleep(500 + random.nextInt(3_000));
            run.kill();
            drop(inbox, batches.get(kill + 1));
            run.start().awaitLog("Newsflow is running", kill + 2, READY);
        }

        await().atMost(SETTLE).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (run.diedOnItsOwn()) {
                throw new AssertionError("newsflow run exited on its own; see " + run.log());
            }
            return PipelineOutcome.documents(outbox).size() >= corpus.size();
        });
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(20))
                .until(() -> PipelineOutcome.documents(outbox).size() == corpus.size());

        PipelineOutcome.assertOutboxEquals(outbox, expected);
        PipelineOutcome.assertTopicsHoldEachArticleOnce(kafkaOf(run), expected);
        assertInboxDone(inbox, corpus.size());
    }

    private static List<GeneratedArticle> corpus(final long seed) {
        final ArticleGenerator generator = new ArticleGenerator(seed);
        final List<GeneratedArticle> corpus = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            corpus.add(generator.article(i, 4 + i % 7));
        }
        return corpus;
    }

    private static List<List<GeneratedArticle>> batches(final List<GeneratedArticle> corpus, final int count) {
        final List<List<GeneratedArticle>> batches = new ArrayList<>();
        final int size = (corpus.size() + count - 1) / count;
        for (int from = 0; from < corpus.size() || batches.size() < count; from += size) {
            batches.add(corpus.subList(Math.min(from, corpus.size()), Math.min(from + size, corpus.size())));
        }
        return batches;
    }

    private static void drop(final Path inbox, final List<GeneratedArticle> batch) {
        final Inbox target = new Inbox(inbox);
        batch.forEach(article -> target.drop(article.fileName(), article.text()));
    }

    private static void assertInboxDone(final Path inbox, final int articles) throws IOException {
        try (Stream<Path> left = Files.list(inbox)) {
            assertThat(left.filter(Files::isRegularFile)
                            .map(p -> p.getFileName().toString())
                            .filter(name -> !name.endsWith(".part")))
                    .as("files left in the inbox")
                    .isEmpty();
        }
        try (Stream<Path> processed = Files.list(inbox.resolve("processed"))) {
            assertThat(processed.count()).isEqualTo(articles);
        }
        try (Stream<Path> errors = Files.list(inbox.resolve("error"))) {
            assertThat(errors.map(Path::toString)).as("quarantined files").isEmpty();
        }
    }

    private ChildJvm child(final ChildJvm child) {
        children.add(child);
        return child;
    }

    private void sleepSupervising(final Duration duration, final ChildJvm... all) throws InterruptedException {
        final long until = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < until) {
            superviseAll(all);
            Thread.sleep(Math.min(200, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
        }
    }

    /** Restarts a child that exited on its own; the broker first, since the services need it. */
    private void superviseAll(final ChildJvm... all) {
        for (final ChildJvm child : all) {
            if (child.diedOnItsOwn()) {
                selfExits++;
                LOG.warn("{} exited on its own; restarting it as a supervisor would", child.name());
                child.start();
                if (child.name().equals("broker")) {
                    child.awaitLog("broker is ready: ", child.starts(), READY);
                }
            }
        }
    }

    private static String kafkaOf(final ChildJvm run) throws IOException {
        final Matcher matcher = Pattern.compile("kafka\\s+(localhost:\\d+)")
                .matcher(Files.readString(run.log(), StandardCharsets.UTF_8));
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1);
        }
        assertThat(last).as("the run's broker address in " + run.log()).isNotNull();
        return last;
    }
}
