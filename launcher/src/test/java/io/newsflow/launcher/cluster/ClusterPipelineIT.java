package io.newsflow.launcher.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.benchmarks.corpus.ArticleGenerator;
import io.newsflow.benchmarks.corpus.ArticleGenerator.GeneratedArticle;
import io.newsflow.broker.TopicProvisioner;
import io.newsflow.contract.Json;
import io.newsflow.contract.Topics;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.launcher.reliability.ChildJvm;
import io.newsflow.launcher.reliability.CleanRun;
import io.newsflow.launcher.reliability.PipelineOutcome;
import io.newsflow.testsupport.Inbox;
import io.newsflow.testsupport.LocalKafkaCluster;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline on a replicated cluster, with failures in the middle: a {@link LocalKafkaCluster} of 3 brokers,
 * the pipeline topics at 4 partitions and replication factor 3 ({@code min.insync.replicas} 2), and the services as
 * separate JVMs — 1 ingest, 2 enrich instances of one Streams application (own state directories, one standby replica
 * each) and 2 sinks in one consumer group writing one outbox. While generated articles are dropped in batches, the
 * enrich group's coordinator broker is killed and restarted, one enrich instance and one sink are killed for good (the
 * survivors must take over their partitions, Streams restoring state from the changelogs) and another broker is stopped
 * cleanly and restarted. First, while both enrich instances run, three outlets' versions of one wire report and a
 * follow-up are dropped one after the other: the three share the report's storyId, the follow-up has its own. At the
 * end the outbox holds exactly one document per article, equal to a clean run's apart
 * from timings, the topics hold each article once, and every surviving service is still running.
 *
 * <p>Size: {@code -Dnewsflow.cluster.articles} (default 200) articles; {@code -Dnewsflow.cluster.seed} changes the
 * corpus. Nobody restarts a service that exits on its own: with one broker of three away, that is a failure.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ClusterPipelineIT {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterPipelineIT.class);
    private static final int ARTICLES = Integer.getInteger("newsflow.cluster.articles", 200);
    private static final long SEED = Long.getLong("newsflow.cluster.seed", 20_260_308L);
    private static final int BATCHES = 5;
    private static final int PARTITIONS = 4;
    private static final String ENRICH_GROUP = "cluster-enrich";
    /** Each enrich instance joins its group once per stream thread: the default, as a user would run it. */
    private static final int ENRICH_THREADS = EnrichConfig.DEFAULT_STREAM_THREADS;

    private static final String SINK_GROUP = "cluster-sink";
    private static final Duration READY = Duration.ofMinutes(2);
    private static final Duration PHASE = Duration.ofSeconds(90);
    private static final Map<String, String> FAST_FAILOVER = Map.of(
            // a killed member must leave its group within seconds for the survivor to get its partitions
            "KAFKA_SESSION_TIMEOUT_MS", "6000",
            "KAFKA_HEARTBEAT_INTERVAL_MS", "1500",
            "NEWSFLOW_RESCAN_INTERVAL_MS", "300");

    // kept when the test fails: the brokers' logs and the inbox explain a loss
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path work;

    private final List<ChildJvm> services = new ArrayList<>();
    private LocalKafkaCluster cluster;
    private Admin admin;

    @AfterEach
    void stopEverythingAndKeepTheLogs(final TestInfo test) throws IOException {
        services.forEach(ChildJvm::close);
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
        if (cluster != null) {
            cluster.close();
        }
        final Path kept = Path.of(
                "target", "cluster-logs", test.getTestMethod().orElseThrow().getName());
        Files.createDirectories(kept);
        final Stream<Path> brokerLogs = IntStream.rangeClosed(1, LocalKafkaCluster.DEFAULT_BROKERS)
                .mapToObj(id -> work.resolve("kafka").resolve("broker-" + id).resolve("broker.out"));
        for (final Path log :
                Stream.concat(services.stream().map(ChildJvm::log), brokerLogs).toList()) {
            if (Files.exists(log)) {
                final String name = log.getParent().getFileName() + "-" + log.getFileName();
                Files.copy(log, kept.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void shouldDeliverEveryArticleOnceWhileBrokersAndServiceInstancesFail() throws Exception {
        final List<GeneratedArticle> corpus = corpus();
        final List<GeneratedArticle> story = sameStory();
        final Map<String, JsonNode> expected = CleanRun.documents(
                Stream.concat(story.stream(), corpus.stream()).toList(), work.resolve("clean-run"));
        assertThat(expected).hasSize(story.size() + ARTICLES);

        cluster = LocalKafkaCluster.start(work.resolve("kafka"));
        admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                // a dead broker must not hold up the checks that ask the live ones
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000));
        new TopicProvisioner(admin).ensure(Topics.ALL, PARTITIONS, (short) 3);

        final Inbox inbox = new Inbox(work.resolve("inbox"));
        final Path outbox = work.resolve("outbox");
        final ChildJvm ingest = service(
                "ingest", "256m", "--inbox", work.resolve("inbox").toString(), "--transactional-id", "cluster-ingest");
        final ChildJvm enrich1 = enrich(1);
        final ChildJvm enrich2 = enrich(2);
        final ChildJvm sink1 = service("sink-1", "256m", "--outbox", outbox.toString(), "--group-id", SINK_GROUP);
        final ChildJvm sink2 = service("sink-2", "256m", "--outbox", outbox.toString(), "--group-id", SINK_GROUP);

        services.forEach(ChildJvm::start);
        enrich1.awaitLog("enrich is RUNNING", 1, READY);
        enrich2.awaitLog("enrich is RUNNING", 1, READY);
        awaitShared(ENRICH_GROUP, Topics.PARAGRAPHS.name(), 2 * ENRICH_THREADS);
        awaitStateOfEveryTaskIn(work.resolve("streams-1"), work.resolve("streams-2"));
        awaitShared(SINK_GROUP, Topics.ARTICLES.name(), 2);
        final long started = System.nanoTime();

        // one story told by three outlets and a follow-up, one file at a time (so which came first is defined), while
        // both enrich instances share the partitions: the story index must see articles assembled by either
        int dropped = 0;
        for (final GeneratedArticle file : story) {
            dropped = drop(inbox, List.of(file), dropped);
            awaitDelivered(outbox, dropped);
        }
        assertOneStoryAndAFollowUp(outbox);

        final List<List<GeneratedArticle>> batches = batches(corpus);
        dropped = drop(inbox, batches.get(0), dropped);
        awaitDelivered(outbox, 1);

        final int killedBroker =
                assignment(ENRICH_GROUP, Topics.PARAGRAPHS.name()).coordinator();
        LOG.info("killing broker {}, the enrich group's coordinator", killedBroker);
        cluster.killBroker(killedBroker);
        dropped = drop(inbox, batches.get(1), dropped);
        awaitDelivered(outbox, dropped - batches.get(1).size() + 1);

        // mid-batch: enrich-1 holds assembled-so-far articles and open transactions that enrich-2 must take over
        enrich1.kill();
        awaitShared(ENRICH_GROUP, Topics.PARAGRAPHS.name(), ENRICH_THREADS);
        cluster.startBroker(killedBroker);
        cluster.awaitInSync();
        dropped = drop(inbox, batches.get(2), dropped);
        awaitDelivered(outbox, dropped - batches.get(2).size() + 1);

        sink2.kill();
        awaitShared(SINK_GROUP, Topics.ARTICLES.name(), 1);
        dropped = drop(inbox, batches.get(3), dropped);
        final int stoppedBroker = otherThan(
                killedBroker, assignment(SINK_GROUP, Topics.ARTICLES.name()).coordinator());
        LOG.info("stopping broker {} cleanly", stoppedBroker);
        cluster.stopBroker(stoppedBroker);
        awaitDelivered(outbox, dropped - batches.get(3).size() + 1);
        drop(inbox, batches.get(4), dropped);
        cluster.startBroker(stoppedBroker);

        final int total = story.size() + ARTICLES;
        awaitDelivered(outbox, total);
        LOG.info(
                "cluster run: {} articles delivered {} s after the first drop",
                total,
                (System.nanoTime() - started) / 1_000_000_000);
        // a sink may still be rewriting a redelivered batch: nothing more may appear
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(20))
                .until(() -> PipelineOutcome.documents(outbox).size() == total);

        PipelineOutcome.assertOutboxEquals(outbox, expected);
        PipelineOutcome.assertTopicsHoldEachArticleOnce(cluster.bootstrapServers(), expected);
        assertThat(namesIn(work.resolve("inbox").resolve("processed"))).hasSize(total);
        assertThat(namesIn(work.resolve("inbox").resolve("error")))
                .as("quarantined files")
                .isEmpty();
        assertThat(List.of(ingest, enrich2, sink1))
                .allSatisfy(s -> assertThat(s.isAlive()).as(s.name()).isTrue());
    }

    private ChildJvm enrich(final int instance) {
        return service(
                "enrich-" + instance,
                "384m",
                "--application-id",
                ENRICH_GROUP,
                "--state-dir",
                work.resolve("streams-" + instance).toString(),
                // the survivor then has the dead instance's state warm instead of restoring all of it
                "--standby-replicas",
                "1");
    }

    /** {@code newsflow <command>} against the cluster; its /metrics on a free port, as several share one host. */
    private ChildJvm service(final String name, final String heap, final String... options) {
        final List<String> args = new ArrayList<>(List.of(
                name.replaceFirst("-\\d+$", ""),
                "--bootstrap-servers",
                cluster.bootstrapServers(),
                "--http-port",
                "0"));
        args.addAll(List.of(options));
        final ChildJvm service =
                new ChildJvm(name, work.resolve("logs"), FAST_FAILOVER, heap, args.toArray(String[]::new));
        services.add(service);
        return service;
    }

    private void awaitShared(final String group, final String topic, final int members) {
        await(group + " has " + members + " member(s) holding all of " + topic)
                .atMost(PHASE)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    failIfAServiceExited();
                    return GroupAssignment.of(admin, group, topic)
                            .filter(a -> a.isSharedBy(members, PARTITIONS))
                            .isPresent();
                });
        LOG.info("{} holds {} with {} member(s): {}", group, topic, members, assignment(group, topic));
    }

    /**
     * Each instance has a task directory for every partition: its active tasks and, as standbys, the other's. The
     * paragraphs sub-topology (an article's records share its key) has tasks 0_0..0_3; the story index's one partition
     * is task 1_0.
     */
    private void awaitStateOfEveryTaskIn(final Path... stateDirs) {
        await("every enrich instance has the state of every task (active or standby)")
                .atMost(PHASE)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    failIfAServiceExited();
                    return Stream.of(stateDirs)
                            .allMatch(dir -> IntStream.range(0, PARTITIONS)
                                    .allMatch(p -> Files.isDirectory(
                                            dir.resolve(ENRICH_GROUP).resolve("0_" + p))));
                });
    }

    private GroupAssignment assignment(final String group, final String topic) {
        return GroupAssignment.of(admin, group, topic)
                .orElseThrow(() -> new AssertionError("Cannot describe group " + group));
    }

    private void awaitDelivered(final Path outbox, final int documents) {
        await(documents + " documents in the outbox")
                .atMost(PHASE)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    failIfAServiceExited();
                    return PipelineOutcome.documents(outbox).size() >= documents;
                });
        LOG.info("{} documents in the outbox", documents);
    }

    private void failIfAServiceExited() {
        for (final ChildJvm service : services) {
            if (service.diedOnItsOwn()) {
                throw new AssertionError(service.name() + " exited on its own; see " + service.log());
            }
        }
    }

    private int otherThan(final int killedBroker, final int preferred) {
        return preferred != killedBroker
                ? preferred
                : cluster.brokerIds().stream()
                        .filter(id -> id != killedBroker)
                        .findFirst()
                        .orElseThrow();
    }

    private static List<GeneratedArticle> corpus() {
        final ArticleGenerator generator = new ArticleGenerator(SEED);
        return IntStream.range(0, ARTICLES)
                .mapToObj(i -> generator.article(i, 4 + i % 7))
                .toList();
    }

    /** docs/examples/same-story: a wire report, two outlets' versions of it, and a follow-up; the report first. */
    private static List<GeneratedArticle> sameStory() throws IOException {
        final List<GeneratedArticle> files = new ArrayList<>();
        for (final String name : List.of(
                "wire-port-strike.txt",
                "harbour-daily-port-strike.txt",
                "business-wire-port-strike.txt",
                "wire-port-strike-talks.txt")) {
            try (InputStream in = ClusterPipelineIT.class.getResourceAsStream("/examples/same-story/" + name)) {
                final String text = new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
                files.add(new GeneratedArticle(
                        name, text, text.lines().findFirst().orElseThrow(), 0, 0));
            }
        }
        return files;
    }

    private static void assertOneStoryAndAFollowUp(final Path outbox) throws IOException {
        final Map<String, JsonNode> byFile = new HashMap<>();
        for (final Path document : PipelineOutcome.documents(outbox)) {
            final JsonNode json = Json.MAPPER.readTree(document.toFile());
            byFile.put(json.path("sourceFile").asText(), json);
        }
        final String wire = byFile.get("wire-port-strike.txt").path("articleId").asText();
        assertThat(byFile.get("wire-port-strike.txt").path("storyId").asText()).isEqualTo(wire);
        assertThat(byFile.get("harbour-daily-port-strike.txt").path("storyId").asText())
                .isEqualTo(wire);
        assertThat(byFile.get("business-wire-port-strike.txt").path("storyId").asText())
                .isEqualTo(wire);
        assertThat(byFile.get("harbour-daily-port-strike.txt")
                        .path("nearDuplicateOf")
                        .asText())
                .isEqualTo(wire);
        final JsonNode talks = byFile.get("wire-port-strike-talks.txt");
        assertThat(talks.path("storyId").asText())
                .isEqualTo(talks.path("articleId").asText());
        assertThat(talks.has("nearDuplicateOf")).isFalse();
    }

    private static List<List<GeneratedArticle>> batches(final List<GeneratedArticle> corpus) {
        final int size = (corpus.size() + BATCHES - 1) / BATCHES;
        return IntStream.range(0, BATCHES)
                .mapToObj(
                        b -> corpus.subList(Math.min(b * size, corpus.size()), Math.min((b + 1) * size, corpus.size())))
                .toList();
    }

    /** Drops {@code batch}; returns how many articles have been dropped in all. */
    private static int drop(final Inbox inbox, final List<GeneratedArticle> batch, final int droppedBefore) {
        batch.forEach(article -> inbox.drop(article.fileName(), article.text()));
        LOG.info("dropped {} articles, {} in all", batch.size(), droppedBefore + batch.size());
        return droppedBefore + batch.size();
    }

    private static List<String> namesIn(final Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
