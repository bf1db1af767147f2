package io.newsflow.ingest.parse;

import java.time.Instant;

/**
 * What a feed item or JSON line says about itself besides its text, every field optional (null): its link, author,
 * publication time, the feed or source it came from (RSS channel title, Atom feed title, JSON {@code source}) and its
 * declared language. Kept by ingest for the article metadata; not published yet.
 */
public record ItemMetadata(String url, String byline, Instant publishedAt, String provider, String language) {

    public static final ItemMetadata NONE = new ItemMetadata(null, null, null, null, null);

    public ItemMetadata {
        url = blankToNull(url);
        byline = blankToNull(byline);
        provider = blankToNull(provider);
        language = blankToNull(language);
    }

    private static String blankToNull(final String value) {
        return value == null || value.isBlank() ? null : ArticleParser.collapse(value);
    }
}
