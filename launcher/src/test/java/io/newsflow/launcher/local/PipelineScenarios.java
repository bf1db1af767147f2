package io.newsflow.launcher.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.benchmarks.corpus.ArticleGenerator;
import io.newsflow.benchmarks.corpus.ArticleGenerator.GeneratedArticle;
import io.newsflow.contract.Article;
import io.newsflow.contract.ArticleParagraph;
import io.newsflow.contract.Citation;
import io.newsflow.contract.Duplicate;
import io.newsflow.contract.DuplicateReason;
import io.newsflow.contract.Entity;
import io.newsflow.contract.EntitySummary;
import io.newsflow.contract.EntityType;
import io.newsflow.contract.Json;
import io.newsflow.contract.SchemaValidation;
import io.newsflow.contract.Topics;
import io.newsflow.testsupport.Inbox;
import io.newsflow.testsupport.SampleFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The end-to-end scenarios every deployment of the pipeline must pass, checked from the outside: files dropped into the
 * inbox, documents read from the outbox, topics read with a plain Kafka consumer. Run on the in-process broker by
 * {@link LocalPipelineIT} and on a Testcontainers broker by {@link ContainerKafkaPipelineIT}.
 */
final class PipelineScenarios {

    static final String SAMPLE = "rutte-odesa-visit.txt";
    private static final Duration ARRIVAL = Duration.ofSeconds(60);

    private final LocalPipeline pipeline;
    private final Inbox inbox;
    private final Outbox outbox;

    PipelineScenarios(final LocalPipeline pipeline) {
        this.pipeline = pipeline;
        this.inbox = new Inbox(pipeline.settings().inbox());
        this.outbox = new Outbox(pipeline.settings().outbox());
    }

    /** (i) The sample article becomes exactly one document with its structure, sources and main entities. */
    void sampleBecomesOneEnrichedDocument() throws IOException {
        final byte[] sample = SampleFiles.resource("/articles/" + SAMPLE);
        final String headline = new String(sample, StandardCharsets.UTF_8)
                .lines()
                .findFirst()
                .orElseThrow()
                .strip();
        inbox.drop(SAMPLE, sample);

        final Article article = awaitOneArticle(SAMPLE);
        final Path document = documentOf(SAMPLE);

        assertThat(SchemaValidation.violations("article.schema.json", Outbox.tree(document)))
                .isEmpty();
        assertThat(article.headline()).isEqualTo(headline);
        assertThat(article.paragraphs()).hasSize(17);
        assertThat(article.sections())
                .hasSize(5)
                .contains(
                        "Key Developments: Strategic Timing Amid Intensifying Conflict",
                        "Standing Firm Against Aggression");
        assertThat(article.sources().stream().collect(Collectors.toMap(Citation::ref, Citation::source)))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(1, "Kyiv Independent", 2, "The Guardian", 3, "NATO", 4, "Euronews"));
        assertThat(article.paragraphs())
                .extracting(ArticleParagraph::text)
                .noneMatch(text -> text.strip().equals(headline))
                .noneMatch(text -> Pattern.compile("(Kyiv Independent|Guardian|NATO|Euronews)\\d")
                        .matcher(text)
                        .find());
        assertThat(article.duplicatesDropped()).isEqualTo(1);
        assertEntityOffsetsPointAtTheirText(article);

        final Set<String> entities = article.entities().stream()
                .map(e -> e.type() + ":" + e.canonical())
                .collect(Collectors.toSet());
        assertThat(entities)
                .contains(
                        "PERSON:Mark Rutte",
                        "PERSON:Volodymyr Zelenskyy",
                        "PERSON:Donald Trump",
                        "ORGANIZATION:NATO",
                        "LOCATION:Odesa",
                        "LOCATION:Ukraine",
                        "LOCATION:Kyiv");
        assertThat(article.entities())
                .filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(EntitySummary::canonical)
                .doesNotContain("Rutte", "Zelenskyy");
        assertThat(article.paragraphs())
                .flatExtracting(ArticleParagraph::entities)
                .filteredOn(e -> e.type() == EntityType.MONEY && e.money() != null)
                .anySatisfy(e -> {
                    assertThat(e.money().amount()).isEqualTo(2.0e10);
                    assertThat(e.money().currency()).isEqualTo("EUR");
                });

        final List<Duplicate> duplicates = readTopic(
                Topics.DUPLICATES.name(),
                article.articleId(),
                json -> Json.MAPPER.treeToValue(json, Duplicate.class),
                1);
        assertThat(duplicates).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo(DuplicateReason.REPEATED_HEADLINE);
            assertThat(d.duplicateOf()).isEqualTo(article.articleId() + "#0");
        });
        // 24 records were ingested; all but the repeated headline come out enriched, as plain JSON
        final List<JsonNode> enriched = readTopic(Topics.PARAGRAPHS_ENRICHED.name(), article.articleId(), j -> j, 23);
        assertThat(enriched)
                .hasSize(23)
                .allSatisfy(json -> assertThat(SchemaValidation.violations("enriched-paragraph.schema.json", json))
                        .isEmpty());
    }

    /** (ii) The same content dropped twice, once under another name and with other line endings, yields one document. */
    void sameContentUnderAnotherNameYieldsOneDocument() throws IOException {
        final GeneratedArticle generated = new ArticleGenerator(7).article(1, 8);
        inbox.drop("port-story.txt", generated.text());
        final Article first = awaitOneArticle("port-story.txt");

        inbox.drop("copy of port story.txt", generated.text().replace("\n", "\r\n"));
        await().atMost(ARRIVAL)
                .until(() -> Files.exists(pipeline.settings().processedDir().resolve("copy of port story.txt")));
        // the copy went through ingest; give enrich and the sink time to (wrongly) produce something
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(6))
                .until(() -> outbox.documents().stream()
                                .map(Outbox::read)
                                .filter(a -> a.articleId().equals(first.articleId()))
                                .count()
                        == 1);
        assertThat(outbox.articlesFrom("copy of port story.txt")).isEmpty();
    }

    /** (iii) Many different articles dropped at once all arrive, each with its paragraphs in order. */
    void manyArticlesDroppedAtOnceAllArriveInOrder(final int count) {
        final ArticleGenerator generator = new ArticleGenerator(42);
        final List<GeneratedArticle> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(generator.article(i, 6 + i % 9));
        }
        articles.forEach(a -> inbox.drop(a.fileName(), a.text()));

        final Set<String> names =
                articles.stream().map(GeneratedArticle::fileName).collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(120))
                .until(() -> outbox.documents().stream()
                                .map(Outbox::read)
                                .filter(a -> names.contains(a.sourceFile()))
                                .count()
                        == count);
        for (final GeneratedArticle expected : articles) {
            final Article article = awaitOneArticle(expected.fileName());
            assertThat(article.headline()).isEqualTo(expected.headline());
            assertThat(article.paragraphs()).hasSize(expected.bodyParagraphs());
            assertThat(article.sections()).hasSize(expected.headings());
            assertThat(article.paragraphs())
                    .extracting(ArticleParagraph::index)
                    .isSorted()
                    .doesNotHaveDuplicates();
            assertThat(article.paragraphs().get(0).text()).contains("(case ");
        }
    }

    /** (iv) An empty and a binary file go to the error directory with reasons; a good file dropped with them proceeds. */
    void badFilesAreQuarantinedWhileOthersProceed() throws IOException {
        final byte[] png = SampleFiles.tinyPng();
        inbox.drop("empty.txt", new byte[0]);
        inbox.drop("photo.txt", png);
        final GeneratedArticle good = new ArticleGenerator(99).article(3, 5);
        inbox.drop("good-one.txt", good.text());

        final Path errors = pipeline.settings().errorDir();
        await().atMost(ARRIVAL)
                .until(() -> Files.exists(errors.resolve("empty.txt.error.json"))
                        && Files.exists(errors.resolve("photo.txt.error.json")));
        assertThat(Files.exists(errors.resolve("empty.txt"))).isTrue();
        assertThat(Files.exists(errors.resolve("photo.txt"))).isTrue();
        final JsonNode empty =
                Json.MAPPER.readTree(errors.resolve("empty.txt.error.json").toFile());
        final JsonNode binary =
                Json.MAPPER.readTree(errors.resolve("photo.txt.error.json").toFile());
        assertThat(empty.path("reason").asText()).isEqualTo("EMPTY");
        assertThat(empty.path("file").asText()).isEqualTo("empty.txt");
        assertThat(empty.path("stage").asText()).isEqualTo("ingest");
        assertThat(empty.path("time").asText()).isNotBlank();
        assertThat(binary.path("reason").asText()).isEqualTo("BINARY");

        assertThat(awaitOneArticle("good-one.txt").headline()).isEqualTo(good.headline());
        assertThat(pipeline.isHealthy()).isTrue();
    }

    /** Every topic is plain JSON: Kafka's own console consumer, run as users run it, prints parseable documents. */
    void topicsReadAsPlainJsonByKafkasConsoleConsumer() throws IOException, InterruptedException {
        final GeneratedArticle generated = new ArticleGenerator(5).article(2, 6);
        inbox.drop("console-check.txt", generated.text());
        final Article article = awaitOneArticle("console-check.txt");

        final Process consumer = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.apache.kafka.tools.consumer.ConsoleConsumer",
                        "--bootstrap-server",
                        pipeline.bootstrapServers(),
                        "--topic",
                        Topics.ARTICLES.name(),
                        "--from-beginning",
                        "--isolation-level",
                        "read_committed",
                        "--formatter-property",
                        "print.key=true",
                        "--formatter-property",
                        "key.separator=\t",
                        "--timeout-ms",
                        "8000")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        final List<String> lines = new String(consumer.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .filter(line -> line.startsWith(article.articleId() + "\t"))
                .toList();
        assertThat(consumer.waitFor()).isZero();

        assertThat(lines).hasSize(1);
        final Article printed =
                Json.MAPPER.readValue(lines.get(0).substring(lines.get(0).indexOf('\t') + 1), Article.class);
        assertThat(printed).isEqualTo(article);
    }

    /**
     * (vi) Three outlets' versions of one wire report and a follow-up on the same strike (docs/examples/same-story):
     * four documents, the three versions sharing the first one's storyId, the follow-up with its own.
     */
    void threeOutletsOfOneStoryShareItsIdAndAFollowUpKeepsItsOwn() throws IOException {
        inbox.drop("wire-port-strike.txt", example("wire-port-strike.txt"));
        final Article wire = awaitOneArticle("wire-port-strike.txt");
        for (final String copy : List.of(
                "harbour-daily-port-strike.txt", "business-wire-port-strike.txt", "wire-port-strike-talks.txt")) {
            inbox.drop(copy, example(copy));
        }
        final Article harbour = awaitOneArticle("harbour-daily-port-strike.txt");
        final Article business = awaitOneArticle("business-wire-port-strike.txt");
        final Article talks = awaitOneArticle("wire-port-strike-talks.txt");

        assertThat(wire.storyId()).isEqualTo(wire.articleId());
        assertThat(wire.nearDuplicateOf()).isNull();
        assertThat(List.of(harbour, business)).allSatisfy(copy -> {
            assertThat(copy.storyId()).isEqualTo(wire.articleId());
            assertThat(copy.nearDuplicateOf()).isIn(wire.articleId(), harbour.articleId(), business.articleId());
            assertThat(copy.similarity()).isBetween(0.4, 1.0);
            assertThat(SchemaValidation.violations("article.schema.json", Json.MAPPER.valueToTree(copy)))
                    .isEmpty();
        });
        assertThat(talks.storyId()).isEqualTo(talks.articleId());
        assertThat(talks.nearDuplicateOf()).isNull();
        final List<Duplicate> reported = new ArrayList<>();
        for (final Article copy : List.of(harbour, business)) {
            reported.addAll(readTopic(
                    Topics.DUPLICATES.name(),
                    copy.articleId(),
                    json -> Json.MAPPER.treeToValue(json, Duplicate.class),
                    1));
        }
        assertThat(reported).extracting(Duplicate::reason).containsOnly(DuplicateReason.NEAR_DUPLICATE_STORY);
        assertThat(reported)
                .extracting(Duplicate::duplicateOf)
                .containsExactly(harbour.nearDuplicateOf(), business.nearDuplicateOf());
    }

    private static String example(final String name) throws IOException {
        try (InputStream in = PipelineScenarios.class.getResourceAsStream("/examples/same-story/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Article awaitOneArticle(final String sourceFile) {
        await().atMost(ARRIVAL).until(() -> !outbox.articlesFrom(sourceFile).isEmpty());
        final List<Article> found = outbox.articlesFrom(sourceFile);
        assertThat(found).as("documents for %s", sourceFile).hasSize(1);
        return found.get(0);
    }

    private Path documentOf(final String sourceFile) {
        return outbox.documents().stream()
                .filter(p -> Outbox.read(p).sourceFile().equals(sourceFile))
                .findFirst()
                .orElseThrow();
    }

    private static void assertEntityOffsetsPointAtTheirText(final Article article) {
        for (final ArticleParagraph paragraph : article.paragraphs()) {
            for (final Entity entity : paragraph.entities()) {
                assertThat(paragraph.text().substring(entity.start(), entity.end()))
                        .as("entity %s in paragraph %d", entity, paragraph.index())
                        .isEqualTo(entity.text());
            }
        }
    }

    interface JsonReader<T> {
        T read(JsonNode json) throws IOException;
    }

    /** Reads a topic as a user would: plain strings from the start, read_committed, filtered by key. */
    private <T> List<T> readTopic(
            final String topic, final String key, final JsonReader<T> reader, final int expected) {
        final List<T> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        pipeline.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "scenario-reader-" + System.nanoTime(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(ARRIVAL).until(() -> {
                for (final ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        values.add(reader.read(Json.MAPPER.readTree(record.value())));
                    }
                }
                return values.size() >= expected;
            });
        }
        return values;
    }
}
