package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contract.Article;
import io.newsflow.contract.DeadLetterHeaders;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.Topic;
import io.newsflow.contract.Topics;
import io.newsflow.enrich.assembly.ArticleAssembler;
import io.newsflow.enrich.assembly.ArticleBuffer;
import io.newsflow.enrich.assembly.StoredParts;
import io.newsflow.enrich.testing.SampleArticles;
import io.newsflow.tagger.testing.NameTagger;
import io.newsflow.testsupport.KafkaBrokerExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The enrich service on a real single-node KRaft broker, exactly-once, read back with read_committed consumers. */
class EnrichServiceIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = KafkaBrokerExtension.withTopics(Topics.ALL, 2);

    @TempDir
    Path stateDir;

    private EnrichService startService() throws InterruptedException {
        return startService("enrich-it-" + UUID.randomUUID(), stateDir);
    }

    private static EnrichService startService(final String applicationId, final Path stateDir)
            throws InterruptedException {
        final EnrichConfig config = EnrichConfig.fromEnvironment(Map.of(
                EnrichConfig.BOOTSTRAP_SERVERS,
                KAFKA.bootstrapServers(),
                EnrichConfig.APPLICATION_ID,
                applicationId,
                EnrichConfig.STATE_DIR,
                stateDir.toString(),
                "KAFKA_COMMIT_INTERVAL_MS",
                "100"));
        final EnrichService service = new EnrichService(config, NameTagger.forSample());
        service.start();
        service.awaitRunning(TIMEOUT);
        return service;
    }

    @Test
    void shouldPublishOneArticleForAnArticleProducedInATransaction() throws InterruptedException {
        final String articleId = "it-" + UUID.randomUUID();
        try (EnrichService service = startService()) {
            produceInTransaction(sample(articleId));

            final List<Article> articles = awaitArticles(articleId);
            final Article article = articles.get(0);
            assertThat(article.paragraphs()).hasSize(17);
            assertThat(article.sections()).hasSize(5);
            assertThat(article.sources()).containsExactlyElementsOf(SampleArticles.RUTTE_SOURCES);
            assertThat(service.state()).isEqualTo(KafkaStreams.State.RUNNING);
            assertThat(service.isHealthy()).isTrue();
        }
    }

    @Test
    void shouldSendMalformedRecordToDeadLetterTopicAndKeepRunning() throws InterruptedException {
        final String articleId = "it-" + UUID.randomUUID();
        final String poison = "{not json " + articleId;
        try (EnrichService service = startService()) {
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                    producerProperties(false),
                    Serdes.String().serializer(),
                    Serdes.ByteArray().serializer())) {
                producer.send(new ProducerRecord<>(
                        Topics.PARAGRAPHS.name(), articleId, poison.getBytes(StandardCharsets.UTF_8)));
            }
            produceInTransaction(sample(articleId));

            final List<ConsumerRecord<byte[], byte[]>> dead = new ArrayList<>();
            try (KafkaConsumer<byte[], byte[]> consumer = readCommitted(Topics.DEAD_LETTERS)) {
                await().atMost(TIMEOUT).untilAsserted(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                        if (new String(record.value(), StandardCharsets.UTF_8).equals(poison)) {
                            dead.add(record);
                        }
                    });
                    assertThat(dead).hasSize(1);
                });
            }
            final Header topic = dead.get(0).headers().lastHeader(DeadLetterHeaders.TOPIC);
            assertThat(new String(topic.value(), StandardCharsets.UTF_8)).isEqualTo(Topics.PARAGRAPHS.name());
            try (KafkaConsumer<String, Article> consumer = readCommitted(Topics.ARTICLES)) {
                await().atMost(TIMEOUT).until(() -> {
                    for (final ConsumerRecord<String, Article> record : consumer.poll(Duration.ofMillis(200))) {
                        if (record.key().equals(articleId)) {
                            return true;
                        }
                    }
                    return false;
                });
            }
            assertThat(service.isHealthy()).isTrue();
        }
    }

    /**
     * By default enrich runs two stream threads: on the two partitions here, one thread holds a paragraph task and the
     * other the second one, the story index's task going to one of them, so both cores can enrich at once. Articles of
     * both partitions still come out once each.
     */
    @Test
    void shouldShareTheTasksBetweenTwoStreamThreadsByDefault() throws InterruptedException {
        final List<String> articleIds = new ArrayList<>();
        for (int i = 0; articleIds.size() < 4; i++) {
            final String articleId = "threads-" + i + "-" + UUID.randomUUID();
            final int partition = partitionOf(articleId);
            if (articleIds.stream().filter(id -> partitionOf(id) == partition).count() < 2) {
                articleIds.add(articleId);
            }
        }
        try (EnrichService service = startService()) {
            final Set<ThreadMetadata> threads = service.streams().metadataForLocalThreads();
            assertThat(threads).hasSize(2);
            assertThat(threads)
                    .allSatisfy(thread -> assertThat(thread.activeTasks()).isNotEmpty());
            assertThat(threads.stream()
                            .flatMap(thread -> thread.activeTasks().stream())
                            .map(task -> task.taskId().toString()))
                    .containsExactlyInAnyOrder("0_0", "0_1", "1_0");

            final List<Paragraph> records = new ArrayList<>();
            articleIds.forEach(articleId -> records.addAll(sample(articleId)));
            produceInTransaction(records);

            for (final String articleId : articleIds) {
                final List<Article> articles = awaitArticles(articleId);
                assertThat(articles).hasSize(1);
                assertThat(articles.get(0).paragraphs()).hasSize(17);
            }
        }
    }

    private static int partitionOf(final String articleId) {
        return Utils.toPositive(Utils.murmur2(articleId.getBytes(StandardCharsets.UTF_8))) % 2;
    }

    /**
     * The article's parts that arrived before a restart are read back from the store: here from its changelog, as the
     * second instance starts on an empty state directory, as after a move to another machine.
     */
    @Test
    void shouldAssembleAnArticleWhoseFirstRecordsArrivedBeforeARestart(@TempDir final Path otherStateDir)
            throws Exception {
        final String articleId = "it-" + UUID.randomUUID();
        final String applicationId = "enrich-restart-" + UUID.randomUUID();
        final List<Paragraph> records = sample(articleId);
        try (EnrichService service = startService(applicationId, stateDir)) {
            produceInTransaction(records.subList(0, 7));
            awaitPartsStored(applicationId, articleId, 7);
        }
        try (EnrichService service = startService(applicationId, otherStateDir)) {
            produceInTransaction(records.subList(7, records.size()));

            final List<Article> articles = awaitArticles(articleId);
            assertThat(articles).hasSize(1);
            assertThat(articles.get(0).paragraphs()).hasSize(17);
            assertThat(articles.get(0).sections()).hasSize(5);
        }
    }

    /**
     * The story index in memory (band entries and signatures) is made from the articles store whenever the matcher
     * starts. After a clean restart on the same state directory the store is read from local RocksDB; an instance
     * that takes the story index over on an empty state directory (as after a move to another machine, or a crash
     * that wiped it) restores it from its changelog. Either way an outlet's version of a report indexed before still
     * finds the report. (One test: another application id would read this one's paragraphs again from the shared
     * topic and index the report a second time.)
     */
    @Test
    void shouldFindTheStoryOfAnArticleIndexedBeforeARestartAndAMoveToAnotherInstance(@TempDir final Path otherStateDir)
            throws Exception {
        final String applicationId = "enrich-story-" + UUID.randomUUID();
        final String wire = "wire-" + UUID.randomUUID();
        final Instant now = Instant.now();
        assertThat(enrichOneSample(applicationId, stateDir, "wire-port-strike.txt", wire, now)
                        .storyId())
                .isEqualTo(wire);

        final String business = "business-" + UUID.randomUUID();
        final Article restarted =
                enrichOneSample(applicationId, stateDir, "business-wire-port-strike.txt", business, now.plusSeconds(1));
        assertThat(restarted.storyId()).isEqualTo(wire);
        assertThat(restarted.nearDuplicateOf()).isEqualTo(wire);

        final String harbour = "harbour-" + UUID.randomUUID();
        final Article moved = enrichOneSample(
                applicationId, otherStateDir, "harbour-daily-port-strike.txt", harbour, now.plusSeconds(2));
        assertThat(moved.storyId()).isEqualTo(wire);
        assertThat(moved.nearDuplicateOf()).isIn(wire, business);
    }

    /** Starts enrich on {@code dir}, sends it the same-story sample {@code file} as {@code articleId}: its article. */
    private static Article enrichOneSample(
            final String applicationId, final Path dir, final String file, final String articleId, final Instant at)
            throws InterruptedException {
        try (EnrichService service = startService(applicationId, dir)) {
            produceInTransaction(SampleArticles.paragraphs("examples/same-story/" + file, articleId, file, at));
            final List<Article> articles = awaitArticles(articleId);
            assertThat(articles).hasSize(1);
            return articles.get(0);
        }
    }

    /**
     * The {@code news-articles} records of {@code articleId}: waits for the first, then reads on for two seconds, so a
     * second one would be seen.
     */
    private static List<Article> awaitArticles(final String articleId) {
        final List<Article> articles = new ArrayList<>();
        try (KafkaConsumer<String, Article> consumer = readCommitted(Topics.ARTICLES)) {
            final Runnable poll = () -> consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                if (record.key().equals(articleId)) {
                    articles.add(record.value());
                }
            });
            await().atMost(TIMEOUT).untilAsserted(() -> {
                poll.run();
                assertThat(articles).isNotEmpty();
            });
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(poll::run);
        }
        return articles;
    }

    /** Until the article's first parts are committed to the parts store's changelog (one entry per article). */
    private static void awaitPartsStored(final String applicationId, final String articleId, final int parts) {
        final String changelog = applicationId + "-" + ArticleAssembler.PARTS_STORE + "-changelog";
        final List<ArticleBuffer.Buffered> stored = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        KAFKA.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "enrich-it-reader-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer())) {
            consumer.subscribe(List.of(changelog));
            await().atMost(TIMEOUT).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.key().equals(articleId) && record.value() != null) {
                        stored.clear();
                        stored.addAll(StoredParts.read(record.value()));
                    }
                });
                assertThat(stored)
                        .extracting(part -> part.paragraph().index())
                        .containsExactlyElementsOf(
                                IntStream.range(0, parts).boxed().toList());
            });
        }
    }

    private static List<Paragraph> sample(final String articleId) {
        return SampleArticles.paragraphs(SampleArticles.RUTTE, articleId, "rutte.txt", Instant.now());
    }

    private static void produceInTransaction(final List<Paragraph> records) {
        try (KafkaProducer<String, Paragraph> producer = new KafkaProducer<>(
                producerProperties(true),
                Topics.PARAGRAPHS.keySerde().serializer(),
                Topics.PARAGRAPHS.valueSerde().serializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            records.forEach(record ->
                    producer.send(new ProducerRecord<>(Topics.PARAGRAPHS.name(), record.articleId(), record)));
            producer.commitTransaction();
        }
    }

    private static Map<String, Object> producerProperties(final boolean transactional) {
        final Map<String, Object> properties = new HashMap<>(KAFKA.clientProperties());
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        if (transactional) {
            properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "enrich-it-producer-" + UUID.randomUUID());
        }
        return properties;
    }

    private static <K, V> KafkaConsumer<K, V> readCommitted(final Topic<K, V> topic) {
        final KafkaConsumer<K, V> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        KAFKA.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "enrich-it-reader-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
        consumer.subscribe(List.of(topic.name()));
        return consumer;
    }
}
