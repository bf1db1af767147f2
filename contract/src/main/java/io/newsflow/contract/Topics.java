package io.newsflow.contract;

import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The pipeline's topics. Every record of one article carries the article's id as key, so an article's records share a
 * partition and stay in order: assembly needs no repartition, and parallelism is bounded by the partition count.
 */
public final class Topics {

    /** ingest → enrich: one record per headline, heading and paragraph. */
    public static final Topic<String, Paragraph> PARAGRAPHS =
            new Topic<>("news-paragraphs", Serdes.String(), JsonSerde.of(Paragraph.class), false);

    /** enrich → users: each kept paragraph with clean text, entities, citations and quotes. */
    public static final Topic<String, EnrichedParagraph> PARAGRAPHS_ENRICHED =
            new Topic<>("news-paragraphs-enriched", Serdes.String(), JsonSerde.of(EnrichedParagraph.class), false);

    /** enrich → sink and users: one record per complete article. */
    public static final Topic<String, Article> ARTICLES =
            new Topic<>("news-articles", Serdes.String(), JsonSerde.of(Article.class), false);

    /** enrich → users: what was dropped as a duplicate, and why. */
    public static final Topic<String, Duplicate> DUPLICATES =
            new Topic<>("news-duplicates", Serdes.String(), JsonSerde.of(Duplicate.class), false);

    /** ingest's own record of every file's status, written in the file's transaction; compacted. */
    public static final Topic<String, LedgerEntry> INGEST_LEDGER =
            new Topic<>("news-ingest-ledger", Serdes.String(), JsonSerde.of(LedgerEntry.class), true);

    /** Records no stage could read, kept byte for byte; headers name the source topic, partition, offset and error. */
    public static final Topic<byte[], byte[]> DEAD_LETTERS =
            new Topic<>("news-dlq", Serdes.ByteArray(), Serdes.ByteArray(), false);

    public static final List<Topic<?, ?>> ALL =
            List.of(PARAGRAPHS, PARAGRAPHS_ENRICHED, ARTICLES, DUPLICATES, INGEST_LEDGER, DEAD_LETTERS);

    private Topics() {}
}
