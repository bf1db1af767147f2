package io.newsflow.enrich;

import io.newsflow.contract.ClientProperties;
import io.newsflow.contract.Topics;
import io.newsflow.enrich.assembly.ArticleAssembler;
import io.newsflow.enrich.assembly.ArticleEnricher;
import io.newsflow.enrich.dedup.ParagraphDeduplicator;
import io.newsflow.enrich.story.StoryCandidate;
import io.newsflow.enrich.story.StoryMatcher;
import io.newsflow.enrich.story.StorySettings;
import io.newsflow.tagger.EntityTagger;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;

/**
 * The enrich topology: {@code news-paragraphs} (key articleId) → de-duplicate → assemble and enrich whole articles →
 * {@code news-paragraphs-enriched}, {@code news-articles}, {@code news-duplicates}; poison records to {@code news-dlq}.
 *
 * <pre>
 * read-news-paragraphs ─▶ deduplicate-paragraphs ─┬─▶ write-news-duplicates
 *   [article-fingerprints, completed-articles]    ├─▶ write-news-dlq
 *                                                 └─▶ assemble-articles ─┬─▶ write-news-paragraphs-enriched
 *                                                   [article-parts-v2,   ├─▶ write-story-index ─▶ (story index topic)
 *                                                    article-parts]      └─▶ write-news-dlq
 * read-story-index ─▶ match-stories ─┬─▶ write-news-articles
 *   [story-articles-v4]              └─▶ write-news-duplicates-of-stories
 * </pre>
 *
 * <p>Two sub-topologies: the paragraphs' (tasks 0_0…0_n, one per partition of {@code news-paragraphs}) and the story
 * index's (task 1_0). The story index topic ({@link EnrichConfig#storyIndexTopic()}) has one partition: articles of one story arrive
 * on different partitions and instances, and the index that finds them must see them all. With near-duplicate
 * detection off ({@code NEWSFLOW_NEAR_DUPLICATES=off}) the assembler writes {@code news-articles} itself.
 *
 * <p>Built with the Processor API rather than the DSL because each step has outputs of different types for different
 * topics: in the DSL they would travel as one union type to be split and filtered again downstream. Every node and
 * store is named here; the key is articleId from end to end: the only repartition is the story index's. Malformed records never
 * reach the processors: the deserialization handler sends them to the dead-letter topic ({@link EnrichConfig}).
 */
public final class EnrichTopology {

    public static final String SOURCE = "read-" + Topics.PARAGRAPHS.name();
    public static final String READ_STORY_INDEX = "read-story-index";

    private EnrichTopology() {}

    public static Topology build(final EnrichConfig config, final EntityTagger tagger) {
        final ArticleEnricher enricher = new ArticleEnricher(tagger, config.tagLanguages());
        final StorySettings stories = config.stories();
        final Topology topology = new Topology()
                .addSource(
                        SOURCE,
                        Topics.PARAGRAPHS.keySerde().deserializer(),
                        Topics.PARAGRAPHS.valueSerde().deserializer(),
                        Topics.PARAGRAPHS.name())
                .addProcessor(
                        ParagraphDeduplicator.NAME, ParagraphDeduplicator.supplier(config.dedupRetention()), SOURCE)
                .addProcessor(
                        ParagraphDeduplicator.TO_ASSEMBLY,
                        ArticleAssembler.supplier(
                                enricher,
                                ClientProperties.maxRecordBytes(config.clientProperties()),
                                stories.enabled()),
                        ParagraphDeduplicator.NAME)
                .addSink(
                        ArticleAssembler.TO_ENRICHED,
                        Topics.PARAGRAPHS_ENRICHED.name(),
                        // the assembler forwards these already serialised, with the topics' own serdes
                        Topics.PARAGRAPHS_ENRICHED.keySerde().serializer(),
                        Serdes.ByteArray().serializer(),
                        ParagraphDeduplicator.TO_ASSEMBLY)
                .addSink(
                        DeadLetters.SINK,
                        Topics.DEAD_LETTERS.name(),
                        Topics.DEAD_LETTERS.keySerde().serializer(),
                        Topics.DEAD_LETTERS.valueSerde().serializer(),
                        ParagraphDeduplicator.NAME,
                        ParagraphDeduplicator.TO_ASSEMBLY)
                .addSink(
                        ParagraphDeduplicator.TO_DUPLICATES,
                        Topics.DUPLICATES.name(),
                        Topics.DUPLICATES.keySerde().serializer(),
                        Topics.DUPLICATES.valueSerde().serializer(),
                        ParagraphDeduplicator.NAME);
        if (!stories.enabled()) {
            return topology.addSink(
                    ArticleAssembler.TO_ARTICLES,
                    Topics.ARTICLES.name(),
                    Topics.ARTICLES.keySerde().serializer(),
                    Serdes.ByteArray().serializer(),
                    ParagraphDeduplicator.TO_ASSEMBLY);
        }
        // every article through one partition, so that one task's index sees them all (docs/architecture.md)
        final String storyIndex = config.storyIndexTopic();
        return topology.addSink(
                        ArticleAssembler.TO_STORY_INDEX,
                        storyIndex,
                        Serdes.String().serializer(),
                        Serdes.ByteArray().serializer(),
                        ParagraphDeduplicator.TO_ASSEMBLY)
                .addSource(
                        READ_STORY_INDEX,
                        Serdes.String().deserializer(),
                        StoryCandidate.serde().deserializer(),
                        storyIndex)
                .addProcessor(
                        StoryMatcher.NAME,
                        StoryMatcher.supplier(new StoryMatcher.Settings(
                                stories.window(),
                                stories.similarity(),
                                stories.policy(),
                                ArticleAssembler.TO_ARTICLES,
                                StoryMatcher.TO_DUPLICATES)),
                        READ_STORY_INDEX)
                // a sink of its own, so that the story index stays a sub-topology (a task) of its own
                .addSink(
                        StoryMatcher.TO_DUPLICATES,
                        Topics.DUPLICATES.name(),
                        Topics.DUPLICATES.keySerde().serializer(),
                        Topics.DUPLICATES.valueSerde().serializer(),
                        StoryMatcher.NAME)
                .addSink(
                        ArticleAssembler.TO_ARTICLES,
                        Topics.ARTICLES.name(),
                        Topics.ARTICLES.keySerde().serializer(),
                        Serdes.ByteArray().serializer(),
                        StoryMatcher.NAME);
    }
}
