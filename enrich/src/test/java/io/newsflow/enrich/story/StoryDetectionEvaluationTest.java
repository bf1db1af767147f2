package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contract.Article;
import io.newsflow.contract.ArticleParagraph;
import io.newsflow.contract.Json;
import io.newsflow.contract.Timings;
import io.newsflow.contract.Topics;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.tagger.testing.NameTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores near-duplicate detection on the labelled set in {@code stories/labelled-stories.jsonl} (how it is made:
 * {@code make_labelled_set.py} next to it): 307 articles on six beats — 60 originals, 157 wire copies keeping 70–95 %
 * of their text (new headline, dateline, credit line, trimmed and edited paragraphs), 30 follow-ups (same people,
 * places and beat, new text) and 60 distractors on the same beats. The articles go through the same signature, LSH
 * bands and threshold as {@link StoryMatcher}, in file order (originals before their copies), and every pair of
 * articles is scored: same story in the labels and the same {@code storyId} given.
 */
class StoryDetectionEvaluationTest {

    private static final Instant T0 = Instant.parse("2026-03-03T10:00:00Z");

    private record Labelled(String id, String story, String kind, String of, List<String> paragraphs) {}

    @Test
    void shouldFindTheCopiesOfAStoryAndNeverMergeAFollowUp() throws IOException {
        final List<Labelled> articles = labelledSet();
        final Map<String, String> given = storyIds(articles, StoryMatcher.DEFAULT_THRESHOLD);
        final Score score = score(articles, given);

        assertThat(score.precision()).as("pairwise precision").isGreaterThanOrEqualTo(0.98);
        assertThat(score.recall()).as("pairwise recall").isGreaterThanOrEqualTo(0.95);
        final Map<String, String> originalOfStory = new HashMap<>();
        articles.stream().filter(a -> a.kind().equals("original")).forEach(a -> originalOfStory.put(a.story(), a.id()));
        for (final Labelled article : articles) {
            if (article.kind().equals("followup")) {
                assertThat(given.get(article.id()))
                        .as("follow-up %s", article.id())
                        .isNotEqualTo(given.get(originalOfStory.get(article.of())));
            }
        }
    }

    /** Prints the precision/recall curve of the threshold (the numbers in docs/output.md come from here). */
    @Test
    void shouldTraceThePrecisionRecallCurve() throws IOException {
        final List<Labelled> articles = labelledSet();
        double previousRecall = 1.1;
        for (int step = 2; step <= 9; step++) {
            final double threshold = step / 10.0;
            final Score score = score(articles, storyIds(articles, threshold));
            System.out.printf(
                    Locale.ROOT,
                    "threshold %.1f: precision %.4f recall %.4f (pairs: %d true, %d false," + " %d missed)%n",
                    threshold,
                    score.precision(),
                    score.recall(),
                    score.truePairs(),
                    score.falsePairs(),
                    score.missedPairs());
            assertThat(score.recall()).isLessThanOrEqualTo(previousRecall);
            previousRecall = score.recall();
        }
    }

    /**
     * The story matcher's real stores give the labelled set the same storyIds as the rule scored above, so the numbers
     * are the matcher's: its store formats (article ids as {@link ArticleIdBytes}) change no decision.
     */
    @Test
    void shouldGiveTheSameStoriesThroughTheStoryMatchersStores(@TempDir final Path stateDir) throws IOException {
        final List<Labelled> articles = labelledSet();
        final EnrichConfig config = EnrichConfig.defaults("unused:9092").withStateDir(stateDir);
        final Map<String, String> matched = new HashMap<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(
                EnrichTopology.build(config, NameTagger.forSample()), config.streamsProperties(), T0)) {
            final TestInputTopic<String, StoryCandidate> index = driver.createInputTopic(
                    config.storyIndexTopic(),
                    Serdes.String().serializer(),
                    StoryCandidate.serde().serializer());
            final TestOutputTopic<String, Article> written = driver.createOutputTopic(
                    Topics.ARTICLES.name(),
                    Topics.ARTICLES.keySerde().deserializer(),
                    Topics.ARTICLES.valueSerde().deserializer());
            for (int i = 0; i < articles.size(); i++) {
                final Labelled labelled = articles.get(i);
                final List<ArticleParagraph> paragraphs = new ArrayList<>();
                for (final String text : labelled.paragraphs()) {
                    paragraphs.add(
                            new ArticleParagraph(paragraphs.size() + 1, null, text, List.of(), List.of(), List.of()));
                }
                final Article article = new Article(
                        labelled.id(),
                        labelled.id(),
                        labelled.id() + ".txt",
                        "sha256:" + labelled.id(),
                        "Headline",
                        List.of(),
                        paragraphs,
                        List.of(),
                        List.of(),
                        List.of(),
                        0,
                        new Timings(T0, T0),
                        null,
                        null,
                        null,
                        null);
                index.pipeInput(labelled.id(), StoryCandidate.of(article), T0.plusSeconds(i));
            }
            written.readValuesToList().forEach(article -> matched.put(article.articleId(), article.storyId()));
        }
        assertThat(matched).hasSize(articles.size()).isEqualTo(storyIds(articles, StoryMatcher.DEFAULT_THRESHOLD));
    }

    private record Score(long truePairs, long falsePairs, long missedPairs) {
        double precision() {
            return truePairs + falsePairs == 0 ? 1 : (double) truePairs / (truePairs + falsePairs);
        }

        double recall() {
            return truePairs + missedPairs == 0 ? 1 : (double) truePairs / (truePairs + missedPairs);
        }
    }

    private static Score score(final List<Labelled> articles, final Map<String, String> given) {
        long truePairs = 0;
        long falsePairs = 0;
        long missedPairs = 0;
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                final boolean same =
                        articles.get(i).story().equals(articles.get(j).story());
                final boolean merged = given.get(articles.get(i).id())
                        .equals(given.get(articles.get(j).id()));
                if (same && merged) {
                    truePairs++;
                } else if (merged) {
                    falsePairs++;
                } else if (same) {
                    missedPairs++;
                }
            }
        }
        return new Score(truePairs, falsePairs, missedPairs);
    }

    /** The storyIds the matcher's rule gives, articles taken in order: the best candidate at or above threshold. */
    private static Map<String, String> storyIds(final List<Labelled> articles, final double threshold) {
        final Map<Integer, List<String>> bands = new HashMap<>();
        final Map<String, StorySignature> signatures = new HashMap<>();
        final Map<String, String> storyIds = new HashMap<>();
        for (final Labelled article : articles) {
            final StorySignature signature = StorySignature.of(StoryText.words(article.paragraphs()));
            String story = article.id();
            if (signature != null) {
                final Set<String> candidates = new HashSet<>();
                for (int band = 0; band < StorySignature.BANDS; band++) {
                    candidates.addAll(bands.getOrDefault(signature.bandKey(band), List.of()));
                }
                String best = null;
                double bestSimilarity = -1;
                for (final String candidate : candidates.stream().sorted().toList()) {
                    final double similarity = signature.similarity(signatures.get(candidate));
                    if (similarity >= threshold && similarity > bestSimilarity) {
                        best = candidate;
                        bestSimilarity = similarity;
                    }
                }
                if (best != null) {
                    story = storyIds.get(best);
                }
                for (int band = 0; band < StorySignature.BANDS; band++) {
                    bands.computeIfAbsent(signature.bandKey(band), key -> new ArrayList<>())
                            .add(article.id());
                }
                signatures.put(article.id(), signature);
            }
            storyIds.put(article.id(), story);
        }
        return storyIds;
    }

    static List<Labelled> labelledSet() throws IOException {
        final List<Labelled> articles = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(
                        StoryDetectionEvaluationTest.class.getResourceAsStream("/stories/labelled-stories.jsonl")),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                final JsonNode node = Json.MAPPER.readTree(line);
                final List<String> paragraphs = new ArrayList<>();
                node.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
                articles.add(new Labelled(
                        node.path("id").asText(),
                        node.path("story").asText(),
                        node.path("kind").asText(),
                        node.path("of").asText(null),
                        paragraphs));
            }
        }
        return articles;
    }
}
