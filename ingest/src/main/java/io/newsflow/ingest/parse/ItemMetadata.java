package io.newsflow.ingest.parse;

import io.newsflow.contract.ArticleMetadata;
import java.time.Instant;
import java.util.List;

/**
 * What a feed item or JSON line says about itself besides its text, as its reader found it, every field optional
 * (null): its link, author, publication time, the feed or source it came from (RSS channel title, Atom feed title, JSON
 * {@code source}) and its declared language as written ({@code en-gb}). {@link ItemArticles} turns it into the
 * article's {@link ArticleMetadata}.
 */
record ItemMetadata(String url, String byline, Instant publishedAt, String provider, String language) {

    public ItemMetadata {
        url = blankToNull(url);
        byline = blankToNull(byline);
        provider = blankToNull(provider);
        language = blankToNull(language);
    }

    /** The published metadata of an item of {@code format} whose own identifier is {@code externalId}. */
    ArticleMetadata toArticleMetadata(final ArticleFormat format, final String externalId) {
        return new ArticleMetadata(
                format.metadataName(),
                url,
                byline,
                publishedAt,
                language == null ? null : ArticleLanguage.declared(language).orElse(null),
                provider,
                externalId == null || externalId.isBlank() ? null : ItemIds.sanitise(externalId),
                List.of());
    }

    private static String blankToNull(final String value) {
        return value == null || value.isBlank() ? null : ArticleParser.collapse(value);
    }
}
