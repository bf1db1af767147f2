package io.newsflow.contract;

/**
 * What enrich dropped, and why, on {@code news-duplicates}, keyed by {@code articleId}.
 *
 * <p>{@code index} is the dropped record's index, or -1 when a whole article was dropped. {@code duplicateOf} names what
 * it repeats: {@code <articleId>#<index>} for a record, {@code <articleId>} for an article. {@code similarity} is 1.0 for
 * exact repeats.
 */
public record Duplicate(
        String articleId, String sourceFile, int index, DuplicateReason reason, String duplicateOf, double similarity) {

    public Duplicate {
        Fields.notBlank(articleId, "articleId");
        if (index < -1) {
            throw new IllegalArgumentException("index must be >= -1, was " + index);
        }
        Fields.notNull(reason, "reason");
        Fields.notBlank(duplicateOf, "duplicateOf");
        if (similarity < 0 || similarity > 1) {
            throw new IllegalArgumentException("similarity must be in [0, 1], was " + similarity);
        }
    }
}
