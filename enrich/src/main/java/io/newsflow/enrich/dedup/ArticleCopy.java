package io.newsflow.enrich.dedup;

import io.newsflow.contract.Paragraph;
import java.time.Instant;
import java.util.Objects;

/**
 * One published copy of an article: every drop of the same content has the same articleId, but ingest publishes each
 * drop from its own file at its own time, so the file and the ingest time tell the copies apart.
 */
public record ArticleCopy(String sourceFile, Instant ingestedAt) {

    public ArticleCopy {
        Objects.requireNonNull(sourceFile, "sourceFile must not be null");
        Objects.requireNonNull(ingestedAt, "ingestedAt must not be null");
    }

    public static ArticleCopy of(final Paragraph paragraph) {
        return new ArticleCopy(paragraph.sourceFile(), paragraph.ingestedAt());
    }
}
