package io.newsflow.enrich.dedup;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the de-duplicator remembers of an article still arriving: which copy it is assembling, how many of its records
 * have arrived, and the {@linkplain ParagraphText#fingerprint fingerprint} of each kept body paragraph with its index.
 */
public record ArticleFingerprints(ArticleCopy copy, int received, Map<String, Integer> paragraphs) {

    public ArticleFingerprints {
        Objects.requireNonNull(copy, "copy must not be null");
        if (received < 0) {
            throw new IllegalArgumentException("received must be >= 0, was " + received);
        }
        paragraphs = paragraphs == null ? Map.of() : Map.copyOf(paragraphs);
    }

    public static ArticleFingerprints start(final ArticleCopy copy) {
        return new ArticleFingerprints(copy, 0, Map.of());
    }

    /** The same article with one more record arrived, and {@code fingerprint} remembered when not null. */
    public ArticleFingerprints plus(final String fingerprint, final int index) {
        final Map<String, Integer> next = new HashMap<>(paragraphs);
        if (fingerprint != null) {
            next.putIfAbsent(fingerprint, index);
        }
        return new ArticleFingerprints(copy, received + 1, next);
    }
}
