package io.newsflow.tagger;

import java.util.Objects;

/**
 * One entity mention in a paragraph: {@code text.equals(paragraph.substring(start, end))}.
 *
 * <p>{@code canonical} is the name the mention resolves to within its article ({@code Rutte} → {@code Mark Rutte},
 * {@code U.S.} → {@code United States}); for DATE it is the ISO form where the text allows it. {@code money} is set for
 * MONEY mentions whose amount and currency could be read, else null.
 */
public record Entity(
        String text, EntityType type, int start, int end, String canonical, double confidence, Money money) {

    public Entity {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        Objects.requireNonNull(type, "type must not be null");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("need 0 <= start < end, was start=" + start + " end=" + end);
        }
        if (canonical == null || canonical.isBlank()) {
            throw new IllegalArgumentException("canonical must not be blank");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
    }
}
