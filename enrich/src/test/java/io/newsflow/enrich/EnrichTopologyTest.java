package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contract.Article;
import io.newsflow.contract.ArticleMetadata;
import io.newsflow.contract.ArticleParagraph;
import io.newsflow.contract.DeadLetterHeaders;
import io.newsflow.contract.Duplicate;
import io.newsflow.contract.DuplicateReason;
import io.newsflow.contract.EnrichedParagraph;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.Topic;
import io.newsflow.contract.Topics;
import io.newsflow.enrich.story.StorySettings;
import io.newsflow.enrich.testing.EntityOffsets;
import io.newsflow.enrich.testing.SampleArticles;
import io.newsflow.tagger.EntityTagger;
import io.newsflow.tagger.testing.NameTagger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final String ID = "a1b2c3";

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, Paragraph> paragraphs;
    private TestInputTopic<String, byte[]> rawParagraphs;
    private TestOutputTopic<String, EnrichedParagraph> enriched;
    private TestOutputTopic<String, Article> articles;
    private TestOutputTopic<String, Duplicate> duplicates;
    private TestOutputTopic<byte[], byte[]> deadLetters;

    private void start(final EnrichConfig config, final EntityTagger tagger) {
        driver = new TopologyTestDriver(EnrichTopology.build(config, tagger), config.streamsProperties(), T0);
        paragraphs = input(Topics.PARAGRAPHS);
        rawParagraphs = driver.createInputTopic(
                Topics.PARAGRAPHS.name(),
                Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        enriched = output(Topics.PARAGRAPHS_ENRICHED);
        articles = output(Topics.ARTICLES);
        duplicates = output(Topics.DUPLICATES);
        deadLetters = output(Topics.DEAD_LETTERS);
    }

    private void start() {
        start(config(), NameTagger.forSample());
    }

    private EnrichConfig config() {
        return EnrichConfig.defaults("unused:9092").withStateDir(stateDir);
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    private <K, V> TestInputTopic<K, V> input(final Topic<K, V> topic) {
        return driver.createInputTopic(
                topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    private <K, V> TestOutputTopic<K, V> output(final Topic<K, V> topic) {
        return driver.createOutputTopic(
                topic.name(),
                topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
    }

    private static List<Paragraph> sample(final String sourceFile, final Instant ingestedAt) {
        return SampleArticles.paragraphs(SampleArticles.RUTTE, ID, sourceFile, ingestedAt);
    }

    /** Publishes an article's records as ingest does: in order, a millisecond apart, from {@code at}. */
    private void publish(final List<Paragraph> records, final Instant at) {
        for (int i = 0; i < records.size(); i++) {
            paragraphs.pipeInput(records.get(i).articleId(), records.get(i), at.plusMillis(i));
        }
    }

    @Test
    void shouldNameEveryNodeStoreAndChangelog() {
        start();
        publish(sample("rutte.txt", T0), T0);

        final String description = EnrichTopology.build(config(), NameTagger.forSample())
                .describe()
                .toString();
        assertThat(description)
                .doesNotContain("KSTREAM-", "KTABLE-")
                .contains(
                        "read-news-paragraphs",
                        "deduplicate-paragraphs",
                        "assemble-articles",
                        "article-fingerprints",
                        "completed-articles",
                        "article-parts-v2",
                        "article-parts");
        assertThat(driver.producedTopicNames())
                .contains(
                        "newsflow-enrich-article-fingerprints-changelog",
                        "newsflow-enrich-completed-articles-changelog",
                        "newsflow-enrich-article-parts-v2-changelog");
    }

    @Test
    void shouldEmitOneArticleWhenAllRecordsArrived() {
        start();
        driver.advanceWallClockTime(Duration.ofSeconds(3));

        publish(sample("rutte.txt", T0), T0);

        final List<TestRecord<String, Article>> output = articles.readRecordsToList();
        assertThat(output).hasSize(1);
        assertThat(output.get(0).key()).isEqualTo(ID);
        final Article article = output.get(0).value();
        assertThat(article.paragraphs()).hasSize(17);
        assertThat(article.sections()).hasSize(5);
        assertThat(article.sources()).containsExactlyElementsOf(SampleArticles.RUTTE_SOURCES);
        assertThat(article.paragraphs())
                .extracting(ArticleParagraph::text)
                .noneMatch(text -> text.matches("(?s).*(Kyiv Independent|The Guardian|NATO|Euronews)\\d.*"))
                .noneMatch(text -> text.matches("(?s).*\\p{L}\\d\\.?$"));
        assertThat(article.sourceFile()).isEqualTo("rutte.txt");
        assertThat(article.duplicatesDropped()).isEqualTo(1);
        assertThat(article.timings().ingestedAt()).isEqualTo(T0);
        assertThat(article.timings().assembledAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(article.quotes()).isNotEmpty();
    }

    @Test
    void shouldEmitEnrichedParagraphsWithEntitiesPointingIntoCleanText() {
        start();

        publish(sample("rutte.txt", T0), T0);

        final List<EnrichedParagraph> output = enriched.readValuesToList();
        assertThat(output).hasSize(23);
        assertThat(output).extracting(EnrichedParagraph::index).isSorted().doesNotContain(23);
        EntityOffsets.assertEntitiesPointIntoCleanText(output);
    }

    @Test
    void shouldCarryTheHeadlineRecordsMetadataIntoTheArticle() {
        start();
        final ArticleMetadata metadata = new ArticleMetadata(
                "ninjs",
                "https://example.org/rutte",
                "By A. Writer",
                T0.minusSeconds(600),
                "en",
                "Example Wire",
                "urn:example:rutte",
                List.of("NATO"));
        final List<Paragraph> records = SampleArticles.withMetadata(sample("rutte.json", T0), metadata);

        publish(records, T0);

        final Article article = articles.readValue();
        assertThat(article.metadata()).isEqualTo(metadata);
        assertThat(article.entitiesSkipped()).isNull();
        assertThat(enriched.readValuesToList())
                .extracting(EnrichedParagraph::metadata)
                .startsWith(metadata)
                .containsOnlyOnce(metadata);
    }

    @Test
    void shouldAssembleInIndexOrderWhateverTheOrderRecordsArriveIn() {
        start();
        final List<Paragraph> reversed = new ArrayList<>(sample("rutte.txt", T0));
        Collections.reverse(reversed);

        publish(reversed, T0);

        final List<Article> output = articles.readValuesToList();
        assertThat(output).singleElement().satisfies(article -> {
            assertThat(article.paragraphs()).hasSize(17);
            assertThat(article.paragraphs().get(0).text()).startsWith("In a bold show of solidarity");
        });
        assertThat(enriched.readValuesToList())
                .extracting(EnrichedParagraph::index)
                .hasSize(23)
                .isSorted();
    }

    @Test
    void shouldNotEmitArticleBeforeAllRecordsArrived() {
        start();

        publish(sample("rutte.txt", T0).subList(0, 23), T0);

        assertThat(articles.isEmpty()).isTrue();
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void shouldDropHeadlineRepeatedAtEnd() {
        start();

        publish(sample("rutte.txt", T0), T0);

        assertThat(duplicates.readValuesToList())
                .containsExactly(new Duplicate(ID, "rutte.txt", 23, DuplicateReason.REPEATED_HEADLINE, ID + "#0", 1.0));
        assertThat(articles.readValue().paragraphs())
                .extracting(ArticleParagraph::index)
                .doesNotContain(23);
    }

    @Test
    void shouldDropParagraphRepeatedWithinArticle() {
        start();
        final List<Paragraph> records = SampleArticles.paragraphs(
                List.of(
                        "Ceasefire Talks Resume",
                        "Delegations met in Geneva on Monday.",
                        "The talks will go on.",
                        "delegations met in  GENEVA on Monday!"),
                "x1",
                "talks.txt",
                T0);

        publish(records, T0);

        assertThat(duplicates.readValuesToList())
                .containsExactly(new Duplicate("x1", "talks.txt", 3, DuplicateReason.REPEATED_PARAGRAPH, "x1#1", 1.0));
        final Article article = articles.readValue();
        assertThat(article.paragraphs())
                .extracting(ArticleParagraph::text)
                .containsExactly("Delegations met in Geneva on Monday.", "The talks will go on.");
        assertThat(article.duplicatesDropped()).isEqualTo(1);
    }

    @Test
    void shouldDropSameContentDroppedTwice() {
        start();
        publish(sample("rutte.txt", T0), T0);
        duplicates.readValuesToList();

        publish(sample("copy-of-rutte.txt", T0.plusSeconds(60)), T0.plusSeconds(60));

        assertThat(articles.readValuesToList()).hasSize(1);
        assertThat(enriched.readValuesToList()).hasSize(23);
        assertThat(duplicates.readValuesToList())
                .containsExactly(new Duplicate(ID, "copy-of-rutte.txt", -1, DuplicateReason.SAME_CONTENT, ID, 1.0));
    }

    @Test
    void shouldDropSecondCopyInterleavedWithTheFirst() {
        start();
        final List<Paragraph> first = sample("rutte.txt", T0);
        final List<Paragraph> second = sample("rutte-again.txt", T0.plusMillis(5));

        for (int i = 0; i < first.size(); i++) {
            paragraphs.pipeInput(ID, first.get(i), T0.plusMillis(2L * i));
            paragraphs.pipeInput(ID, second.get(i), T0.plusMillis(2L * i + 1));
        }

        assertThat(articles.readValuesToList())
                .singleElement()
                .satisfies(article -> assertThat(article.sourceFile()).isEqualTo("rutte.txt"));
        assertThat(duplicates.readValuesToList())
                .extracting(Duplicate::reason)
                .containsExactly(DuplicateReason.SAME_CONTENT, DuplicateReason.REPEATED_HEADLINE);
    }

    @Test
    void shouldAssembleContentAgainAfterRetention() {
        start(
                new EnrichConfig(
                        "unused:9092",
                        "newsflow-enrich",
                        stateDir,
                        Duration.ofHours(1),
                        1,
                        0,
                        EnrichConfig.DEFAULT_TAG_LANGUAGES,
                        StorySettings.DEFAULTS,
                        Map.of()),
                NameTagger.forSample());
        publish(sample("rutte.txt", T0), T0);
        // stream time moves on with other articles
        publish(
                SampleArticles.paragraphs(
                        List.of("Other News", "Something else happened."), "o1", "o.txt", T0.plus(Duration.ofHours(3))),
                T0.plus(Duration.ofHours(3)));

        publish(
                sample("rutte-later.txt", T0.plus(Duration.ofHours(3))),
                T0.plus(Duration.ofHours(3)).plusSeconds(1));

        assertThat(articles.readValuesToList())
                .extracting(Article::sourceFile)
                .containsExactly("rutte.txt", "o.txt", "rutte-later.txt");
    }

    @Test
    void shouldSendMalformedRecordToDeadLetterTopic() {
        // The driver's mock producer loses the records the deserialization handler writes inside an exactly-once
        // transaction (they never show up as output); EnrichServiceIT checks that path on a real broker.
        start(
                config().withClientProperties(
                                Map.of(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE)),
                NameTagger.forSample());

        rawParagraphs.pipeInput(ID, "{not json".getBytes(StandardCharsets.UTF_8), T0);
        rawParagraphs.pipeInput(
                ID, "{\"articleId\":\"a1b2c3\",\"index\":0}".getBytes(StandardCharsets.UTF_8), T0.plusMillis(1));
        publish(sample("rutte.txt", T0.plusMillis(2)), T0.plusMillis(2));

        final List<TestRecord<byte[], byte[]>> dead = deadLetters.readRecordsToList();
        assertThat(dead).hasSize(2);
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(header(dead.get(0), DeadLetterHeaders.TOPIC)).isEqualTo(Topics.PARAGRAPHS.name());
        assertThat(header(dead.get(1), DeadLetterHeaders.MESSAGE)).contains("Paragraph");
        assertThat(dead)
                .extracting(record -> header(record, DeadLetterHeaders.STAGE))
                .containsOnly("enrich");
        assertThat(articles.readValuesToList()).hasSize(1);
    }

    @Test
    void shouldSendRecordWithoutValueToDeadLetterTopic() {
        start();

        paragraphs.pipeInput(ID, null, T0);

        final TestRecord<byte[], byte[]> dead = deadLetters.readRecord();
        assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo(ID);
        assertThat(header(dead, DeadLetterHeaders.MESSAGE)).contains("needs a value");
        assertThat(header(dead, DeadLetterHeaders.STAGE)).isEqualTo("enrich");
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void shouldSendArticleToDeadLetterTopicWhenTaggerFails() {
        final NameTagger names = NameTagger.forSample();
        start(config(), article -> {
            if (article.headline().startsWith("Broken")) {
                throw new IllegalStateException("tagger exploded");
            }
            return names.tag(article);
        });
        final List<Paragraph> broken = SampleArticles.paragraphs(
                List.of("Broken Headline", "A first paragraph.", "Broken Headline"), "b1", "broken.txt", T0);

        publish(broken, T0);
        publish(sample("rutte.txt", T0.plusSeconds(1)), T0.plusSeconds(1));

        final List<TestRecord<byte[], byte[]>> dead = deadLetters.readRecordsToList();
        assertThat(dead).hasSize(3);
        assertThat(dead).allSatisfy(record -> {
            assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("b1");
            assertThat(header(record, DeadLetterHeaders.EXCEPTION)).isEqualTo(IllegalStateException.class.getName());
            assertThat(header(record, DeadLetterHeaders.MESSAGE)).isEqualTo("tagger exploded");
            assertThat(header(record, DeadLetterHeaders.TOPIC)).isEqualTo(Topics.PARAGRAPHS.name());
            assertThat(header(record, DeadLetterHeaders.STAGE)).isEqualTo("enrich");
            assertThat(header(record, DeadLetterHeaders.STACKTRACE)).contains("tagger exploded", "\tat ");
        });
        assertThat(dead)
                .extracting(record -> header(record, DeadLetterHeaders.OFFSET))
                .containsExactly("0", "1", "2");
        assertThat(dead)
                .extracting(
                        record -> Topics.PARAGRAPHS.valueSerde().deserializer().deserialize("t", record.value()))
                .extracting(Paragraph::index)
                .containsExactly(0, 1, 2);
        assertThat(articles.readValuesToList()).extracting(Article::articleId).containsExactly(ID);
    }

    private static String header(final TestRecord<byte[], byte[]> record, final String name) {
        final Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
