package io.newsflow.launcher.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.benchmarks.corpus.ArticleGenerator;
import io.newsflow.benchmarks.corpus.ArticleGenerator.GeneratedArticle;
import io.newsflow.contract.Json;
import io.newsflow.ingest.IngestListener;
import io.newsflow.launcher.Newsflow;
import io.newsflow.launcher.Taggers;
import io.newsflow.launcher.local.LocalPipeline;
import io.newsflow.launcher.status.FileJourney;
import io.newsflow.launcher.status.JourneyReader;
import io.newsflow.sink.SinkListener;
import io.newsflow.testsupport.Inbox;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsflow status} against a running local pipeline: each file's journey as far as it got. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatusCommandIT {

    @TempDir
    static Path work;

    private static LocalPipeline pipeline;

    @BeforeAll
    static void start() {
        pipeline = LocalPipeline.start(
                new LocalPipeline.Settings(work.resolve("inbox"), work.resolve("outbox"), work.resolve("data"), 0, 2),
                Taggers.builtIn(),
                IngestListener.NONE,
                SinkListener.NONE);
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    @Order(1)
    void shouldShowEachFilesJourneyFromReceivedToStored() throws Exception {
        final GeneratedArticle article = new ArticleGenerator(11).article(4, 6);
        drop("story.txt", article.text());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> PipelineOutcome.documents(outbox()).size() == 1);
        drop("copy of story.txt", article.text());
        drop("empty.txt", "");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Files.exists(pipeline.settings().processedDir().resolve("copy of story.txt"))
                        && Files.exists(pipeline.settings().errorDir().resolve("empty.txt.error.json")));

        final Map<String, FileJourney> journeys = new JourneyReader(
                        Map.of("bootstrap.servers", pipeline.bootstrapServers()), Duration.ofSeconds(30))
                        .journeys(
                                pipeline.settings().inbox(),
                                pipeline.settings().processedDir(),
                                pipeline.settings().errorDir(),
                                outbox())
                        .stream()
                        .collect(Collectors.toMap(FileJourney::file, Function.identity()));

        assertThat(journeys).containsOnlyKeys("story.txt", "copy of story.txt", "empty.txt");
        final FileJourney story = journeys.get("story.txt");
        assertThat(story.stage()).isEqualTo(FileJourney.Stage.STORED);
        assertThat(story.records()).isEqualTo(1 + article.headings() + article.bodyParagraphs() + 1);
        assertThat(story.paragraphs()).isEqualTo(article.bodyParagraphs());
        assertThat(story.entities()).isPositive();
        assertThat(story.receivedAt()).isNotNull().isBeforeOrEqualTo(story.publishedAt());
        assertThat(story.enrichedAt()).isAfterOrEqualTo(story.publishedAt());
        assertThat(story.storedAt()).isNotNull();
        assertThat(story.document())
                .isEqualTo(PipelineOutcome.documents(outbox()).get(0));
        assertThat(story.metadata().format()).isEqualTo("text");
        assertThat(story.metadata().language()).isEqualTo("en");
        assertThat(story.entitiesSkipped()).isNull();
        assertThat(journeys.get("copy of story.txt").stage()).isEqualTo(FileJourney.Stage.ALREADY_INGESTED);
        assertThat(journeys.get("copy of story.txt").articleId()).isEqualTo(story.articleId());
        assertThat(journeys.get("empty.txt").stage()).isEqualTo(FileJourney.Stage.QUARANTINED);
        assertThat(journeys.get("empty.txt").quarantineReason()).isEqualTo("EMPTY");

        final String one = status("story.txt");
        assertThat(one)
                .contains(
                        "story.txt: stored",
                        "article    " + story.articleId(),
                        "received",
                        "published",
                        story.records() + " records",
                        "enriched",
                        article.bodyParagraphs() + " paragraphs",
                        "stored",
                        story.document().getFileName().toString(),
                        "format     text",
                        "language   en");
        final String all = status();
        assertThat(all)
                .contains(
                        "FILE",
                        "FORMAT",
                        "LANG",
                        "story.txt",
                        "stored",
                        "copy of story.txt",
                        "already ingested",
                        "empty.txt",
                        "quarantined",
                        "EMPTY",
                        "3 files");
        assertThat(status("never-dropped.txt")).contains("not known");
        assertThat(one).contains("story      " + story.articleId());
    }

    /** After the first test: that one counts every file of the shared pipeline. */
    @Test
    @Order(2)
    void shouldSayWhichArticleANearDuplicateRepeats() throws Exception {
        drop("wire-port-strike.txt", example("wire-port-strike.txt"));
        await().atMost(Duration.ofSeconds(60)).until(() -> documentFrom("wire-port-strike.txt"));
        drop("harbour-daily-port-strike.txt", example("harbour-daily-port-strike.txt"));
        await().atMost(Duration.ofSeconds(60)).until(() -> documentFrom("harbour-daily-port-strike.txt"));

        final String wire = status("wire-port-strike.txt");
        final String articleId = wire.lines()
                .filter(line -> line.startsWith("  article"))
                .findFirst()
                .orElseThrow()
                .substring("  article".length())
                .strip();
        assertThat(wire).contains("story      " + articleId);
        assertThat(status("harbour-daily-port-strike.txt"))
                .containsPattern("story      near-duplicate of " + articleId
                        + " \\(wire-port-strike\\.txt\\), similarity 0\\.\\d\\d; story " + articleId);
    }

    private static boolean documentFrom(final String file) throws IOException {
        for (final Path document : PipelineOutcome.documents(outbox())) {
            if (Json.MAPPER
                    .readTree(document.toFile())
                    .path("sourceFile")
                    .asText()
                    .equals(file)) {
                return true;
            }
        }
        return false;
    }

    private static String example(final String name) throws IOException {
        try (InputStream in = StatusCommandIT.class.getResourceAsStream("/examples/same-story/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String status(final String... file) {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream original = System.out;
        final List<String> args = new java.util.ArrayList<>(List.of(
                "status",
                "--bootstrap-servers",
                pipeline.bootstrapServers(),
                "--inbox",
                pipeline.settings().inbox().toString(),
                "--outbox",
                outbox().toString()));
        args.addAll(List.of(file));
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            final int exit = new CommandLine(new Newsflow()).execute(args.toArray(String[]::new));
            assertThat(exit).isEqualTo(file.length == 1 && file[0].startsWith("never") ? 1 : 0);
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Path outbox() {
        return pipeline.settings().outbox();
    }

    private static void drop(final String name, final String text) {
        new Inbox(pipeline.settings().inbox()).drop(name, text);
    }
}
