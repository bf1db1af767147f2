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
        return new Paragraph("a1b2c3d4e5f60718", "budget-vote.txt", "sha256:00ff", T0, "Council Passes Budget",
                ParagraphKind.PARAGRAPH, 2, 5, "The Vote", "The council approved €3 million for schools Local Post1.");
    }

    static Article article() {
        final String text = "Mayor Ana Lopez approved €3 million for schools.";
        final Entity person = new Entity("Ana Lopez", EntityType.PERSON, 6, 15, "Ana Lopez", 0.93, null);
        final Entity money = new Entity("€3 million", EntityType.MONEY, 25, 35, "3000000 EUR", 0.99,
                new Money(3_000_000, "EUR"));
        return new Article("a1b2c3d4e5f60718", "a1b2c3d4e5f60718", "budget-vote.txt", "sha256:00ff",
                "Council Passes Budget", List.of("The Vote"),
                List.of(new ArticleParagraph(2, "The Vote", text, List.of(person, money),
                        List.of(new Citation(1, "Local Post")), List.of())),
                List.of(new EntitySummary("Ana Lopez", EntityType.PERSON, 1),
                        new EntitySummary("3000000 EUR", EntityType.MONEY, 1)),
                List.of(new Citation(1, "Local Post")), List.of(new Quote("We did it", "Ana Lopez")), 1,
                new Timings(T0, T0.plusMillis(420)));
    }

    @Test
    void shouldSerialiseEveryRecordToItsPublishedSchema() {
        assertThat(SchemaValidation.violations("paragraph.schema.json", paragraph())).isEmpty();
        assertThat(SchemaValidation.violations("article.schema.json", article())).isEmpty();
        assertThat(SchemaValidation.violations("duplicate.schema.json",
                new Duplicate("a1b2c3d4e5f60718", "budget-vote.txt", 4, DuplicateReason.REPEATED_HEADLINE,
                        "a1b2c3d4e5f60718#0", 1.0))).isEmpty();
        assertThat(SchemaValidation.violations("ledger-entry.schema.json",
                new LedgerEntry("a1b2c3d4e5f60718", "sha256:00ff", "budget-vote.txt", FileStatus.PUBLISHED, 5, T0)))
                .isEmpty();
        assertThat(SchemaValidation.violations("enriched-paragraph.schema.json",
                new EnrichedParagraph("a1b2c3d4e5f60718", "budget-vote.txt", "sha256:00ff", T0, "Council Passes Budget",
                        ParagraphKind.PARAGRAPH, 2, 5, "The Vote", "raw", "clean", List.of(), List.of(), List.of())))
                .isEmpty();
    }

    @Test
    void shouldCarryTheStoryOfANearDuplicateAndLeaveItOutOfAFirstArticle() {
        final Article copy = article().asNearDuplicate("0f0e0d0c0b0a0908", "0f0e0d0c0b0a0908", 0.82);
        final JsonSerde<Article> serde = JsonSerde.of(Article.class);

        assertThat(SchemaValidation.violations("article.schema.json", copy)).isEmpty();
        assertThat(serde.deserialize("news-articles", serde.serialize("news-articles", copy))).isEqualTo(copy);
        assertThat(Json.MAPPER.valueToTree(copy).path("nearDuplicateOf").asText()).isEqualTo("0f0e0d0c0b0a0908");
        assertThat(Json.MAPPER.valueToTree(article()).has("nearDuplicateOf")).isFalse();
        assertThat(Json.MAPPER.valueToTree(article()).has("similarity")).isFalse();
        assertThat(SchemaValidation.violations("duplicate.schema.json",
                new Duplicate("a1b2c3d4e5f60718", "budget-vote.txt", -1, DuplicateReason.NEAR_DUPLICATE_STORY,
                        "0f0e0d0c0b0a0908", 0.82))).isEmpty();
        assertThatThrownBy(() -> new Article("a", "a", "f", "h", "t", List.of(), List.of(), List.of(), List.of(),
                List.of(), 0, new Timings(T0, T0), "b", null)).hasMessageContaining("together");
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
                .hasMessageContaining("news-paragraphs").hasMessageContaining("Paragraph");
        // valid JSON of the wrong shape fails in the record's own validation, naming the field
        assertThatThrownBy(() -> serde.deserialize("news-paragraphs",
                "{\"articleId\":\"x\",\"index\":0,\"count\":1,\"text\":\"t\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("sourceFile");
        assertThatThrownBy(() -> serde.deserialize("news-paragraphs",
                "{\"articleId\":\"x\",\"text\":\"t\"}".getBytes(StandardCharsets.UTF_8)))
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
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                        "security.protocol", "SASL_SSL", "sasl.mechanism", "PLAIN"));
    }
}
