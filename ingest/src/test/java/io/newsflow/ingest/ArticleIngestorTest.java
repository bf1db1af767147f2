package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contract.FileStatus;
import io.newsflow.contract.Json;
import io.newsflow.contract.LedgerEntry;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.ParagraphKind;
import io.newsflow.contract.Topics;
import io.newsflow.ingest.inbox.FileClaims;
import io.newsflow.ingest.inbox.Quarantine;
import io.newsflow.ingest.parse.ArticleReader;
import io.newsflow.ingest.publish.FatalPublishException;
import io.newsflow.ingest.publish.IngestLedger;
import io.newsflow.ingest.publish.TransactionalPublisher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TransactionAbortableException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file through claim, read, publish or quarantine, and move, with a mock producer and an empty mock ledger. */
class ArticleIngestorTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    @TempDir
    Path inbox;

    private MockProducer<String, byte[]> producer;
    private final List<String> events = new ArrayList<>();
    private ArticleIngestor ingestor;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectory(inbox.resolve("error"));
        Files.createDirectory(inbox.resolve("processed"));
        ingestor = ingestor(IngestConfig.DEFAULT_MAX_FILES_PER_TRANSACTION);
    }

    /** An ingestor over a new mock producer, which {@link #producer} then is. */
    private ArticleIngestor ingestor(final int maxFilesPerTransaction) throws Exception {
        return ingestor(
                maxFilesPerTransaction,
                new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer()));
    }

    private ArticleIngestor ingestor(final int maxFilesPerTransaction, final MockProducer<String, byte[]> mock)
            throws Exception {
        producer = mock;
        final TransactionalPublisher publisher = new TransactionalPublisher(() -> producer, "unit");
        publisher.start();
        final IngestLedger ledger = new IngestLedger(emptyLedgerConsumer());
        ledger.restore(Duration.ofSeconds(5));
        final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new ArticleIngestor(
                new FileClaims(inbox, "unit"),
                new ArticleReader(1024 * 1024),
                ledger,
                publisher,
                new Quarantine(inbox.resolve("error"), clock),
                inbox.resolve("processed"),
                new IngestListener() {
                    @Override
                    public void onPublished(
                            final String file, final String articleId, final int records, final Duration took) {
                        events.add("published " + file + " " + records);
                    }

                    @Override
                    public void onAlreadyIngested(final String file, final String articleId) {
                        events.add("already " + file);
                    }

                    @Override
                    public void onQuarantined(final String file, final String reason, final String detail) {
                        events.add("quarantined " + file + " " + reason);
                    }

                    @Override
                    public void onFileDone(
                            final String file, final int published, final int alreadyIngested, final int badItems) {
                        events.add("done " + file + " " + published + " " + alreadyIngested + " " + badItems);
                    }
                },
                clock,
                IngestConfig.DEFAULT_CLAIM_TIMEOUT,
                maxFilesPerTransaction);
    }

    @Test
    void shouldPublishFilesReadyTogetherInOneTransaction() throws Exception {
        ingestor.handle(List.of(
                drop("derby.txt", TestArticles.text(TestArticles.SPORTS)),
                drop("battery.md", TestArticles.text(TestArticles.BUSINESS)),
                drop("microbes.txt", TestArticles.text(TestArticles.SCIENCE))));

        assertThat(producer.commitCount()).isEqualTo(1);
        assertThat(events).hasSize(3).allSatisfy(event -> assertThat(event).startsWith("published "));
        // each file's ledger entry travels with its own paragraphs
        assertThat(producer.history().stream().filter(r -> r.topic().equals(Topics.INGEST_LEDGER.name())))
                .hasSize(3);
        assertThat(inbox.resolve("processed"))
                .isDirectoryContaining(p -> p.endsWith("derby.txt"))
                .isDirectoryContaining(p -> p.endsWith("battery.md"))
                .isDirectoryContaining(p -> p.endsWith("microbes.txt"));
    }

    @Test
    void shouldSplitReadyFilesIntoTransactionsOfAtMostTheConfiguredCount() throws Exception {
        final ArticleIngestor twoPerTransaction = ingestor(2);

        twoPerTransaction.handle(List.of(
                drop("derby.txt", TestArticles.text(TestArticles.SPORTS)),
                drop("battery.md", TestArticles.text(TestArticles.BUSINESS)),
                drop("microbes.txt", TestArticles.text(TestArticles.SCIENCE))));

        assertThat(twoPerTransaction.maxBatch()).isEqualTo(2);
        assertThat(producer.commitCount()).isEqualTo(2);
        assertThat(events).hasSize(3);
    }

    @Test
    void shouldPublishSameContentOnceWhenTwoCopiesShareATransaction() throws Exception {
        ingestor.handle(List.of(
                drop("derby.txt", TestArticles.text(TestArticles.SPORTS)),
                drop("derby copy.txt", TestArticles.text(TestArticles.SPORTS))));

        assertThat(producer.commitCount()).isEqualTo(1);
        assertThat(events).containsExactly("published derby.txt 11", "already derby copy.txt");
        assertThat(producer.history().stream().filter(r -> r.topic().equals(Topics.PARAGRAPHS.name())))
                .hasSize(11);
        assertThat(inbox.resolve("processed/derby copy.txt")).exists();
    }

    @Test
    void shouldGiveEveryFileOfAFailedTransactionBackToTheInbox() throws Exception {
        producer.commitTransactionException = new TransactionAbortableException("broker hiccup");

        ingestor.handle(List.of(
                drop("derby.txt", TestArticles.text(TestArticles.SPORTS)),
                drop("battery.md", TestArticles.text(TestArticles.BUSINESS))));

        assertThat(events).isEmpty();
        assertThat(inbox.resolve("derby.txt")).exists();
        assertThat(inbox.resolve("battery.md")).exists();
        assertThat(inbox.resolve("processed")).isEmptyDirectory();
    }

    @Test
    void shouldQuarantineABadFileWithoutHoldingUpTheFilesReadyWithIt() throws Exception {
        ingestor.handle(List.of(
                drop("derby.txt", TestArticles.text(TestArticles.SPORTS)),
                drop("empty.txt", ""),
                drop("battery.md", TestArticles.text(TestArticles.BUSINESS))));

        assertThat(producer.commitCount()).isEqualTo(1);
        assertThat(events).hasSize(3);
        assertThat(events.get(0)).isEqualTo("quarantined empty.txt EMPTY");
        assertThat(events.subList(1, 3))
                .satisfiesExactly(
                        first -> assertThat(first).isEqualTo("published derby.txt 11"),
                        second -> assertThat(second).startsWith("published battery.md "));
    }

    @Test
    void shouldPublishThenMoveToProcessed() throws Exception {
        ingestor.handle(drop("derby.txt", TestArticles.text(TestArticles.SPORTS)));

        assertThat(events).containsExactly("published derby.txt 11");
        assertThat(producer.commitCount()).isEqualTo(1);
        assertThat(producer.history()).hasSize(12);
        assertThat(inbox.resolve("processed/derby.txt")).exists();
        assertThat(inbox.resolve("derby.txt")).doesNotExist();
    }

    @Test
    void shouldRecordRenamedCopyAsAlreadyIngestedWithoutParagraphs() throws Exception {
        ingestor.handle(drop("derby.txt", TestArticles.text(TestArticles.SPORTS)));
        producer.clear();

        ingestor.handle(
                drop("derby (1).txt", TestArticles.text(TestArticles.SPORTS).replace("\n", "\r\n")));

        assertThat(events).containsExactly("published derby.txt 11", "already derby (1).txt");
        assertThat(producer.history())
                .singleElement()
                .satisfies(record -> assertThat(record.topic()).isEqualTo(Topics.INGEST_LEDGER.name()));
        assertThat(inbox.resolve("processed/derby (1).txt")).exists();
    }

    @Test
    void shouldGiveFileBackToInboxWhenTransactionFails() throws Exception {
        producer.commitTransactionException = new TransactionAbortableException("broker hiccup");

        ingestor.handle(drop("derby.txt", TestArticles.text(TestArticles.SPORTS)));

        assertThat(events).isEmpty();
        assertThat(producer.transactionAborted()).isTrue();
        assertThat(inbox.resolve("derby.txt")).exists();
        assertThat(inbox.resolve("processed/derby.txt")).doesNotExist();
    }

    @Test
    void shouldGiveFileBackAndStopWhenFenced() throws Exception {
        producer.fenceProducer();

        assertThatThrownBy(() -> ingestor.handle(drop("derby.txt", TestArticles.text(TestArticles.SPORTS))))
                .isInstanceOf(FatalPublishException.class);
        assertThat(inbox.resolve("derby.txt")).exists();
    }

    @Test
    void shouldPublishHtmlPageLikeATextFile() throws Exception {
        final Path page = Files.write(inbox.resolve("ferry.html"), TestArticles.page("harbour-ferry-article.html"));

        ingestor.handle(page);

        // nine body blocks (the photo's caption is not one), the headline and the ledger entry
        assertThat(events).containsExactly("published ferry.html 10");
        assertThat(producer.history().stream().map(record -> new String(record.value(), StandardCharsets.UTF_8)))
                .anySatisfy(value -> assertThat(value).contains("New Harbour Ferry Link Opens to Passengers"))
                .anySatisfy(value -> assertThat(value).contains("Timetable and fares"))
                .noneSatisfy(value -> assertThat(value).contains("cookies"));
        assertThat(inbox.resolve("processed/ferry.html")).exists();
    }

    @Test
    void shouldQuarantineHtmlPageWithoutBody() throws Exception {
        ingestor.handle(Files.write(inbox.resolve("404.html"), TestArticles.page("nav-only.html")));

        assertThat(events).containsExactly("quarantined 404.html NO_PARAGRAPHS");
        assertThat(inbox.resolve("error/404.html.error.json")).exists();
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void shouldQuarantineArticleWithoutBodyUnderItsRealName() throws Exception {
        ingestor.handle(drop("title-only.md", "# A Title\n\n## A Heading\n"));

        assertThat(events).containsExactly("quarantined title-only.md NO_PARAGRAPHS");
        assertThat(inbox.resolve("error/title-only.md")).exists();
        assertThat(inbox.resolve("error/title-only.md.error.json")).exists();
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void shouldSkipFileAnotherInstanceClaimedFirst() throws Exception {
        final Path file = drop("derby.txt", TestArticles.text(TestArticles.SPORTS));
        new FileClaims(inbox, "other").claim(file).orElseThrow();

        ingestor.handle(file);

        assertThat(events).isEmpty();
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void shouldSkipFileDeletedBeforeItCouldBeTakenAndCarryOn() throws Exception {
        final Path deleted = drop("gone.txt", TestArticles.text(TestArticles.SPORTS));
        Files.delete(deleted);

        ingestor.handle(deleted);
        ingestor.handle(drop("derby.txt", TestArticles.text(TestArticles.SPORTS)));

        assertThat(events).containsExactly("published derby.txt 11");
    }

    @Test
    void shouldQuarantineFileTheSystemCannotReadAsUnreadable() throws Exception {
        // tests run as root, for whom permissions never block a read; a directory is a real read error (EISDIR)
        final Path notReadable = Files.createDirectory(inbox.resolve("cannot-read.txt"));

        ingestor.handle(notReadable);

        assertThat(events).containsExactly("quarantined cannot-read.txt UNREADABLE");
        assertThat(inbox.resolve("error/cannot-read.txt.error.json")).exists();
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void shouldQuarantineAHardLinkedFileWithoutReadingIt() throws Exception {
        final Path outside = Files.writeString(
                inbox.getParent().resolve("outside-" + System.nanoTime() + ".txt"),
                TestArticles.text(TestArticles.SPORTS),
                StandardCharsets.UTF_8);
        final Path link = Files.createLink(inbox.resolve("linked.txt"), outside);

        ingestor.handle(link);

        assertThat(events).containsExactly("quarantined linked.txt HARD_LINK");
        assertThat(inbox.resolve("error/linked.txt")).exists();
        assertThat(outside).exists().hasContent(TestArticles.text(TestArticles.SPORTS));
        assertThat(producer.history()).isEmpty();
        Files.delete(outside);
    }

    @Test
    void shouldQuarantineSymbolicLinkWithoutReadingItsTarget() throws Exception {
        final Path outside = Files.writeString(
                inbox.getParent().resolve("outside-" + System.nanoTime() + ".txt"),
                TestArticles.text(TestArticles.SPORTS),
                StandardCharsets.UTF_8);
        final Path link = Files.createSymbolicLink(inbox.resolve("link.txt"), outside);

        ingestor.handle(link);

        assertThat(events).containsExactly("quarantined link.txt SYMLINK");
        assertThat(Files.isSymbolicLink(inbox.resolve("error/link.txt"))).isTrue();
        assertThat(outside).exists();
        assertThat(producer.history()).isEmpty();
        Files.delete(outside);
    }

    @Test
    void shouldQuarantineUnsupportedFormat() throws Exception {
        ingestor.handle(drop("slides.pptx", "PK binary-ish"));

        assertThat(events).containsExactly("quarantined slides.pptx UNSUPPORTED_FORMAT");
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void shouldPublishEachFeedItemAsItsOwnArticleWithItsOwnLedgerEntryInOneTransaction() throws Exception {
        ingestor.handle(dropBytes("harbour-news.rss", TestArticles.feed("harbour-news.rss")));

        assertThat(producer.commitCount()).isEqualTo(1);
        assertThat(ledgerEntries())
                .extracting(LedgerEntry::sourceFile, LedgerEntry::item, LedgerEntry::itemId, LedgerEntry::status)
                .containsExactly(
                        tuple("harbour-news.rss", 1, "gazette-2026-12-0412", FileStatus.PUBLISHED),
                        tuple("harbour-news.rss", 2, "gazette-2026-12-0409", FileStatus.PUBLISHED),
                        tuple(
                                "harbour-news.rss",
                                3,
                                "https://gazette.example.org/2026/12/autumn-catch",
                                FileStatus.PUBLISHED));
        assertThat(paragraphs())
                .filteredOn(p -> p.kind() == ParagraphKind.HEADLINE)
                .extracting(Paragraph::text)
                .containsExactly(
                        "Night ferry returns to the harbour after two-year pause",
                        "Council approves budget for new sea wall",
                        "Fishing fleet reports best autumn catch in a decade");
        assertThat(events)
                .containsExactly(
                        "published harbour-news.rss 5",
                        "published harbour-news.rss 3",
                        "published harbour-news.rss 2",
                        "done harbour-news.rss 3 0 0");
        assertThat(inbox.resolve("processed/harbour-news.rss")).exists();
    }

    @Test
    void shouldPublishExactlyTheTwoNewItemsOfAFeedDroppedAgain() throws Exception {
        ingestor.handle(dropBytes("harbour-news.rss", TestArticles.feed("harbour-news.rss")));
        events.clear();
        final int before = producer.history().size();

        ingestor.handle(dropBytes("harbour-news.rss", TestArticles.feed("harbour-news-redrop.rss")));

        final List<LedgerEntry> added =
                ledgerEntries().subList(3, ledgerEntries().size());
        assertThat(added)
                .extracting(LedgerEntry::item, LedgerEntry::itemId)
                .containsExactly(tuple(1, "gazette-2026-12-0415"), tuple(2, "gazette-2026-12-0416"));
        assertThat(producer.history().subList(before, producer.history().size()))
                .filteredOn(r -> r.topic().equals(Topics.PARAGRAPHS.name()))
                .hasSize(3 + 2);
        assertThat(events)
                .containsExactly(
                        "published harbour-news.rss 3", "published harbour-news.rss 2", "done harbour-news.rss 2 3 0");
        assertThat(inbox.resolve("processed/harbour-news-1.rss")).exists();
    }

    @Test
    void shouldSpreadA500ItemFileOverBoundedTransactionsAndMoveItOnlyAfterTheLast() throws Exception {
        final CountingProducer counting = new CountingProducer();
        final ArticleIngestor bounded = ingestor(64, counting);

        bounded.handle(dropBytes("generated-500.jsonl", TestArticles.jsonl("generated-500.jsonl")));

        // 500 articles of at most 64 per transaction: 7 full transactions and one of 52
        assertThat(counting.articlesPerCommit).containsExactly(64, 64, 64, 64, 64, 64, 64, 52);
        assertThat(counting.processedAtCommit).containsOnly(false);
        assertThat(ledgerEntries())
                .hasSize(500)
                .extracting(LedgerEntry::item)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 500).boxed().toList());
        assertThat(inbox.resolve("processed/generated-500.jsonl")).exists();
        assertThat(events).last().isEqualTo("done generated-500.jsonl 500 0 0");
    }

    @Test
    void shouldPublishTheRestOfAFileWhoseThirdTransactionFailedWithoutRepeatingAnyItem() throws Exception {
        final CountingProducer counting = new CountingProducer();
        counting.failCommit = 3;
        final ArticleIngestor bounded = ingestor(64, counting);

        bounded.handle(dropBytes("generated-500.jsonl", TestArticles.jsonl("generated-500.jsonl")));

        assertThat(inbox.resolve("generated-500.jsonl")).exists();
        assertThat(inbox.resolve("processed")).isEmptyDirectory();
        assertThat(ledgerEntries()).hasSize(128);

        bounded.handle(inbox.resolve("generated-500.jsonl"));

        assertThat(ledgerEntries())
                .hasSize(500)
                .extracting(LedgerEntry::articleId)
                .doesNotHaveDuplicates();
        assertThat(ledgerEntries())
                .extracting(LedgerEntry::item)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 500).boxed().toList());
        assertThat(paragraphs())
                .filteredOn(p -> p.kind() == ParagraphKind.HEADLINE)
                .hasSize(500);
        assertThat(events).last().isEqualTo("done generated-500.jsonl 372 128 0");
    }

    @Test
    void shouldPublishGoodLinesAndReportBadOnesWithTheirLineNumbers() throws Exception {
        ingestor.handle(dropBytes("wire-export.jsonl", TestArticles.jsonl("wire-export.jsonl")));

        assertThat(ledgerEntries())
                .extracting(LedgerEntry::item, LedgerEntry::itemId)
                .containsExactly(
                        tuple(1, "wire-20261207-001"), tuple(2, "wire-20261207-002"), tuple(6, "wire-20261207-005"));
        assertThat(inbox.resolve("processed/wire-export.jsonl")).exists();
        final JsonNode report = Json.MAPPER.readTree(
                inbox.resolve("error/wire-export.jsonl.error.json").toFile());
        assertThat(report.get("reason").asText()).isEqualTo("BAD_ITEMS");
        assertThat(report.get("file").asText()).isEqualTo("wire-export.jsonl");
        assertThat(report.get("items"))
                .extracting(
                        item -> item.get("position").asInt(),
                        item -> item.get("reason").asText())
                .containsExactly(tuple(4, "NO_PARAGRAPHS"), tuple(5, "MALFORMED"), tuple(7, "MALFORMED"));
        assertThat(report.get("items").get(0).get("id").asText()).isEqualTo("wire-20261207-003");
        assertThat(inbox.resolve("error/wire-export.jsonl")).doesNotExist();
        assertThat(events).last().isEqualTo("done wire-export.jsonl 3 0 3");
    }

    @Test
    void shouldQuarantineAFeedWithoutASingleGoodItemListingEachItem() throws Exception {
        ingestor.handle(drop("all-bad.jsonl", "{\"headline\": \"Only a headline\"}\nnot json\n"));

        assertThat(events).containsExactly("quarantined all-bad.jsonl BAD_ITEMS");
        assertThat(producer.history()).isEmpty();
        final JsonNode report = Json.MAPPER.readTree(
                inbox.resolve("error/all-bad.jsonl.error.json").toFile());
        assertThat(report.get("items"))
                .extracting(item -> item.get("position").asInt())
                .containsExactly(1, 2);
    }

    @Test
    void shouldQuarantineXxeAndEntityBombWithoutResolvingThem() throws Exception {
        ingestor.handle(List.of(
                dropBytes("xxe.xml", TestArticles.feed("xxe.xml")),
                dropBytes("billion-laughs.xml", TestArticles.feed("billion-laughs.xml")),
                dropBytes("malformed.xml", TestArticles.feed("malformed.xml")),
                dropBytes("opml-subscriptions.xml", TestArticles.feed("opml-subscriptions.xml"))));

        assertThat(events)
                .containsExactly(
                        "quarantined xxe.xml UNSAFE_XML",
                        "quarantined billion-laughs.xml UNSAFE_XML",
                        "quarantined malformed.xml MALFORMED",
                        "quarantined opml-subscriptions.xml UNSUPPORTED_FORMAT");
        assertThat(producer.history()).isEmpty();
        assertThat(Files.readString(inbox.resolve("error/xxe.xml.error.json")))
                .contains("DOCTYPE")
                .doesNotContain("root:");
    }

    private List<LedgerEntry> ledgerEntries() {
        return producer.history().stream()
                .filter(r -> r.topic().equals(Topics.INGEST_LEDGER.name()))
                .map(r -> Topics.INGEST_LEDGER.valueSerde().deserializer().deserialize(r.topic(), r.value()))
                .toList();
    }

    private List<Paragraph> paragraphs() {
        return producer.history().stream()
                .filter(r -> r.topic().equals(Topics.PARAGRAPHS.name()))
                .map(r -> Topics.PARAGRAPHS.valueSerde().deserializer().deserialize(r.topic(), r.value()))
                .toList();
    }

    /**
     * A mock producer that remembers how many articles (ledger records) each commit carried and whether the file was
     * already in the processed directory then; {@code failCommit} makes that commit (1-based) fail once.
     */
    private final class CountingProducer extends MockProducer<String, byte[]> {
        private final List<Integer> articlesPerCommit = new ArrayList<>();
        private final List<Boolean> processedAtCommit = new ArrayList<>();
        private int ledgerRecords;
        private int commits;
        private int failCommit;

        CountingProducer() {
            super(true, null, new StringSerializer(), new ByteArraySerializer());
        }

        @Override
        public synchronized java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata> send(
                final org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> record) {
            if (record.topic().equals(Topics.INGEST_LEDGER.name())) {
                ledgerRecords++;
            }
            return super.send(record);
        }

        @Override
        public synchronized void commitTransaction() {
            commits++;
            if (commits == failCommit) {
                ledgerRecords = 0;
                throw new TransactionAbortableException("broker hiccup at commit " + commits);
            }
            articlesPerCommit.add(ledgerRecords);
            ledgerRecords = 0;
            try (var processed = Files.list(inbox.resolve("processed"))) {
                processedAtCommit.add(processed.findAny().isPresent());
            } catch (final java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            super.commitTransaction();
        }

        @Override
        public synchronized void abortTransaction() {
            ledgerRecords = 0;
            super.abortTransaction();
        }
    }

    private Path dropBytes(final String name, final byte[] bytes) throws Exception {
        return Files.write(inbox.resolve(name), bytes);
    }

    private Path drop(final String name, final String text) throws Exception {
        return Files.writeString(inbox.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static MockConsumer<String, byte[]> emptyLedgerConsumer() {
        final String topic = Topics.INGEST_LEDGER.name();
        final TopicPartition partition = new TopicPartition(topic, 0);
        final MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
        consumer.updatePartitions(topic, List.of(new PartitionInfo(topic, 0, null, null, null)));
        consumer.updateBeginningOffsets(Map.of(partition, 0L));
        consumer.updateEndOffsets(Map.of(partition, 0L));
        return consumer;
    }
}
