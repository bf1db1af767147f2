package io.newsflow.launcher.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contract.Article;
import io.newsflow.contract.ArticleParagraph;
import io.newsflow.contract.SchemaValidation;
import io.newsflow.ingest.IngestListener;
import io.newsflow.launcher.Taggers;
import io.newsflow.sink.SinkListener;
import io.newsflow.testsupport.Inbox;
import io.newsflow.testsupport.SampleFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agency formats through the whole pipeline (real in-process KRaft broker, ingest, Kafka Streams enrich, sink):
 * the sample article as a text file, a ninjs item, a NewsML-G2 news item, an HTML page (with navigation, share
 * bar and footer around it), an RSS 2.0 item ({@code content:encoded}) and a JSON Lines line becomes six documents
 * with the same headline, sections, paragraphs, entities, sources and quotes, each with its format's metadata; a
 * German agency item keeps its structure but is not tagged; a news message's items are articles each.
 */
class FormatsPipelineIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(90);
    private static final String PAGE_URL = "https://news.newsflow.example/2025/03/25/rutte-odesa-visit";

    @TempDir
    static Path work;

    static LocalPipeline pipeline;
    static Inbox inbox;
    static Outbox outbox;

    @BeforeAll
    static void start() {
        pipeline = LocalPipeline.start(
                new LocalPipeline.Settings(work.resolve("inbox"), work.resolve("outbox"), work.resolve("data"), 0, 2),
                Taggers.builtIn(),
                IngestListener.NONE,
                SinkListener.NONE);
        inbox = new Inbox(pipeline.settings().inbox());
        outbox = new Outbox(pipeline.settings().outbox());
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void shouldMakeTheSameDocumentOfTheSameArticleInEveryFormat() {
        inbox.drop("rutte.txt", SampleFiles.resource("/articles/rutte-odesa-visit.txt"));
        inbox.drop("rutte.json", SampleFiles.resource("/ninjs/rutte-odesa-visit.ninjs.json"));
        inbox.drop("rutte.xml", SampleFiles.resource("/newsml/rutte-odesa-visit.newsml.xml"));
        inbox.drop("rutte.html", SampleFiles.resource("/formats/rutte-odesa-visit.html"));
        inbox.drop("rutte.rss", SampleFiles.resource("/formats/rutte-odesa-visit.rss"));
        inbox.drop("rutte.jsonl", SampleFiles.resource("/formats/rutte-odesa-visit.jsonl"));

        final Article text = awaitOne("rutte.txt");
        final Article ninjs = awaitOne("rutte.json");
        final Article newsml = awaitOne("rutte.xml");
        final Article page = awaitOne("rutte.html");
        final Article feedItem = awaitOne("rutte.rss");
        final Article jsonLine = awaitOne("rutte.jsonl");

        for (final Article article : List.of(ninjs, newsml, page, feedItem, jsonLine)) {
            assertThat(article.headline()).as(article.metadata().format()).isEqualTo(text.headline());
            assertThat(article.sections()).as(article.metadata().format()).isEqualTo(text.sections());
            assertThat(article.paragraphs())
                    .as(article.metadata().format())
                    .extracting(ArticleParagraph::text)
                    .isEqualTo(text.paragraphs().stream()
                            .map(ArticleParagraph::text)
                            .toList());
            assertThat(article.entities()).as(article.metadata().format()).isEqualTo(text.entities());
            assertThat(article.sources()).as(article.metadata().format()).isEqualTo(text.sources());
            assertThat(article.quotes()).as(article.metadata().format()).isEqualTo(text.quotes());
            assertThat(article.metadata().language()).isEqualTo("en");
            assertThat(article.metadata().publishedAt()).isEqualTo(Instant.parse("2025-03-25T11:40:00Z"));
            assertThat(article.metadata().provider()).isEqualTo("Newsflow Example Wire");
        }
        for (final Article article : List.of(ninjs, newsml, feedItem, jsonLine)) {
            assertThat(article.metadata().externalId()).isEqualTo("urn:newsml:newsflow.example:20250325:rutte-odesa");
        }
        for (final Article article : List.of(page, feedItem, jsonLine)) {
            assertThat(article.metadata().url()).isEqualTo(PAGE_URL);
            assertThat(article.metadata().byline()).isEqualTo("Newsflow Example Wire staff");
        }
        assertThat(text.entities()).hasSizeGreaterThan(10);
        assertThat(text.sections()).hasSize(5);
        assertThat(text.metadata().format()).isEqualTo("text");
        assertThat(ninjs.metadata().format()).isEqualTo("ninjs");
        assertThat(newsml.metadata().format()).isEqualTo("newsml-g2");
        assertThat(page.metadata().format()).isEqualTo("html");
        assertThat(feedItem.metadata().format()).isEqualTo("rss");
        assertThat(jsonLine.metadata().format()).isEqualTo("jsonl");
        assertThat(ninjs.metadata().subjects()).contains("Mark Rutte", "NATO", "Odesa");
        for (final String file :
                List.of("rutte.txt", "rutte.json", "rutte.xml", "rutte.html", "rutte.rss", "rutte.jsonl")) {
            assertThat(SchemaValidation.violations("article.schema.json", Outbox.tree(documentOf(file))))
                    .isEmpty();
        }
    }

    @Test
    void shouldKeepAGermanAgencyItemsStructureWithoutTaggingIt() {
        inbox.drop("dpa.json", SampleFiles.resource("/ninjs/ninjs-2.1-dpa-text.json"));

        final Article german = awaitOne("dpa.json");

        assertThat(german.headline()).isEqualTo("Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?");
        assertThat(german.paragraphs()).hasSize(9);
        assertThat(german.entities()).isEmpty();
        assertThat(german.paragraphs())
                .allSatisfy(paragraph -> assertThat(paragraph.entities()).isEmpty());
        assertThat(german.entitiesSkipped()).isEqualTo(Article.LANGUAGE_NOT_TAGGED);
        assertThat(german.metadata().language()).isEqualTo("de");
        assertThat(german.metadata().byline()).isEqualTo("Von Christian Hollmann, dpa");
        assertThat(SchemaValidation.violations("article.schema.json", Outbox.tree(documentOf("dpa.json"))))
                .isEmpty();
    }

    @Test
    void shouldPublishEachNewsItemOfANewsMessageAndReportTheOneWithoutText() {
        inbox.drop("wire.xml", SampleFiles.resource("/newsml/news-message-three-items.xml"));

        await().atMost(ARRIVAL).until(() -> outbox.articlesFrom("wire.xml").size() == 2);
        final List<Article> articles = outbox.articlesFrom("wire.xml");

        assertThat(articles)
                .extracting(article -> article.metadata().language())
                .containsExactlyInAnyOrder("en", "de");
        assertThat(articles)
                .filteredOn(article -> article.metadata().language().equals("de"))
                .singleElement()
                .satisfies(article -> {
                    assertThat(article.headline()).isEqualTo("Neue Hafenfähre nimmt den Betrieb auf");
                    assertThat(article.entitiesSkipped()).isEqualTo(Article.LANGUAGE_NOT_TAGGED);
                });
        assertThat(articles)
                .filteredOn(article -> article.metadata().language().equals("en"))
                .singleElement()
                .satisfies(article -> {
                    assertThat(article.sections()).containsExactly("Timetable");
                    assertThat(article.entitiesSkipped()).isNull();
                });
        await().atMost(ARRIVAL)
                .until(() -> Files.exists(pipeline.settings().processedDir().resolve("wire.xml")));
        assertThat(pipeline.settings().errorDir().resolve("wire.xml.error.json"))
                .exists()
                .content()
                .contains("BAD_ITEMS", "urn:newsml:wire.example:20260314:photo");
    }

    private static Article awaitOne(final String sourceFile) {
        await().atMost(ARRIVAL).until(() -> !outbox.articlesFrom(sourceFile).isEmpty());
        final List<Article> found = outbox.articlesFrom(sourceFile);
        assertThat(found).as("documents for %s", sourceFile).hasSize(1);
        return found.get(0);
    }

    private static Path documentOf(final String sourceFile) {
        return outbox.documents().stream()
                .filter(p -> Outbox.read(p).sourceFile().equals(sourceFile))
                .findFirst()
                .orElseThrow();
    }
}
