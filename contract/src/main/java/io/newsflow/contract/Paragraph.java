package io.newsflow.contract;

import java.time.Instant;

/**
 * One block of an article as ingest publishes it to {@code news-paragraphs}, keyed by {@code articleId}.
 *
 * <p>An article of {@code count} blocks is published as records {@code index = 0 .. count-1}, in order, in one Kafka
 * transaction: index 0 is the headline, then headings and paragraphs as they stand in the file. {@code section} is the
 * text of the section the block belongs to: the nearest heading at or before it (a HEADING record's own text), null for
 * the headline and anything before the first heading. {@code articleId} is derived from the article's
 * normalised content, so a renamed copy of the same file has the same id.
 *
 * <p>{@code metadata} (format, URL, byline, published time, language, provider, external id) travels on the HEADLINE
 * record only: an article's records are consumed together anyway, and repeating it on every paragraph would add its
 * bytes to every record. It is null on every other record, and on records of producers that predate it.
 */
public record Paragraph(
        String articleId,
        String sourceFile,
        String contentHash,
        Instant ingestedAt,
        String headline,
        ParagraphKind kind,
        int index,
        int count,
        String section,
        String text,
        ArticleMetadata metadata) {

    public Paragraph {
        Fields.notBlank(articleId, "articleId");
        Fields.notBlank(sourceFile, "sourceFile");
        Fields.notBlank(contentHash, "contentHash");
        Fields.notNull(ingestedAt, "ingestedAt");
        Fields.notBlank(headline, "headline");
        Fields.notNull(kind, "kind");
        Fields.notNegative(index, "index");
        if (count <= index) {
            throw new IllegalArgumentException("count must be > index, was count=" + count + " index=" + index);
        }
        Fields.notNull(text, "text");
        if (metadata != null && kind != ParagraphKind.HEADLINE) {
            throw new IllegalArgumentException(
                    "metadata is carried by the HEADLINE record only, was on " + kind + " record " + index);
        }
    }
}
