package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contract.Article;
import io.newsflow.contract.EnrichedParagraph;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.Topics;
import io.newsflow.enrich.assembly.ArticleAssembler;
import io.newsflow.enrich.assembly.ArticleBuffer;
import io.newsflow.enrich.assembly.StoredParts;
import io.newsflow.enrich.dedup.ArticleFingerprints;
import io.newsflow.enrich.dedup.ParagraphDeduplicator;
import io.newsflow.enrich.testing.SampleArticles;
import io.newsflow.tagger.testing.NameTagger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An enrich restarted on this build over state the build before left: its parts store held one entry per record
 * ({@value ArticleAssembler#LEGACY_PARTS_STORE}, key articleId, NUL, {@code %019d} of the input offset). The state is
 * made by the real topology on {@link TopologyTestDriver} (the first seven records of an article), then written in the
 * old layout into the stores of a new driver before it processes anything — as Kafka Streams restores them from their
 * changelogs — and the rest of the article follows.
 */
class ArticlePartsUpgradeTest {

    private static final Instant T0 = Instant.parse("2026-12-08T01:00:00Z");
    private static final String ID = "a1b2c3d4e5f60718";
    private static final int BEFORE_UPGRADE = 7;

    @TempDir
    Path straightDir;

    @TempDir
    Path beforeDir;

    @TempDir
    Path afterDir;

    private final List<TopologyTestDriver> drivers = new ArrayList<>();

    @AfterEach
    void close() {
        drivers.forEach(TopologyTestDriver::close);
    }

    /** {@code legacy} of the seven parts in the legacy store, the others already in the new one. */
    @ParameterizedTest
    @ValueSource(ints = {BEFORE_UPGRADE, 4})
    void shouldAssembleAnArticleWhosePartsWereStoredOnePerRecord(final int legacy) {
        final List<Paragraph> records = SampleArticles.paragraphs(SampleArticles.RUTTE, ID, "rutte.txt", T0);
        final TopologyTestDriver straight = driver(straightDir);
        publish(straight, records, 0, records.size());
        final Article expected = articles(straight).readValue();
        final List<EnrichedParagraph> expectedParagraphs = enriched(straight).readValuesToList();

        final TopologyTestDriver before = driver(beforeDir);
        publish(before, records, 0, BEFORE_UPGRADE);
        final ArticleFingerprints fingerprints = before.<String, ArticleFingerprints>getKeyValueStore(
                        ParagraphDeduplicator.FINGERPRINTS_STORE)
                .get(ID);
        final List<ArticleBuffer.Buffered> parts =
                StoredParts.read(before.<String, byte[]>getKeyValueStore(ArticleAssembler.PARTS_STORE)
                        .get(ID));
        assertThat(parts)
                .hasSize(BEFORE_UPGRADE)
                .extracting(ArticleBuffer.Buffered::offset)
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);

        final TopologyTestDriver after = driver(afterDir);
        final KeyValueStore<String, ArticleBuffer.Buffered> legacyStore =
                after.getKeyValueStore(ArticleAssembler.LEGACY_PARTS_STORE);
        final KeyValueStore<String, byte[]> partsStore = after.getKeyValueStore(ArticleAssembler.PARTS_STORE);
        after.<String, ArticleFingerprints>getKeyValueStore(ParagraphDeduplicator.FINGERPRINTS_STORE)
                .put(ID, fingerprints);
        // newest first: the move must not depend on the order the parts were put in
        for (int i = legacy - 1; i >= 0; i--) {
            legacyStore.put(legacyKey(ID, parts.get(i).offset()), parts.get(i));
        }
        if (legacy < parts.size()) {
            partsStore.put(ID, StoredParts.of(parts.subList(legacy, parts.size())));
        }
        // another article the build before had begun, whose next record comes later
        final List<Paragraph> other =
                SampleArticles.paragraphs(SampleArticles.RUTTE, "ffff000011112222", "other.txt", T0);
        legacyStore.put(legacyKey("ffff000011112222", 3), new ArticleBuffer.Buffered(other.get(0), true, 3));

        publish(after, records, BEFORE_UPGRADE, records.size());

        assertThat(articles(after).readValuesToList()).containsExactly(expected);
        assertThat(enriched(after).readValuesToList()).containsExactlyElementsOf(expectedParagraphs);
        assertThat(partsStore.get(ID)).isNull();
        try (KeyValueIterator<String, ArticleBuffer.Buffered> left = legacyStore.all()) {
            assertThat(left.hasNext()).isFalse();
        }
        assertThat(StoredParts.read(partsStore.get("ffff000011112222")))
                .containsExactly(new ArticleBuffer.Buffered(other.get(0), true, 3));
    }

    private TopologyTestDriver driver(final Path stateDir) {
        final EnrichConfig config = EnrichConfig.defaults("unused:9092").withStateDir(stateDir);
        final TopologyTestDriver driver = new TopologyTestDriver(
                EnrichTopology.build(config, NameTagger.forSample()), config.streamsProperties(), T0);
        drivers.add(driver);
        return driver;
    }

    /** Records {@code from}–{@code to} of the article as ingest publishes them, each at its own millisecond. */
    private static void publish(
            final TopologyTestDriver driver, final List<Paragraph> records, final int from, final int to) {
        final TestInputTopic<String, Paragraph> input = driver.createInputTopic(
                Topics.PARAGRAPHS.name(),
                Topics.PARAGRAPHS.keySerde().serializer(),
                Topics.PARAGRAPHS.valueSerde().serializer());
        for (int i = from; i < to; i++) {
            input.pipeInput(records.get(i).articleId(), records.get(i), T0.plusMillis(i));
        }
    }

    private static TestOutputTopic<String, Article> articles(final TopologyTestDriver driver) {
        return driver.createOutputTopic(
                Topics.ARTICLES.name(),
                Topics.ARTICLES.keySerde().deserializer(),
                Topics.ARTICLES.valueSerde().deserializer());
    }

    private static TestOutputTopic<String, EnrichedParagraph> enriched(final TopologyTestDriver driver) {
        return driver.createOutputTopic(
                Topics.PARAGRAPHS_ENRICHED.name(),
                Topics.PARAGRAPHS_ENRICHED.keySerde().deserializer(),
                Topics.PARAGRAPHS_ENRICHED.valueSerde().deserializer());
    }

    /** The key the build before gave a part: articleId, NUL, the input offset as {@code %019d}. */
    private static String legacyKey(final String articleId, final long offset) {
        return articleId + '\u0000' + String.format(Locale.ROOT, "%019d", offset);
    }
}
