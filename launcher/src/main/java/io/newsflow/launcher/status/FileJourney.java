package io.newsflow.launcher.status;

import io.newsflow.contract.ArticleMetadata;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One inbox file's way through the pipeline, as far as it got: received (waiting in the inbox), quarantined (with the
 * reason of its {@code .error.json}), published (its ledger entry: article id and record count), already ingested,
 * enriched (its {@code news-articles} record: when, how many paragraphs and entities, its metadata and why its entities
 * were not tagged, if they were not), stored (its outbox document).
 * Absent stages are null. For a quarantined file, {@code storedAt} is when it was quarantined (its report's time).
 * An article of a file with many (a feed, JSON Lines) has a journey of its own, {@code file} being the file's name,
 * {@link #ITEM_SEPARATOR} and the item's position: {@code harbour-news.rss #2}.
 * {@code story} is known once enrich has given the article its story (null before, and with detection off).
 */
public record FileJourney(
        String file,
        String articleId,
        Stage stage,
        Instant receivedAt,
        Instant publishedAt,
        int records,
        String quarantineReason,
        String quarantineDetail,
        Instant enrichedAt,
        int paragraphs,
        int entities,
        Instant storedAt,
        Path document,
        ArticleMetadata metadata,
        String entitiesSkipped,
        Story story) {

    /** Between a file's name and an item's position in the journey of one article of a feed or JSON Lines file. */
    public static final String ITEM_SEPARATOR = " #";

    /**
     * The article's story: its {@code storyId}; for a near-duplicate also the earlier article, its file when the ledger
     * knows it, the estimated similarity, and whether the document was dropped ({@code NEWSFLOW_NEAR_DUPLICATES=drop}).
     */
    public record Story(
            String storyId, String nearDuplicateOf, String originalFile, double similarity, boolean dropped) {}

    /** The furthest stage a file reached, in pipeline order; QUARANTINED and ALREADY_INGESTED end a journey early. */
    public enum Stage {
        RECEIVED,
        QUARANTINED,
        ALREADY_INGESTED,
        PUBLISHED,
        ENRICHED,
        STORED
    }

    public FileJourney {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(stage, "stage must not be null");
    }

    /** A journey whose metadata and story are not known (not enriched yet, or written before they existed). */
    public FileJourney(
            final String file,
            final String articleId,
            final Stage stage,
            final Instant receivedAt,
            final Instant publishedAt,
            final int records,
            final String quarantineReason,
            final String quarantineDetail,
            final Instant enrichedAt,
            final int paragraphs,
            final int entities,
            final Instant storedAt,
            final Path document) {
        this(
                file,
                articleId,
                stage,
                receivedAt,
                publishedAt,
                records,
                quarantineReason,
                quarantineDetail,
                enrichedAt,
                paragraphs,
                entities,
                storedAt,
                document,
                null,
                null,
                null);
    }
}
