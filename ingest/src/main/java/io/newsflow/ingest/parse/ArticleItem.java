package io.newsflow.ingest.parse;

import java.util.Objects;

/**
 * One article a file yields. A text, Markdown or HTML file yields one, at {@code position} 1, whose identity is
 * computed on the whole decoded file; a feed or JSON Lines file yields one per good item, at the item's position
 * (its number in the feed, its line in JSON Lines).
 *
 * <p>{@code identityKey} is what {@link ArticleIdentity} is computed on: for an item with its own identifier
 * ({@code externalId}: RSS guid, Atom id, JSON id, else its link) the identifier within its source, so the same item
 * in a feed dropped again is recognised even when its text was edited; for an item without one, its content.
 * {@code externalId} is sanitised ({@link ItemIds}) and never used as a path. What the item says about itself (link,
 * author, time, provider, declared language, its id) is in the article's metadata.
 */
public record ArticleItem(int position, String externalId, String identityKey, ParsedArticle article) {

    public ArticleItem {
        if (position < 1) {
            throw new IllegalArgumentException("position must be >= 1, was " + position);
        }
        if (identityKey == null || identityKey.isBlank()) {
            throw new IllegalArgumentException("identityKey must not be blank");
        }
        Objects.requireNonNull(article, "article must not be null");
        externalId = externalId == null || externalId.isBlank() ? null : ItemIds.sanitise(externalId);
    }

    public ArticleIdentity identity() {
        return ArticleIdentity.of(identityKey);
    }
}
