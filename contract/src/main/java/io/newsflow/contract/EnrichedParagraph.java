package io.newsflow.contract;

import java.time.Instant;
import java.util.List;

/**
 * A paragraph after enrichment, on {@code news-paragraphs-enriched}, keyed by {@code articleId}: the ingested fields
 * plus {@code cleanText} (citation markers removed), the entities (offsets into {@code cleanText}), citations and quotes.
 * Paragraphs dropped as duplicates are not published here; they go to {@code news-duplicates}. As on
 * {@code news-paragraphs}, {@code metadata} is carried by the HEADLINE record only.
 */
public record EnrichedParagraph(
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
        String cleanText,
        List<Entity> entities,
        List<Citation> citations,
        List<Quote> quotes,
        ArticleMetadata metadata) {

    public EnrichedParagraph {
        Fields.notBlank(articleId, "articleId");
        Fields.notBlank(sourceFile, "sourceFile");
        Fields.notNull(kind, "kind");
        Fields.notNegative(index, "index");
        Fields.notNull(text, "text");
        Fields.notNull(cleanText, "cleanText");
        entities = Fields.listOf(entities);
        citations = Fields.listOf(citations);
        quotes = Fields.listOf(quotes);
    }
}
