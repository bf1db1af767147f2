package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contract.Article;
import io.newsflow.contract.ArticleParagraph;
import io.newsflow.contract.Timings;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.tagger.testing.NameTagger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the story index costs per article: {@value #ARTICLES} articles through the story matcher's real stores, and the
 * bytes of the entries they wrote, read from their changelogs (RocksDB holds the same keys and values, plus its own
 * overhead). The number is in docs/architecture.md; the bound here keeps it from growing unnoticed.
 */
class StoryStateSizeTest {

    private static final int ARTICLES = 1_000;
    private static final Instant T0 = Instant.parse("2026-03-03T10:00:00Z");

    @TempDir
    Path stateDir;

    @Test
    void shouldWriteAboutAKilobyteAndAHundredBytesPerArticle() {
        final EnrichConfig config = EnrichConfig.defaults("unused:9092").withStateDir(stateDir);
        final Random random = new Random(7);
        final long started = System.nanoTime();
        final long bytes;
        try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(config, NameTagger.forSample()),
                config.streamsProperties(), T0)) {
            final TestInputTopic<String, StoryCandidate> index = driver.createInputTopic(config.storyIndexTopic(),
                    Serdes.String().serializer(), StoryCandidate.serde().serializer());
            for (int i = 0; i < ARTICLES; i++) {
                final String id = String.format(Locale.ROOT, "%016x", random.nextLong());
                final List<String> words = new ArrayList<>();
                for (int w = 0; w < 200; w++) {
                    words.add("w" + random.nextInt(100_000));
                }
                final Article article = new Article(id, id, id + ".txt", "sha256:" + id, "Headline", List.of(),
                        List.of(new ArticleParagraph(1, null, String.join(" ", words), List.of(), List.of(),
                                List.of())), List.of(), List.of(), List.of(), 0, new Timings(T0, T0));
                index.pipeInput(id, StoryCandidate.of(article), T0.plusSeconds(i));
            }
            bytes = changelogBytes(driver, config, StoryMatcher.SIGNATURES_STORE)
                    + changelogBytes(driver, config, StoryMatcher.BANDS_STORE);
        }
        final double perArticle = (double) bytes / ARTICLES;
        final double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "story index: %d articles matched in %.1f s%n", ARTICLES, seconds);
        System.out.printf(Locale.ROOT, "story index: %d bytes of store entries for %d articles, %.0f per article%n",
                bytes, ARTICLES, perArticle);
        assertThat(perArticle).isBetween(1_100.0, 1_200.0);
    }

    /** What the store wrote: its changelog's keys and values, which are also what RocksDB holds (before overhead). */
    private static long changelogBytes(final TopologyTestDriver driver, final EnrichConfig config,
            final String store) {
        long total = 0;
        final TestOutputTopic<byte[], byte[]> changelog = driver.createOutputTopic(
                config.applicationId() + "-" + store + "-changelog", Serdes.ByteArray().deserializer(),
                Serdes.ByteArray().deserializer());
        for (final TestRecord<byte[], byte[]> record : changelog.readRecordsToList()) {
            total += record.key().length + (record.value() == null ? 0 : record.value().length);
        }
        return total;
    }
}
