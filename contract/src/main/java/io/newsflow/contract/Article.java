package io.newsflow.contract;

import java.util.List;

/**
 * A whole article once all its records have been enriched, on {@code news-articles}, keyed by {@code articleId}; it is
 * also the per-article JSON document the file sink writes. Schema: {@code schemas/article.schema.json}.
 *
 * <p>Headings appear in {@code sections}, never in {@code paragraphs}; the headline is not repeated in
 * {@code paragraphs}. {@code entities} aggregates the paragraphs' mentions by canonical name and type.
 * {@code storyId} is shared by articles that tell the same story: an article whose body is a near-duplicate of an
 * earlier article's takes that article's {@code storyId} and names it in {@code nearDuplicateOf}, with the estimated
 * {@code similarity} (Jaccard, 0–1) of their bodies; the first article of a story has its own id as {@code storyId}
 * and neither of the other two fields (they are absent, not null, in JSON).
 *
 * <p>{@code metadata} is what ingest knew about the article (format, URL, byline, published time, language, provider,
 * external id); null only for articles of producers that predate it. {@code entitiesSkipped} is null when the article
 * was tagged, else why its {@code entities} are empty although it has text: {@link #LANGUAGE_NOT_TAGGED} when its
 * language is not one the tagger is configured for (its structure, citations and quotes are still there).
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
        Timings timings,
        ArticleMetadata metadata,
        String entitiesSkipped,
        String nearDuplicateOf,
        Double similarity) {

    /** {@code entitiesSkipped} when the article's language is not among the languages tagged. */
    public static final String LANGUAGE_NOT_TAGGED = "LANGUAGE_NOT_TAGGED";

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
        if (entitiesSkipped != null) {
            Fields.notBlank(entitiesSkipped, "entitiesSkipped");
            if (!entities.isEmpty()) {
                throw new IllegalArgumentException(
                        "entitiesSkipped (" + entitiesSkipped + ") needs empty entities, was " + entities.size());
            }
        }
        if ((nearDuplicateOf == null) != (similarity == null)) {
            throw new IllegalArgumentException("nearDuplicateOf and similarity must be given together, were "
                    + nearDuplicateOf + " and " + similarity);
        }
        if (similarity != null && (similarity < 0 || similarity > 1)) {
            throw new IllegalArgumentException("similarity must be in [0, 1], was " + similarity);
        }
    }

    /** This article as a near-duplicate of {@code original} (an article id), which belongs to {@code story}. */
    public Article asNearDuplicate(final String story, final String original, final double similarity) {
        return new Article(
                articleId,
                story,
                sourceFile,
                contentHash,
                headline,
                sections,
                paragraphs,
                entities,
                sources,
                quotes,
                duplicatesDropped,
                timings,
                metadata,
                entitiesSkipped,
                original,
                similarity);
    }
}
