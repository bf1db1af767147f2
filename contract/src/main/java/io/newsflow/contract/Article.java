package io.newsflow.contract;

import java.util.List;

/**
 * A whole article once all its records have been enriched, on {@code news-articles}, keyed by {@code articleId}; it is
 * also the per-article JSON document the file sink writes. Schema: {@code schemas/article.schema.json}.
 *
 * <p>Headings appear in {@code sections}, never in {@code paragraphs}; the headline is not repeated in
 * {@code paragraphs}. {@code entities} aggregates the paragraphs' mentions by canonical name and type.
 * {@code storyId} is shared by articles that tell the same story; today it equals {@code articleId}.
 */
public record Article(
        String articleId,
        String storyId,
        String sourceFile,
        String contentHash,
        String headline,
        List<String> sections,
        List<ArticleParagraph> paragraphs,
        List<EntitySummary> entities,
        List<Citation> sources,
        List<Quote> quotes,
        int duplicatesDropped,
        Timings timings) {

    public Article {
        Fields.notBlank(articleId, "articleId");
        Fields.notBlank(storyId, "storyId");
        Fields.notBlank(sourceFile, "sourceFile");
        Fields.notBlank(contentHash, "contentHash");
        Fields.notBlank(headline, "headline");
        sections = Fields.listOf(sections);
        paragraphs = Fields.listOf(paragraphs);
        entities = Fields.listOf(entities);
        sources = Fields.listOf(sources);
        quotes = Fields.listOf(quotes);
        Fields.notNegative(duplicatesDropped, "duplicatesDropped");
        Fields.notNull(timings, "timings");
    }
}
