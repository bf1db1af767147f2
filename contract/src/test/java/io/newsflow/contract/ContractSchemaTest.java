package io.newsflow.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class ContractSchemaTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    static Paragraph paragraph() {
        return new Paragraph(
                "a1b2c3d4e5f60718",
                "budget-vote.txt",
                "sha256:00ff",
                T0,
                "Council Passes Budget",
                ParagraphKind.PARAGRAPH,
                2,
                5,
                "The Vote",
                "The council approved €3 million for schools Local Post1.",
                null);
    }

    static ArticleMetadata metadata() {
        return new ArticleMetadata(
                "ninjs",
                "https://example.org/news/budget-vote",
                "By Ana Lopez",
                Instant.parse("2026-03-01T08:30:00Z"),
                "en",
                "Local Post",
                "urn:newsml:example.org:20260301:budget",
                List.of("politics", "Ana Lopez"));
    }

    static Article article() {
        final String text = "Mayor Ana Lopez approved €3 million for schools.";
        final Entity person = new Entity("Ana Lopez", EntityType.PERSON, 6, 15, "Ana Lopez", 0.93, null);
        final Entity money =
                new Entity("€3 million", EntityType.MONEY, 25, 35, "3000000 EUR", 0.99, new Money(3_000_000, "EUR"));
        return new Article(
                "a1b2c3d4e5f60718",
                "a1b2c3d4e5f60718",
                "budget-vote.txt",
                "sha256:00ff",
                "Council Passes Budget",
                List.of("The Vote"),
                List.of(new ArticleParagraph(
                        2,
                        "The Vote",
                        text,
                        List.of(person, money),
                        List.of(new Citation(1, "Local Post")),
                        List.of())),
                List.of(
                        new EntitySummary("Ana Lopez", EntityType.PERSON, 1),
                        new EntitySummary("3000000 EUR", EntityType.MONEY, 1)),
                List.of(new Citation(1, "Local Post")),
                List.of(new Quote("We did it", "Ana Lopez")),
                1,
                new Timings(T0, T0.plusMillis(420)),
                metadata(),
                null,
                null,
                null);
    }

    @Test
    void shouldSerialiseEveryRecordToItsPublishedSchema() {
        assertThat(SchemaValidation.violations("paragraph.schema.json", paragraph()))
                .isEmpty();
        assertThat(SchemaValidation.violations("article.schema.json", article()))
                .isEmpty();
        assertThat(SchemaValidation.violations(
                        "duplicate.schema.json",
                        new Duplicate(
                                "a1b2c3d4e5f60718",
                                "budget-vote.txt",
                                4,
                                DuplicateReason.REPEATED_HEADLINE,
                                "a1b2c3d4e5f60718#0",
                                1.0)))
                .isEmpty();
        assertThat(SchemaValidation.violations(
                        "ledger-entry.schema.json",
                        new LedgerEntry(
                                "a1b2c3d4e5f60718",
                                "sha256:00ff",
                                "budget-vote.txt",
                                FileStatus.PUBLISHED,
                                5,
                                T0,
                                null,
                                null)))
                .isEmpty();
        assertThat(SchemaValidation.violations(
                        "enriched-paragraph.schema.json",
                        new EnrichedParagraph(
                                "a1b2c3d4e5f60718",
                                "budget-vote.txt",
                                "sha256:00ff",
                                T0,
                                "Council Passes Budget",
                                ParagraphKind.PARAGRAPH,
                                2,
                                5,
                                "The Vote",
                                "raw",
                                "clean",
                                List.of(),
                                List.of(),
                                List.of(),
                                null)))
                .isEmpty();
    }

    @Test
    void shouldPublishMetadataOnTheHeadlineRecordAndTheDocument() {
        final Paragraph headline = new Paragraph(
                "a1b2c3d4e5f60718",
                "budget-vote.json",
                "sha256:00ff",
                T0,
                "Council Passes Budget",
                ParagraphKind.HEADLINE,
                0,
                5,
                null,
                "Council Passes Budget",
                metadata());
        final EnrichedParagraph enriched = new EnrichedParagraph(
                "a1b2c3d4e5f60718",
                "budget-vote.json",
                "sha256:00ff",
                T0,
                "Council Passes Budget",
                ParagraphKind.HEADLINE,
                0,
                5,
                null,
                "Council Passes Budget",
                "Council Passes Budget",
                List.of(),
                List.of(),
                List.of(),
                metadata());
        final Article german = new Article(
                "a1b2c3d4e5f60718",
                "a1b2c3d4e5f60718",
                "haushalt.json",
                "sha256:00ff",
                "Rat beschließt Haushalt",
                List.of(),
                List.of(new ArticleParagraph(1, null, "Der Rat stimmte zu.", List.of(), List.of(), List.of())),
                List.of(),
                List.of(),
                List.of(),
                0,
                new Timings(T0, T0),
                metadata().withLanguage("de"),
                Article.LANGUAGE_NOT_TAGGED,
                null,
                null);

        assertThat(SchemaValidation.violations("paragraph.schema.json", headline))
                .isEmpty();
        assertThat(SchemaValidation.violations("enriched-paragraph.schema.json", enriched))
                .isEmpty();
        assertThat(SchemaValidation.violations("article.schema.json", german)).isEmpty();
        assertThat(SchemaValidation.violations("article-metadata.schema.json", ArticleMetadata.of("text")))
                .isEmpty();
        final String json = new String(
                JsonSerde.of(Paragraph.class).serialize("news-paragraphs", headline), StandardCharsets.UTF_8);
        assertThat(json)
                .contains("\"metadata\":{\"format\":\"ninjs\"")
                .contains("\"publishedAt\":\"2026-03-01T08:30:00Z\"")
                .contains("\"language\":\"en\"");
        assertThat(JsonSerde.of(Paragraph.class).deserialize("news-paragraphs", json.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(headline);
        // unknown fields are left out rather than written as null, and no subjects means no array
        assertThat(Json.MAPPER.valueToTree(ArticleMetadata.of("text")).toString())
                .isEqualTo("{\"format\":\"text\"}");
    }

    @Test
    void shouldReadRecordsWrittenBeforeMetadataExisted() {
        final ObjectNode old = Json.MAPPER.valueToTree(article());
        old.remove("metadata");
        final Article read = JsonSerde.of(Article.class)
                .deserialize("news-articles", old.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(read.metadata()).isNull();
        assertThat(read.entitiesSkipped()).isNull();
        assertThat(read.headline()).isEqualTo("Council Passes Budget");
        assertThat(SchemaValidation.violations("article.schema.json", old)).isEmpty();
        assertThat(JsonSerde.of(Paragraph.class)
                        .deserialize(
                                "news-paragraphs",
                                Json.MAPPER.valueToTree(paragraph()).toString().getBytes(StandardCharsets.UTF_8))
                        .metadata())
                .isNull();
    }

    @Test
    void shouldRejectMetadataThatBreaksTheContract() {
        assertThatThrownBy(() -> ArticleMetadata.of("html").withLanguage("eng")).hasMessageContaining("language");
        assertThatThrownBy(() -> ArticleMetadata.of(" ")).hasMessageContaining("format");
        assertThatThrownBy(() -> new ArticleMetadata("html", "", null, null, null, null, null, null))
                .hasMessageContaining("url");
        assertThatThrownBy(() -> new Paragraph(
                        "a1b2c3d4e5f60718",
                        "f.txt",
                        "sha256:00ff",
                        T0,
                        "H",
                        ParagraphKind.PARAGRAPH,
                        1,
                        2,
                        null,
                        "text",
                        ArticleMetadata.of("text")))
                .hasMessageContaining("HEADLINE");
        assertThatThrownBy(() -> new Article(
                        "a1b2c3d4e5f60718",
                        "a1b2c3d4e5f60718",
                        "f.txt",
                        "sha256:00ff",
                        "H",
                        List.of(),
                        List.of(),
                        List.of(new EntitySummary("Ana Lopez", EntityType.PERSON, 1)),
                        List.of(),
                        List.of(),
                        0,
                        new Timings(T0, T0),
                        ArticleMetadata.of("text"),
                        Article.LANGUAGE_NOT_TAGGED,
                        null,
                        null))
                .hasMessageContaining("entitiesSkipped");
        final ObjectNode badLanguage = Json.MAPPER.valueToTree(article());
        ((ObjectNode) badLanguage.get("metadata")).put("language", "English");
        assertThat(SchemaValidation.violations("article.schema.json", badLanguage))
                .anyMatch(m -> m.contains("language"));
    }

    @Test
    void shouldCarryTheStoryOfANearDuplicateAndLeaveItOutOfAFirstArticle() {
        final Article copy = article().asNearDuplicate("0f0e0d0c0b0a0908", "0f0e0d0c0b0a0908", 0.82);
        final JsonSerde<Article> serde = JsonSerde.of(Article.class);

        assertThat(SchemaValidation.violations("article.schema.json", copy)).isEmpty();
        assertThat(serde.deserialize("news-articles", serde.serialize("news-articles", copy)))
                .isEqualTo(copy);
        assertThat(Json.MAPPER.valueToTree(copy).path("nearDuplicateOf").asText())
                .isEqualTo("0f0e0d0c0b0a0908");
        assertThat(Json.MAPPER.valueToTree(article()).has("nearDuplicateOf")).isFalse();
        assertThat(Json.MAPPER.valueToTree(article()).has("similarity")).isFalse();
        assertThat(SchemaValidation.violations(
                        "duplicate.schema.json",
                        new Duplicate(
                                "a1b2c3d4e5f60718",
                                "budget-vote.txt",
                                -1,
                                DuplicateReason.NEAR_DUPLICATE_STORY,
                                "0f0e0d0c0b0a0908",
                                0.82)))
                .isEmpty();
        assertThatThrownBy(() -> new Article(
                        "a",
                        "a",
                        "f",
                        "h",
                        "t",
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        0,
                        new Timings(T0, T0),
                        null,
                        null,
                        "b",
                        null))
                .hasMessageContaining("together");
    }

    @Test
    void shouldRejectDocumentsThatBreakTheSchema() {
        final ObjectNode broken = Json.MAPPER.valueToTree(article());
        broken.remove("headline");
        broken.put("duplicatesDropped", -1);

        assertThat(SchemaValidation.violations("article.schema.json", broken))
                .anyMatch(m -> m.contains("headline"))
                .anyMatch(m -> m.contains("duplicatesDropped"));
    }

    @Test
    void shouldRoundTripThroughTheSerde() {
        final JsonSerde<Article> serde = JsonSerde.of(Article.class);
        final byte[] bytes = serde.serialize("news-articles", article());

        assertThat(serde.deserialize("news-articles", bytes)).isEqualTo(article());
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"ingestedAt\":\"2026-03-01T09:00:00Z\"");
        assertThat(serde.serialize("news-articles", null)).isNull();
        assertThat(serde.deserialize("news-articles", null)).isNull();
    }

    @Test
    void shouldNameTopicAndTypeWhenBytesAreNotARecord() {
        final JsonSerde<Paragraph> serde = JsonSerde.of(Paragraph.class);

        assertThatThrownBy(() -> serde.deserialize("news-paragraphs", "{oops".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("news-paragraphs")
                .hasMessageContaining("Paragraph");
        // valid JSON of the wrong shape fails in the record's own validation, naming the field
        assertThatThrownBy(() -> serde.deserialize(
                        "news-paragraphs",
                        "{\"articleId\":\"x\",\"index\":0,\"count\":1,\"text\":\"t\"}"
                                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("sourceFile");
        assertThatThrownBy(() -> serde.deserialize(
                        "news-paragraphs", "{\"articleId\":\"x\",\"text\":\"t\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("news-paragraphs");
    }

    @Test
    void shouldRejectEntityOffsetsThatAreNotASpan() {
        assertThatThrownBy(() -> new Entity("x", EntityType.PERSON, 5, 5, "x", 0.5, null))
                .hasMessageContaining("end");
    }

    @Test
    void shouldPassKafkaEnvironmentVariablesThroughAsClientProperties() {
        assertThat(ClientProperties.fromEnvironment(java.util.Map.of(
                        "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                        "KAFKA_SASL_MECHANISM", "PLAIN",
                        "KAFKA_HOME", "/opt/kafka",
                        "KAFKA_HEAP_OPTS", "-Xmx1g",
                        "NEWSFLOW_INBOX", "ignored")))
                .containsExactlyInAnyOrderEntriesOf(
                        java.util.Map.of("security.protocol", "SASL_SSL", "sasl.mechanism", "PLAIN"));
    }
}
