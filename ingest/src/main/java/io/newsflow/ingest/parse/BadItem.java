package io.newsflow.ingest.parse;

import java.util.Objects;

/**
 * An item of a many-article file that cannot become an article, reported in the file's {@code .error.json} while the
 * file's other items are published. {@code position} is where it stands in the file: the item's number (1-based) in a
 * feed, the line number in JSON Lines. {@code id} is the item's own identifier when it has one (guid, id, URL),
 * sanitised by {@link ItemIds}, else null.
 */
public record BadItem(int position, String id, RejectReason reason, String detail) {

    public BadItem {
        if (position < 1) {
            throw new IllegalArgumentException("position must be >= 1, was " + position);
        }
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
        id = id == null ? null : ItemIds.sanitise(id);
    }
}
