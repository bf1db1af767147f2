package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.contract.Article;
import io.newsflow.contract.Duplicate;
import io.newsflow.contract.DuplicateReason;
import io.newsflow.contract.Json;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.Topic;
import io.newsflow.contract.Topics;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.enrich.testing.SampleArticles;
import io.newsflow.tagger.testing.NameTagger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real enrich topology on three outlets' versions of one wire report and a follow-up on the same strike (the
 * files of {@code docs/examples/same-story}), through the story index topic.
 */
class StoryTopologyTest {

    private static final Instant T0 = Instant.parse("2026-03-03T10:00:00Z");
    private static final String WIRE = "examples/same-story/wire-port-strike.txt";
    private static final String HARBOUR = "examples/same-story/harbour-daily-port-strike.txt";
    private static final String BUSINESS = "examples/same-story/business-wire-port-strike.txt";
    private static final String FOLLOW_UP = "examples/same-story/wire-port-strike-talks.txt";

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private EnrichConfig config;
    private TestInputTopic<String, Paragraph> paragraphs;
    private TestOutputTopic<String, Article> articles;
    private TestOutputTopic<String, Duplicate> duplicates;

    /**
     * The story index has its own sub-topology, so its one partition is a task of its own: sharing a task with a
     * partition of {@code news-paragraphs} would make that task interleave both topics in timestamp order and pin the
     * story work to wherever that partition goes.
     */
    @Test
    void shouldRunTheStoryIndexInASubTopologyOfItsOwn() {
        final EnrichConfig defaults = EnrichConfig.defaults("unused:9092").withStateDir(stateDir);
        final TopologyDescription description =
                EnrichTopology.build(defaults, NameTagger.forSample()).describe();

        assertThat(description.subtopologies()).hasSize(2);
        assertThat(description.subtopologies())
                .filteredOn(
                        sub -> sub.nodes().stream().anyMatch(node -> node.name().equals(StoryMatcher.NAME)))
                .singleElement()
                .satisfies(sub -> assertThat(sub.nodes())
                        .filteredOn(node -> node instanceof TopologyDescription.Source)
                        .extracting(TopologyDescription.Node::name)
                        .containsExactly(EnrichTopology.READ_STORY_INDEX));
    }

    private void start(final StorySettings stories) {
        config = EnrichConfig.defaults("unused:9092").withStateDir(stateDir).withStories(stories);
        driver = new TopologyTestDriver(
                EnrichTopology.build(config, NameTagger.forSample()), config.streamsProperties(), T0);
        paragraphs = driver.createInputTopic(
                Topics.PARAGRAPHS.name(),
                Topics.PARAGRAPHS.keySerde().serializer(),
                Topics.PARAGRAPHS.valueSerde().serializer());
        articles = output(Topics.ARTICLES);
        duplicates = output(Topics.DUPLICATES);
    }

    private <K, V> TestOutputTopic<K, V> output(final Topic<K, V> topic) {
        return driver.createOutputTopic(
                topic.name(),
                topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    private void drop(final String resource, final String articleId, final Instant at) {
        SampleArticles.paragraphs(resource, articleId, resource.substring(resource.lastIndexOf('/') + 1), at)
                .forEach(record -> paragraphs.pipeInput(articleId, record, at));
    }

    private Map<String, Article> articlesById() {
        return articles.readValuesToList().stream().collect(Collectors.toMap(Article::articleId, Function.identity()));
    }

    @Test
    void shouldGiveThreeOutletsOneStoryAndTheFollowUpItsOwn() {
        start(StorySettings.DEFAULTS);
        drop(WIRE, "wire", T0);
        drop(HARBOUR, "harbour", T0.plusSeconds(60));
        drop(BUSINESS, "business", T0.plusSeconds(120));
        drop(FOLLOW_UP, "talks", T0.plus(Duration.ofDays(3)));

        final Map<String, Article> written = articlesById();
        assertThat(written).containsOnlyKeys("wire", "harbour", "business", "talks");
        assertThat(written.get("wire").storyId()).isEqualTo("wire");
        assertThat(written.get("wire").nearDuplicateOf()).isNull();
        assertThat(written.get("harbour").storyId()).isEqualTo("wire");
        assertThat(written.get("harbour").nearDuplicateOf()).isEqualTo("wire");
        assertThat(written.get("business").storyId()).isEqualTo("wire");
        assertThat(written.get("harbour").similarity()).isBetween(StoryMatcher.DEFAULT_THRESHOLD, 1.0);
        assertThat(written.get("talks").storyId()).isEqualTo("talks");
        assertThat(written.get("talks").nearDuplicateOf()).isNull();
        assertThat(duplicates.readValuesToList())
                .extracting(Duplicate::articleId, Duplicate::index, Duplicate::reason, Duplicate::duplicateOf)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "harbour", -1, DuplicateReason.NEAR_DUPLICATE_STORY, "wire"),
                        org.assertj.core.groups.Tuple.tuple(
                                "business",
                                -1,
                                DuplicateReason.NEAR_DUPLICATE_STORY,
                                written.get("business").nearDuplicateOf()));
    }

    @Test
    void shouldWriteOnlyTheDuplicateRecordWhenPolicyIsDrop() {
        start(StorySettings.DEFAULTS.withPolicy(NearDuplicatePolicy.DROP));
        drop(WIRE, "wire", T0);
        drop(HARBOUR, "harbour", T0.plusSeconds(60));

        assertThat(articlesById()).containsOnlyKeys("wire");
        final List<Duplicate> reported = duplicates.readValuesToList();
        assertThat(reported).hasSize(1);
        assertThat(reported.get(0).duplicateOf()).isEqualTo("wire");
        assertThat(reported.get(0).similarity()).isGreaterThanOrEqualTo(StoryMatcher.DEFAULT_THRESHOLD);
    }

    @Test
    void shouldForgetAnArticleOnceTheStoryWindowHasPassed() {
        start(new StorySettings(NearDuplicatePolicy.TAG, Duration.ofDays(1), StoryMatcher.DEFAULT_THRESHOLD));
        drop(WIRE, "wire", T0);
        drop(FOLLOW_UP, "talks", T0.plus(Duration.ofDays(3)));
        drop(HARBOUR, "harbour", T0.plus(Duration.ofDays(3)).plusSeconds(1));

        final Map<String, Article> written = articlesById();
        assertThat(written.get("harbour").storyId()).isEqualTo("harbour");
        assertThat(duplicates.readValuesToList()).isEmpty();
        // and its entry is gone from the store, not only skipped
        assertThat(indexed()).containsExactly("talks", "harbour");
    }

    @Test
    void shouldGiveAReDroppedArticleTheStoryItWasGivenFirst() {
        start(StorySettings.DEFAULTS);
        drop(WIRE, "wire", T0);
        drop(HARBOUR, "harbour", T0.plusSeconds(60));
        final List<Article> first = articles.readValuesToList();
        duplicates.readValuesToList();

        // past the de-duplicator's retention, the same articles reach the story index again
        final TestInputTopic<String, StoryCandidate> index = driver.createInputTopic(
                config.storyIndexTopic(),
                Serdes.String().serializer(),
                StoryCandidate.serde().serializer());
        first.forEach(article -> index.pipeInput(article.articleId(), StoryCandidate.of(article), T0.plusSeconds(600)));

        final Map<String, Article> again = articlesById();
        assertThat(again.get("wire").storyId()).isEqualTo("wire");
        assertThat(again.get("wire").nearDuplicateOf()).isNull();
        assertThat(again.get("harbour").storyId()).isEqualTo("wire");
        assertThat(again.get("harbour").nearDuplicateOf()).isEqualTo("wire");
        assertThat(duplicates.readValuesToList()).isEmpty();
        assertThat(indexed()).containsExactly("wire", "harbour");
    }

    @Test
    void shouldTakeTheSmallerArticleIdOfEquallySimilarOriginals() {
        start(StorySettings.DEFAULTS);
        drop(WIRE, "wire", T0);
        final Article wire = articles.readValuesToList().get(0);
        final TestInputTopic<String, StoryCandidate> index = driver.createInputTopic(
                config.storyIndexTopic(),
                Serdes.String().serializer(),
                StoryCandidate.serde().serializer());

        // two more copies of the same body: "copy-b" is indexed before "copy-a", and the third copy is as similar
        // to each (1.0), so it takes the smaller id, whichever was indexed first
        for (final String id : List.of("copy-b", "copy-a", "copy-c")) {
            index.pipeInput(id, StoryCandidate.of(withId(wire, id)), T0.plusSeconds(60));
        }

        final Map<String, Article> written = articlesById();
        assertThat(written.get("copy-b").nearDuplicateOf()).isEqualTo("wire");
        assertThat(written.get("copy-a").nearDuplicateOf()).isEqualTo("copy-b").isLessThan("wire");
        assertThat(written.get("copy-c").nearDuplicateOf()).isEqualTo("copy-a");
        assertThat(written.get("copy-c").storyId()).isEqualTo("wire");
        assertThat(written.get("copy-c").similarity()).isEqualTo(1.0);
    }

    private static Article withId(final Article article, final String articleId) {
        final ObjectNode json = Json.MAPPER.valueToTree(article);
        json.put("articleId", articleId);
        json.put("storyId", articleId);
        return Json.MAPPER.convertValue(json, Article.class);
    }

    /** The article ids in the story index, oldest first. */
    private List<String> indexed() {
        final KeyValueStore<Long, StoryEntry> store = driver.getKeyValueStore(StoryMatcher.ARTICLES_STORE);
        final List<String> ids = new ArrayList<>();
        try (KeyValueIterator<Long, StoryEntry> entries = store.all()) {
            entries.forEachRemaining(entry -> ids.add(entry.value.articleId()));
        }
        return ids;
    }

    @Test
    void shouldWriteArticlesAsTheyAreWhenDetectionIsOff() {
        start(StorySettings.DEFAULTS.withPolicy(NearDuplicatePolicy.OFF));
        drop(WIRE, "wire", T0);
        drop(HARBOUR, "harbour", T0.plusSeconds(60));

        final Map<String, Article> written = articlesById();
        assertThat(written.get("harbour").storyId()).isEqualTo("harbour");
        assertThat(written.get("harbour").nearDuplicateOf()).isNull();
        assertThat(duplicates.readValuesToList()).isEmpty();
        assertThat(driver.producedTopicNames()).doesNotContain("newsflow-enrich-story-index-repartition");
    }
}
