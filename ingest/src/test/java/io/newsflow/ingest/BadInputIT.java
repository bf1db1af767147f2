package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contract.FileStatus;
import io.newsflow.contract.Json;
import io.newsflow.contract.LedgerEntry;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.ParagraphKind;
import io.newsflow.contract.Topic;
import io.newsflow.contract.Topics;
import io.newsflow.testsupport.Inbox;
import io.newsflow.testsupport.KafkaBrokerExtension;
import io.newsflow.testsupport.SampleFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input matrix: one test per kind of file users drop by mistake or malice. Each file is either published
 * correctly or moved to {@code error/} with its {@code .error.json} reason; after each, a good article dropped next is
 * still published and the service is still running. One ingest service on a real broker per test (own inbox).
 */
class BadInputIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final AtomicInteger GOOD = new AtomicInteger();

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA =
            KafkaBrokerExtension.withTopics(List.of(Topics.PARAGRAPHS, Topics.INGEST_LEDGER), 2);

    @TempDir
    Path work;

    private Path inbox;
    private IngestService service;
    private final List<String> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startService() throws IOException {
        inbox = Files.createDirectories(work.resolve("inbox"));
        service = new IngestService(
                IngestConfig.of(KAFKA.bootstrapServers(), inbox)
                        .withRescanInterval(Duration.ofMillis(200))
                        .withTransactionalId("bad-input-" + System.nanoTime()),
                new IngestListener() {
                    @Override
                    public void onPublished(
                            final String file, final String articleId, final int records, final Duration took) {
                        events.add("published " + file + " " + articleId + " " + records);
                    }

                    @Override
                    public void onQuarantined(final String file, final String reason, final String detail) {
                        events.add("quarantined " + file + " " + reason);
                    }
                });
        service.start();
    }

    @AfterEach
    void stopServiceAfterCheckingItStillWorks() {
        try {
            // nothing else is affected: the next good file goes through
            final String name = "good-" + GOOD.incrementAndGet() + ".txt";
            drop(
                    name,
                    ("Harbour Board Approves Night Ferry Trial Number " + GOOD.get() + "\n\n"
                                    + "The harbour board approved a night ferry trial, run " + GOOD.get()
                                    + ", after a vote on Monday.\n")
                            .getBytes(StandardCharsets.UTF_8));
            awaitProcessed(name);
            assertThat(service.isRunning()).isTrue();
        } finally {
            service.close();
        }
    }

    @Test
    void shouldQuarantineEmptyFile() {
        drop("empty.txt", new byte[0]);
        assertThat(awaitQuarantined("empty.txt").get("reason").asText()).isEqualTo("EMPTY");
    }

    @Test
    void shouldQuarantineWhitespaceOnlyFile() {
        drop("blank.txt", " \n\t\r\n   \n".getBytes(StandardCharsets.UTF_8));
        final JsonNode report = awaitQuarantined("blank.txt");
        assertThat(report.get("reason").asText()).isEqualTo("EMPTY");
        assertThat(report.get("detail").asText()).contains("only whitespace");
    }

    @Test
    void shouldQuarantineImageAsBinary() {
        final byte[] png = SampleFiles.tinyPng();
        drop("photo.txt", png);
        assertThat(awaitQuarantined("photo.txt").get("reason").asText()).isEqualTo("BINARY");
        assertThat(inbox.resolve("error/photo.txt")).hasBinaryContent(png);
    }

    @Test
    void shouldDecodeWindows1252InsteadOfRejectingIt() {
        final String text = "Café Owners in Zürich Protest New €5 Fee\n\n"
                + "The café’s owner said the “tourist fee” of €5 would drive away regulars.\n";
        drop("zurich.txt", text.getBytes(Charset.forName("windows-1252")));

        final List<Paragraph> records = paragraphsOf(awaitPublished("zurich.txt"));
        assertThat(records)
                .extracting(Paragraph::text)
                .containsExactly(
                        "Café Owners in Zürich Protest New €5 Fee",
                        "The café’s owner said the “tourist fee” of €5 would drive away regulars.");
    }

    @Test
    void shouldDecodeLatin1() {
        final String text = "Straßenbahn in Göteborg fährt wieder\n\nDie Linie fährt ab Montag über die Brücke.\n";
        drop("goteborg.txt", text.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(paragraphsOf(awaitPublished("goteborg.txt")))
                .extracting(Paragraph::text)
                .containsExactly("Straßenbahn in Göteborg fährt wieder", "Die Linie fährt ab Montag über die Brücke.");
    }

    @Test
    void shouldDecodeUtf16WithByteOrderMark() {
        final String text = "\uFEFFKyiv Metro Extends Night Service\r\n\r\nThe metro will run until 2 a.m., "
                + "officials in Київ said.\r\n";
        drop("metro.txt", text.getBytes(StandardCharsets.UTF_16LE));

        assertThat(paragraphsOf(awaitPublished("metro.txt")))
                .extracting(Paragraph::text)
                .containsExactly(
                        "Kyiv Metro Extends Night Service", "The metro will run until 2 a.m., officials in Київ said.");
    }

    @Test
    void shouldQuarantineFileOverTheDefaultSizeLimitWithoutReadingIt() throws IOException {
        // sparse: 21 MB on paper, nothing on disk; it is refused on its size before a byte is read
        final Path hidden = inbox.resolve(".huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(hidden.toFile(), "rw")) {
            file.setLength(IngestConfig.DEFAULT_MAX_FILE_BYTES + 1024 * 1024);
        }
        Files.move(hidden, inbox.resolve("huge.txt"), StandardCopyOption.ATOMIC_MOVE);

        final JsonNode report = awaitQuarantined("huge.txt");
        assertThat(report.get("reason").asText()).isEqualTo("TOO_LARGE");
        assertThat(report.get("detail").asText()).contains("20971520");
    }

    @Test
    void shouldQuarantineFileThatIsOneLineOfOneMegabyteAsHeadlineOnly() {
        drop("one-line.txt", "word ".repeat(210_000).getBytes(StandardCharsets.UTF_8));
        assertThat(awaitQuarantined("one-line.txt").get("reason").asText()).isEqualTo("NO_PARAGRAPHS");
    }

    @Test
    void shouldQuarantineParagraphTooLargeForOneKafkaRecordInsteadOfRetryingForever() {
        drop(
                "long-paragraph.txt",
                ("Council Publishes Its Longest Report Ever\n\n" + "Lorem ipsum dolor sit amet. ".repeat(40_000) + "\n")
                        .getBytes(StandardCharsets.UTF_8));

        final JsonNode report = awaitQuarantined("long-paragraph.txt");
        assertThat(report.get("reason").asText()).isEqualTo("TOO_LARGE");
        assertThat(report.get("detail").asText()).contains("max.request.size");
    }

    @Test
    void shouldReadFileStillBeingAppendedToOnlyWhenComplete() throws Exception {
        final Path growing = inbox.resolve("growing.txt");
        final int lines = 40;
        try (OutputStream out = Files.newOutputStream(growing, StandardOpenOption.CREATE_NEW)) {
            out.write("Reservoir Levels Rise After Week of Rain\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            // about four seconds of a slow writer, well under the 250 ms a file must rest before it is read
            for (int i = 1; i <= lines; i++) {
                Thread.sleep(100);
                out.write(("Line " + i + " of the reservoir report says levels rose again.\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }

        final List<Paragraph> records = paragraphsOf(awaitPublished("growing.txt"));
        assertThat(records).hasSize(1 + lines);
        assertThat(records.get(lines).text())
                .isEqualTo("Line " + lines + " of the reservoir report says levels rose " + "again.");
        assertThat(events).noneMatch(event -> event.startsWith("quarantined growing.txt"));
    }

    @Test
    void shouldCopeWithFileDeletedAsSoonAsItAppears() throws Exception {
        final byte[] content =
                article("Deleted Story", "a story its writer deleted at once").getBytes(StandardCharsets.UTF_8);
        drop("deleted.txt", content);
        deleteOnSight("deleted.txt");

        // either ingest had it (whole) before the delete, or it is simply gone: never half, never quarantined
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> events.stream().noneMatch(event -> event.startsWith("quarantined deleted.txt")));
        events.stream()
                .filter(event -> event.startsWith("published deleted.txt "))
                .findFirst()
                .ifPresent(
                        event -> assertThat(paragraphsOf(event.split(" ")[2])).hasSize(2));
    }

    @Test
    void shouldPublishFileRenamedWhileWaitingExactlyOnceUnderOneOfItsNames() throws Exception {
        final String text = article("Renamed Story", "a story renamed right after it was dropped");
        drop("before.txt", text.getBytes(StandardCharsets.UTF_8));
        try {
            Files.move(inbox.resolve("before.txt"), inbox.resolve("after.txt"), StandardCopyOption.ATOMIC_MOVE);
        } catch (final NoSuchFileException e) {
            // ingest claimed it first: then it is published as before.txt
        }

        await().atMost(WAIT)
                .until(() -> events.stream()
                        .anyMatch(event ->
                                event.startsWith("published before.txt ") || event.startsWith("published after.txt ")));
        final String articleId = events.stream()
                .filter(event -> event.startsWith("published ") && !event.startsWith("published good-"))
                .findFirst()
                .orElseThrow()
                .split(" ")[2];
        assertThat(paragraphsOf(articleId)).hasSize(2);
        assertThat(ledgerOf(articleId)).extracting(LedgerEntry::status).containsExactly(FileStatus.PUBLISHED);
    }

    @Test
    void shouldRefuseSymbolicLinkPointingOutsideTheInbox() throws Exception {
        final Path secret = Files.writeString(
                work.resolve("secret.txt"),
                article("Outside The Inbox", "text that must never be published"),
                StandardCharsets.UTF_8);
        Files.createSymbolicLink(inbox.resolve("innocent.txt"), secret);

        final JsonNode report = awaitQuarantined("innocent.txt");
        assertThat(report.get("reason").asText()).isEqualTo("SYMLINK");
        assertThat(Files.isSymbolicLink(inbox.resolve("error/innocent.txt"))).isTrue();
        assertThat(secret).exists();
        assertThat(events).noneMatch(event -> event.startsWith("published innocent.txt"));
    }

    @Test
    void shouldPublishFilesWithSpacesUnicodeAndNewlinesInTheirNames() {
        final List<String> names = List.of("my story (final).txt", "Zürich – café ☕ 記事.txt", "two\nlines.txt");
        for (final String name : names) {
            drop(
                    name,
                    article("Story Named " + name.hashCode(), "a story with an unusual file name " + name.hashCode())
                            .getBytes(StandardCharsets.UTF_8));
        }
        for (final String name : names) {
            final List<Paragraph> records = paragraphsOf(awaitPublished(name));
            assertThat(records)
                    .hasSize(2)
                    .allSatisfy(record -> assertThat(record.sourceFile()).isEqualTo(name));
            assertThat(inbox.resolve("processed").resolve(name)).exists();
        }
    }

    @Test
    void shouldLeaveDirectoryDroppedIntoInboxAlone() throws Exception {
        final Path folder = Files.createDirectories(inbox.resolve("folder.txt"));
        Files.writeString(
                folder.resolve("inside.txt"),
                article("Nested Story", "a story inside a folder"),
                StandardCharsets.UTF_8);

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> Files.isDirectory(folder));
        assertThat(folder.resolve("inside.txt")).exists();
        assertThat(events).noneMatch(event -> event.contains("folder.txt") || event.contains("inside.txt"));
    }

    @Test
    void shouldQuarantineFileWithOnlyAHeadline() {
        drop("headline.txt", "Only A Headline Here\n".getBytes(StandardCharsets.UTF_8));
        assertThat(awaitQuarantined("headline.txt").get("reason").asText()).isEqualTo("NO_PARAGRAPHS");
    }

    @Test
    void shouldQuarantineUnsupportedFormatWithReason() {
        drop("report.pdf", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
        final JsonNode report = awaitQuarantined("report.pdf");
        assertThat(report.get("reason").asText()).isEqualTo("UNSUPPORTED_FORMAT");
        assertThat(report.get("detail").asText()).contains(".txt");
    }

    private static String article(final String headline, final String body) {
        return headline + " " + System.nanoTime() + "\n\nThis is " + body + ", reported on Tuesday.\n";
    }

    private void drop(final String name, final byte[] content) {
        new Inbox(inbox).drop(name, content);
    }

    private void deleteOnSight(final String name) throws IOException {
        final Path file = inbox.resolve(name);
        Files.deleteIfExists(file);
        try (Stream<Path> entries = Files.list(inbox)) {
            // also while claimed: the claim is a hidden rename of the same file
            for (final Path entry : entries.toList()) {
                if (entry.getFileName().toString().startsWith("." + name + ".claimed-by-")) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }

    private void awaitProcessed(final String name) {
        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve("processed").resolve(name)));
    }

    private String awaitPublished(final String name) {
        await().atMost(WAIT).until(() -> publishedId(name).isPresent());
        return publishedId(name).orElseThrow();
    }

    private Optional<String> publishedId(final String name) {
        return events.stream()
                .filter(event -> event.startsWith("published " + name + " "))
                .map(event ->
                        event.substring(("published " + name + " ").length()).split(" ")[0])
                .findFirst();
    }

    private JsonNode awaitQuarantined(final String name) {
        final Path report = inbox.resolve("error").resolve(name + ".error.json");
        await().atMost(WAIT).until(() -> Files.exists(report));
        try {
            final JsonNode json = Json.MAPPER.readTree(report.toFile());
            assertThat(json.get("file").asText()).isEqualTo(name);
            assertThat(json.get("stage").asText()).isEqualTo("ingest");
            assertThat(Files.exists(inbox.resolve("error").resolve(name), LinkOption.NOFOLLOW_LINKS))
                    .isTrue();
            assertThat(Files.exists(inbox.resolve(name), LinkOption.NOFOLLOW_LINKS))
                    .isFalse();
            return json;
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Paragraph> paragraphsOf(final String articleId) {
        final List<Paragraph> records = readCommitted(Topics.PARAGRAPHS).stream()
                .filter(record -> articleId.equals(record.key()))
                .map(ConsumerRecord::value)
                .toList();
        assertThat(records).isNotEmpty().first().extracting(Paragraph::kind).isEqualTo(ParagraphKind.HEADLINE);
        return records;
    }

    private static List<LedgerEntry> ledgerOf(final String articleId) {
        return readCommitted(Topics.INGEST_LEDGER).stream()
                .filter(record -> articleId.equals(record.key()))
                .map(ConsumerRecord::value)
                .toList();
    }

    private static <K, V> List<ConsumerRecord<K, V>> readCommitted(final Topic<K, V> topic) {
        return KAFKA.readCommitted(topic, WAIT);
    }
}
