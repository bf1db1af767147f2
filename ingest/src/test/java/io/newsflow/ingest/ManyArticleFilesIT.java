package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contract.FileStatus;
import io.newsflow.contract.Json;
import io.newsflow.contract.LedgerEntry;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.ParagraphKind;
import io.newsflow.contract.Topic;
import io.newsflow.contract.Topics;
import io.newsflow.ingest.inbox.FileClaims;
import io.newsflow.ingest.inbox.Quarantine;
import io.newsflow.ingest.parse.ArticleFormat;
import io.newsflow.ingest.parse.ArticleIdentity;
import io.newsflow.ingest.parse.ArticleItem;
import io.newsflow.ingest.parse.ArticleReader;
import io.newsflow.ingest.publish.ArticleRecords;
import io.newsflow.ingest.publish.IngestLedger;
import io.newsflow.ingest.publish.TransactionalPublisher;
import io.newsflow.testsupport.Inbox;
import io.newsflow.testsupport.KafkaBrokerExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files with many articles (RSS, JSON Lines) through the real ingest service on a real in-process KRaft broker,
 * shared by the class: each test uses content of its own (its own feed, or the generated lines under a source of its
 * own, so their article ids differ) and looks only at its own file's records.
 */
class ManyArticleFilesIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

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
    void shouldPublishExactlyTheTwoNewItemsWhenAFeedIsDroppedAgainAfterARestart() throws Exception {
        final IngestService first = startService("it-feed-redrop");
        drop("harbour-news.rss", TestArticles.feed("harbour-news.rss"));
        await().atMost(WAIT).until(() -> events.contains("done harbour-news.rss 3 0 0"));
        first.close();
        events.clear();

        // a fresh instance knows the items only from the ledger it reads back from Kafka
        startService("it-feed-redrop");
        drop("harbour-news.rss", TestArticles.feed("harbour-news-redrop.rss"));

        await().atMost(WAIT).until(() -> events.contains("done harbour-news.rss 2 3 0"));
        assertThat(events.stream().filter(e -> e.startsWith("published harbour-news.rss ")))
                .hasSize(2);
        final List<LedgerEntry> ledger = ledgerOf("harbour-news.rss");
        assertThat(ledger)
                .extracting(LedgerEntry::itemId)
                .containsExactlyInAnyOrder(
                        "gazette-2026-12-0412",
                        "gazette-2026-12-0409",
                        "https://gazette.example.org/2026/12/autumn-catch",
                        "gazette-2026-12-0415",
                        "gazette-2026-12-0416");
        assertThat(headlinesOf("harbour-news.rss"))
                .containsExactlyInAnyOrder(
                        "Night ferry returns to the harbour after two-year pause",
                        "Council approves budget for new sea wall",
                        "Fishing fleet reports best autumn catch in a decade",
                        "Lighthouse museum reopens with restored lens",
                        "Harbour tunnel closed overnight for inspection");
        assertThat(inbox.resolve("processed/harbour-news.rss")).exists();
        assertThat(inbox.resolve("processed/harbour-news-1.rss")).exists();
    }

    @Test
    void shouldPublish500LinesInTransactionsOfAtMost64Articles() throws Exception {
        startService("it-bounded");
        drop("bounded-500.jsonl", generatedLines("it-bounded"));

        await().atMost(WAIT).until(() -> events.contains("done bounded-500.jsonl 500 0 0"));
        final List<ConsumerRecord<String, LedgerEntry>> ledger = readCommitted(Topics.INGEST_LEDGER).stream()
                .filter(record -> record.value().sourceFile().equals("bounded-500.jsonl"))
                .toList();
        assertThat(ledger).hasSize(500);
        // a transaction's records stand together on each partition, its commit marker after them: runs of
        // consecutive offsets are one transaction's share of the partition
        final Map<Integer, List<Integer>> runs = transactionRuns(ledger);
        assertThat(runs).hasSize(3);
        runs.forEach((partition, sizes) -> {
            assertThat(sizes)
                    .as("partition %d: records per transaction", partition)
                    .allMatch(size -> size <= 64);
            assertThat(sizes).as("partition %d: transactions", partition).hasSizeGreaterThanOrEqualTo(8);
        });
        assertThat(headlinesOf("bounded-500.jsonl")).hasSize(500).doesNotHaveDuplicates();
    }

    @Test
    void shouldPublishNothingTwiceWhenIngestDiesInTheMiddleOfAFile() throws Exception {
        final String id = "it-crash-mid-file";
        final IngestConfig config =
                IngestConfig.of(KAFKA.bootstrapServers(), inbox).withTransactionalId(id);
        Files.createDirectories(config.processedDir());
        Files.createDirectories(config.errorDir());
        drop("crash-500.jsonl", generatedLines(id));
        final Map<String, Object> producerProperties = config.producerProperties();
        final TransactionalPublisher publisher =
                new TransactionalPublisher(() -> new DyingProducer(producerProperties, 4), id);
        publisher.start();
        try (IngestLedger ledger = IngestLedger.create(config.ledgerConsumerProperties())) {
            ledger.restore(WAIT);
            final ArticleIngestor ingestor = new ArticleIngestor(
                    new FileClaims(inbox, id),
                    new ArticleReader(config.maxFileBytes()),
                    ledger,
                    publisher,
                    new Quarantine(config.errorDir(), Clock.systemUTC()),
                    config.processedDir(),
                    IngestListener.NONE,
                    Clock.systemUTC());

            // dies with its fourth transaction sent to the broker but not committed, three committed before it
            assertThatThrownBy(() -> ingestor.handle(inbox.resolve("crash-500.jsonl")))
                    .isInstanceOf(ProcessDied.class);
        }
        assertThat(inbox.resolve(".crash-500.jsonl.claimed-by-" + id)).exists();
        assertThat(ledgerOf("crash-500.jsonl")).hasSize(3 * 64);

        startService(id);

        await().atMost(WAIT).until(() -> events.contains("done crash-500.jsonl 308 192 0"));
        final List<LedgerEntry> ledger = ledgerOf("crash-500.jsonl");
        assertThat(ledger).hasSize(500);
        assertThat(ledger).extracting(LedgerEntry::articleId).doesNotHaveDuplicates();
        assertThat(ledger).extracting(LedgerEntry::item).doesNotHaveDuplicates();
        assertThat(headlinesOf("crash-500.jsonl")).hasSize(500).doesNotHaveDuplicates();
        assertThat(inbox.resolve("processed/crash-500.jsonl")).exists();
    }

    @Test
    void shouldReportBadLinesAndPublishTheOthersWhileUnsafeXmlIsQuarantined() throws Exception {
        startService("it-bad-items");
        drop("xxe.xml", TestArticles.feed("xxe.xml"));
        drop("billion-laughs.xml", TestArticles.feed("billion-laughs.xml"));
        drop("wire-export.jsonl", TestArticles.jsonl("wire-export.jsonl"));

        await().atMost(WAIT).until(() -> events.contains("done wire-export.jsonl 3 0 3"));
        await().atMost(WAIT)
                .until(() -> events.containsAll(
                        List.of("quarantined xxe.xml UNSAFE_XML", "quarantined billion-laughs.xml UNSAFE_XML")));
        assertThat(headlinesOf("wire-export.jsonl"))
                .containsExactlyInAnyOrder(
                        "Rail strike called off after overnight talks",
                        "Central bank holds rates at 3.25 percent",
                        "Museum returns bronze figures to Benin City");
        final JsonNode report = Json.MAPPER.readTree(
                inbox.resolve("error/wire-export.jsonl.error.json").toFile());
        assertThat(report.get("reason").asText()).isEqualTo("BAD_ITEMS");
        assertThat(report.get("items"))
                .extracting(item ->
                        item.get("position").asInt() + " " + item.get("reason").asText())
                .containsExactly("4 NO_PARAGRAPHS", "5 MALFORMED", "7 MALFORMED");
        assertThat(inbox.resolve("processed/wire-export.jsonl")).exists();
        assertThat(inbox.resolve("error/xxe.xml")).exists();
        assertThat(Files.readString(inbox.resolve("error/billion-laughs.xml.error.json")))
                .contains("UNSAFE_XML");
    }

    @Test
    void shouldGiveBackAProcessedFeedOneOfWhoseTransactionsTheBrokerLostAndPublishOnlyThatItem() throws Exception {
        // what a broker killed with a commit in flight can leave: the feed in processed/, one item's transaction
        // aborted
        final Path processed = Files.createDirectories(inbox.resolve("processed"));
        final Path feed = Files.write(processed.resolve("science-desk.atom"), TestArticles.feed("science-desk.atom"));
        final List<ArticleItem> items = new ArticleReader(1024 * 1024)
                .readItems(feed, ArticleFormat.XML)
                .articles();
        final Map<String, Object> props = new HashMap<>(KAFKA.clientProperties());
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "it-lost-feed-predecessor");
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            for (final ArticleItem item : items) {
                producer.beginTransaction();
                final ArticleIdentity identity = item.identity();
                final Instant then = Instant.now();
                final List<Paragraph> records = ArticleRecords.of(item.article(), identity, "science-desk.atom", then);
                for (final Paragraph paragraph : records) {
                    producer.send(new ProducerRecord<>(
                            Topics.PARAGRAPHS.name(),
                            paragraph.articleId(),
                            Topics.PARAGRAPHS
                                    .valueSerde()
                                    .serializer()
                                    .serialize(Topics.PARAGRAPHS.name(), paragraph)));
                }
                final LedgerEntry entry = new LedgerEntry(
                        identity.articleId(),
                        identity.contentHash(),
                        "science-desk.atom",
                        FileStatus.PUBLISHED,
                        records.size(),
                        then,
                        item.position(),
                        item.externalId());
                producer.send(new ProducerRecord<>(
                        Topics.INGEST_LEDGER.name(),
                        entry.articleId(),
                        Topics.INGEST_LEDGER.valueSerde().serializer().serialize(Topics.INGEST_LEDGER.name(), entry)));
                producer.flush();
                if (item.position() == 1) {
                    producer.commitTransaction();
                } else {
                    producer.abortTransaction();
                }
            }
        }

        startService("it-lost-feed");

        await().atMost(WAIT).until(() -> events.contains("done science-desk.atom 1 1 0"));
        assertThat(ledgerOf("science-desk.atom")).extracting(LedgerEntry::item).containsExactlyInAnyOrder(1, 2);
        assertThat(headlinesOf("science-desk.atom"))
                .containsExactlyInAnyOrder(
                        "Deep-sea microbes breathe metal, study finds",
                        "Comet fragments to light up the sky on Thursday");
        assertThat(processed.resolve("science-desk.atom")).exists();
    }

    /** The generated 500 lines, their source renamed so this test's articles are its own. */
    private static byte[] generatedLines(final String source) {
        return new String(TestArticles.jsonl("generated-500.jsonl"), StandardCharsets.UTF_8)
                .replace("\"Generated Wire\"", "\"" + source + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Per partition, the sizes of the runs of consecutive offsets (a commit marker takes an offset between runs). */
    private static Map<Integer, List<Integer>> transactionRuns(final List<ConsumerRecord<String, LedgerEntry>> ledger) {
        final Map<Integer, List<Integer>> runs = new HashMap<>();
        final Map<Integer, Long> last = new HashMap<>();
        for (final ConsumerRecord<String, LedgerEntry> record : ledger) {
            final List<Integer> sizes = runs.computeIfAbsent(record.partition(), p -> new ArrayList<>());
            final Long previous = last.put(record.partition(), record.offset());
            if (previous != null && record.offset() == previous + 1) {
                sizes.set(sizes.size() - 1, sizes.get(sizes.size() - 1) + 1);
            } else {
                sizes.add(1);
            }
        }
        return runs;
    }

    /** Thrown where a real process would have died: nothing after it runs, nothing is cleaned up. */
    private static final class ProcessDied extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ProcessDied(final String message) {
            super(message);
        }
    }

    /**
     * A real producer whose process "dies" at its {@code dieAt}-th commit: the transaction's records are on the broker
     * (flushed) but its commit is never asked for, and the producer is dropped without closing or aborting, as a
     * {@code kill -9} would leave it. Only the next instance's {@code initTransactions} settles that transaction.
     */
    private static final class DyingProducer extends KafkaProducer<String, byte[]> {
        private final int dieAt;
        private int commits;

        DyingProducer(final Map<String, Object> properties, final int dieAt) {
            super(properties, new StringSerializer(), new ByteArraySerializer());
            this.dieAt = dieAt;
        }

        @Override
        public void commitTransaction() {
            if (++commits == dieAt) {
                flush();
                close(Duration.ZERO);
                throw new ProcessDied("killed before commit " + commits);
            }
            super.commitTransaction();
        }
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
            public void onQuarantined(final String file, final String reason, final String detail) {
                events.add("quarantined " + file + " " + reason);
            }

            @Override
            public void onFileDone(
                    final String file, final int published, final int alreadyIngested, final int badItems) {
                events.add("done " + file + " " + published + " " + alreadyIngested + " " + badItems);
            }
        });
        services.add(service);
        service.start();
        return service;
    }

    private void drop(final String name, final byte[] content) {
        new Inbox(inbox).drop(name, content);
    }

    private static List<LedgerEntry> ledgerOf(final String file) {
        return readCommitted(Topics.INGEST_LEDGER).stream()
                .map(ConsumerRecord::value)
                .filter(entry -> entry.sourceFile().equals(file))
                .collect(Collectors.toList());
    }

    private static List<String> headlinesOf(final String file) {
        return readCommitted(Topics.PARAGRAPHS).stream()
                .map(ConsumerRecord::value)
                .filter(p -> p.sourceFile().equals(file) && p.kind() == ParagraphKind.HEADLINE)
                .map(Paragraph::text)
                .collect(Collectors.toList());
    }

    private static <K, V> List<ConsumerRecord<K, V>> readCommitted(final Topic<K, V> topic) {
        return KAFKA.readCommitted(topic, WAIT);
    }
}
