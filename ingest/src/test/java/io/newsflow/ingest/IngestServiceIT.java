package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contract.FileStatus;
import io.newsflow.contract.Json;
import io.newsflow.contract.LedgerEntry;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.ParagraphKind;
import io.newsflow.contract.Topic;
import io.newsflow.contract.Topics;
import io.newsflow.ingest.parse.ArticleFormat;
import io.newsflow.ingest.parse.ArticleIdentity;
import io.newsflow.ingest.parse.ArticleReader;
import io.newsflow.ingest.publish.ArticleRecords;
import io.newsflow.ingest.publish.FatalPublishException;
import io.newsflow.testsupport.Inbox;
import io.newsflow.testsupport.KafkaBrokerExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest service against a real in-process KRaft broker, shared by the class. The topics are the pipeline's fixed
 * topics, so every test drops articles of its own and looks only at its own article ids.
 */
class IngestServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA =
            KafkaBrokerExtension.withTopics(List.of(Topics.PARAGRAPHS, Topics.INGEST_LEDGER), 3);

    @TempDir
    Path inbox;

    private final List<IngestService> services = new ArrayList<>();
    private final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeServices() {
        services.forEach(IngestService::close);
    }

    @Test
    void shouldPublishSampleArticleAsTwentyFourRecordsInOneTransaction() throws Exception {
        startService("it-sample");

        drop(TestArticles.SAMPLE, TestArticles.bytes(TestArticles.SAMPLE));

        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve("processed").resolve(TestArticles.SAMPLE)));
        final String articleId = publishedArticleId(TestArticles.SAMPLE);
        final List<Paragraph> records = paragraphsOf(articleId);
        assertThat(records).hasSize(24);
        assertThat(records)
                .extracting(Paragraph::index)
                .containsExactlyElementsOf(IntStream.range(0, 24).boxed().toList());
        assertThat(records).allSatisfy(record -> {
            assertThat(record.count()).isEqualTo(24);
            assertThat(record.sourceFile()).isEqualTo(TestArticles.SAMPLE);
            assertThat(record.headline()).startsWith("NATO Chief Rutte Makes Surprise Odesa Visit");
            assertThat(record.ingestedAt()).isEqualTo(records.get(0).ingestedAt());
        });
        assertThat(records)
                .filteredOn(record -> record.kind() == ParagraphKind.HEADING)
                .extracting(Paragraph::index, Paragraph::text)
                .containsExactly(
                        tuple(2, "Key Developments: Strategic Timing Amid Intensifying Conflict"),
                        tuple(6, "Global Reactions: International Solidarity and Peace Efforts"),
                        tuple(11, "Expert Insights: Learning from Past Failures"),
                        tuple(15, "Future Implications: Post-Conflict Security Guarantees"),
                        tuple(20, "Standing Firm Against Aggression"));
        assertThat(records.get(0).kind()).isEqualTo(ParagraphKind.HEADLINE);
        assertThat(records.get(0).section()).isNull();
        assertThat(records.get(1).section()).isNull();
        assertThat(records.get(1).text()).startsWith("In a bold show of solidarity");
        assertThat(records.get(10).section()).isEqualTo("Global Reactions: International Solidarity and Peace Efforts");
        assertThat(records.get(23).kind()).isEqualTo(ParagraphKind.PARAGRAPH);
        assertThat(records.get(23).text()).isEqualTo(records.get(0).text());
        assertThat(records.get(23).section()).isEqualTo("Standing Firm Against Aggression");

        assertThat(ledgerOf(articleId)).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(FileStatus.PUBLISHED);
            assertThat(entry.records()).isEqualTo(24);
            assertThat(entry.sourceFile()).isEqualTo(TestArticles.SAMPLE);
            assertThat(entry.contentHash()).isEqualTo(records.get(0).contentHash());
        });
        assertThat(inbox.resolve(TestArticles.SAMPLE)).doesNotExist();
        assertThat(events).containsExactly("published " + TestArticles.SAMPLE + " " + articleId + " 24");
    }

    @Test
    void shouldRecogniseSameContentUnderAnotherNameAfterRestart() throws Exception {
        final IngestService first = startService("it-redrop");
        drop("derby.txt", TestArticles.bytes(TestArticles.SPORTS));
        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve("processed").resolve("derby.txt")));
        final String articleId = publishedArticleId("derby.txt");
        first.close();

        // a fresh instance knows the content only from the ledger it reads back from Kafka
        startService("it-redrop");
        final String resaved = "\uFEFF" + TestArticles.text(TestArticles.SPORTS).replace("\n", "\r\n");
        drop("derby-copy.txt", resaved.getBytes(StandardCharsets.UTF_8));

        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve("processed").resolve("derby-copy.txt")));
        assertThat(events)
                .containsExactly("published derby.txt " + articleId + " 11", "already derby-copy.txt " + articleId);
        assertThat(paragraphsOf(articleId))
                .hasSize(11)
                .allSatisfy(record -> assertThat(record.sourceFile()).isEqualTo("derby.txt"));
        assertThat(ledgerOf(articleId))
                .extracting(LedgerEntry::sourceFile, LedgerEntry::status, LedgerEntry::records)
                .containsExactly(
                        tuple("derby.txt", FileStatus.PUBLISHED, 11),
                        tuple("derby-copy.txt", FileStatus.ALREADY_INGESTED, 0));
    }

    @Test
    void shouldQuarantineEmptyAndBinaryFilesAndStillPublishGoodOne() throws Exception {
        startService("it-quarantine");

        drop("empty.txt", new byte[0]);
        drop("photo.md", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'});
        drop("microbes.txt", TestArticles.bytes(TestArticles.SCIENCE));

        final Path errorDir = inbox.resolve("error");
        await().atMost(WAIT)
                .until(() -> Files.exists(errorDir.resolve("empty.txt.error.json"))
                        && Files.exists(errorDir.resolve("photo.md.error.json"))
                        && Files.exists(inbox.resolve("processed").resolve("microbes.txt")));
        assertThat(errorReport(errorDir.resolve("empty.txt.error.json"))
                        .get("reason")
                        .asText())
                .isEqualTo("EMPTY");
        final JsonNode binary = errorReport(errorDir.resolve("photo.md.error.json"));
        assertThat(binary.get("reason").asText()).isEqualTo("BINARY");
        assertThat(binary.get("file").asText()).isEqualTo("photo.md");
        assertThat(binary.get("stage").asText()).isEqualTo("ingest");
        assertThat(errorDir.resolve("empty.txt")).exists();
        assertThat(errorDir.resolve("photo.md")).exists();
        assertThat(paragraphsOf(publishedArticleId("microbes.txt"))).hasSize(10);
        assertThat(events).contains("quarantined empty.txt EMPTY", "quarantined photo.md BINARY");
        assertThat(Files.list(inbox).filter(Files::isRegularFile)).isEmpty();
    }

    @Test
    void shouldPublishFileLeftClaimedByCrashedPredecessor() throws Exception {
        // what a crash between claim and commit leaves behind
        Files.write(inbox.resolve(".results.md.claimed-by-it-crashed"), TestArticles.bytes(TestArticles.BUSINESS));

        startService("it-crashed");

        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve("processed").resolve("results.md")));
        assertThat(paragraphsOf(publishedArticleId("results.md")))
                .hasSize(11)
                .allSatisfy(record -> assertThat(record.sourceFile()).isEqualTo("results.md"));
        assertThat(inbox.resolve(".results.md.claimed-by-it-crashed")).doesNotExist();
    }

    @Test
    void shouldPublishAgainAProcessedFileWhoseTransactionWasAbortedAfterItsCommitReturned() throws Exception {
        // what a broker killed with its commit in flight can leave: the file in processed/, its transaction aborted
        final Path processed = Files.createDirectories(inbox.resolve("processed"));
        final Path lost = Files.writeString(
                processed.resolve("lost-commit.txt"),
                "Harbour Ferry Timetable Changes\n\n"
                        + "The harbour ferry will run every twenty minutes from Monday, the operator said.\n\n"
                        + "Night crossings stay hourly until the new pier opens in spring.\n");
        final ArticleReader.Result read = new ArticleReader(1024 * 1024).read(lost, ArticleFormat.TEXT);
        final ArticleIdentity identity = ArticleIdentity.of(read.decoded().text());
        final Instant then = Instant.now();
        final List<Paragraph> records = ArticleRecords.of(read.article(), identity, "lost-commit.txt", then);
        final Map<String, Object> props = new HashMap<>(KAFKA.clientProperties());
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "it-lost-commit-predecessor");
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (final Paragraph paragraph : records) {
                producer.send(new ProducerRecord<>(
                        Topics.PARAGRAPHS.name(),
                        paragraph.articleId(),
                        Topics.PARAGRAPHS.valueSerde().serializer().serialize(Topics.PARAGRAPHS.name(), paragraph)));
            }
            final LedgerEntry entry = new LedgerEntry(
                    identity.articleId(),
                    identity.contentHash(),
                    "lost-commit.txt",
                    FileStatus.PUBLISHED,
                    records.size(),
                    then,
                    null,
                    null);
            producer.send(new ProducerRecord<>(
                    Topics.INGEST_LEDGER.name(),
                    entry.articleId(),
                    Topics.INGEST_LEDGER.valueSerde().serializer().serialize(Topics.INGEST_LEDGER.name(), entry)));
            producer.flush();
            producer.abortTransaction();
        }
        // a processed file of which the ledger holds no aborted publication is left alone
        Files.writeString(processed.resolve("kept.txt"), "Kept Article\n\nA processed file nobody lost.\n");

        startService("it-lost-commit");

        await().atMost(WAIT).until(() -> events.stream().anyMatch(e -> e.startsWith("published lost-commit.txt ")));
        assertThat(publishedArticleId("lost-commit.txt")).isEqualTo(identity.articleId());
        assertThat(paragraphsOf(identity.articleId())).hasSize(records.size());
        assertThat(ledgerOf(identity.articleId()))
                .singleElement()
                .satisfies(entry -> assertThat(entry.status()).isEqualTo(FileStatus.PUBLISHED));
        await().atMost(WAIT).until(() -> Files.exists(processed.resolve("lost-commit.txt")));
        assertThat(processed.resolve("kept.txt")).exists();
        assertThat(events).noneMatch(e -> e.contains("kept.txt"));
    }

    @Test
    void shouldStopLoudlyWhenAnotherInstanceTakesOverItsTransactionalId() throws Exception {
        final IngestService fenced = startService("it-fenced");
        final Path otherInbox = Files.createDirectories(inbox.resolveSibling(inbox.getFileName() + "-other"));
        final IngestService newer = new IngestService(
                IngestConfig.of(KAFKA.bootstrapServers(), otherInbox).withTransactionalId("it-fenced"),
                IngestListener.NONE);
        services.add(newer);
        newer.start();

        drop(
                "fencing.txt",
                ("Fencing Drill Article\nA body paragraph that exists only in the fencing test.\n")
                        .getBytes(StandardCharsets.UTF_8));

        await().atMost(WAIT).until(() -> !fenced.isRunning());
        assertThat(fenced.failure()).get().isInstanceOf(FatalPublishException.class);
        assertThat(events).singleElement().asString().startsWith("failed ");
        assertThat(inbox.resolve("fencing.txt"))
                .as("left for a healthy instance")
                .exists();
        assertThat(newer.isRunning()).isTrue();
    }

    @Test
    void shouldFailToStartAndReleaseClientsWhenKafkaIsUnreachable() {
        final IngestService service = new IngestService(
                IngestConfig.of("localhost:1", inbox).withClientProperties(Map.of("max.block.ms", 1000)),
                IngestListener.NONE);
        services.add(service);

        assertThatThrownBy(service::start).isInstanceOf(TimeoutException.class);
        assertThat(service.isRunning()).isFalse();
        assertThat(service.failure()).isPresent();
    }

    private IngestService startService(final String transactionalId) {
        final IngestConfig config = IngestConfig.of(KAFKA.bootstrapServers(), inbox)
                .withRescanInterval(Duration.ofMillis(200))
                .withTransactionalId(transactionalId);
        final IngestService service = new IngestService(config, new IngestListener() {
            @Override
            public void onPublished(final String file, final String articleId, final int records, final Duration took) {
                events.add("published " + file + " " + articleId + " " + records);
            }

            @Override
            public void onAlreadyIngested(final String file, final String articleId) {
                events.add("already " + file + " " + articleId);
            }

            @Override
            public void onQuarantined(final String file, final String reason, final String detail) {
                events.add("quarantined " + file + " " + reason);
            }

            @Override
            public void onFailed(final Throwable error) {
                events.add("failed " + error);
            }
        });
        services.add(service);
        service.start();
        return service;
    }

    private void drop(final String name, final byte[] content) {
        new Inbox(inbox).drop(name, content);
    }

    private String publishedArticleId(final String file) {
        return events.stream()
                .filter(event -> event.startsWith("published " + file + " "))
                .map(event -> event.split(" ")[2])
                .findFirst()
                .orElseThrow(() -> new AssertionError("No onPublished for " + file + " in " + events));
    }

    private static List<Paragraph> paragraphsOf(final String articleId) {
        return readCommitted(Topics.PARAGRAPHS).stream()
                .filter(record -> articleId.equals(record.key()))
                .map(ConsumerRecord::value)
                .collect(Collectors.toList());
    }

    private static List<LedgerEntry> ledgerOf(final String articleId) {
        return readCommitted(Topics.INGEST_LEDGER).stream()
                .filter(record -> articleId.equals(record.key()))
                .map(ConsumerRecord::value)
                .collect(Collectors.toList());
    }

    private static <K, V> List<ConsumerRecord<K, V>> readCommitted(final Topic<K, V> topic) {
        return KAFKA.readCommitted(topic, WAIT);
    }

    private static JsonNode errorReport(final Path file) throws IOException {
        return Json.MAPPER.readTree(file.toFile());
    }
}
