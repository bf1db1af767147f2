package io.newsflow.contract;

/**
 * One entity mention in a paragraph's clean text: {@code text.equals(cleanText.substring(start, end))}.
 *
 * <p>{@code canonical} is the name the mention resolves to within its article and across articles ({@code Rutte} →
 * {@code Mark Rutte}, {@code U.S.} → {@code United States}); for DATE it is the ISO form where the text allows it.
 * {@code money} is set for MONEY mentions whose amount and currency could be read, else null.
 */
public record Entity(
        String text, EntityType type, int start, int end, String canonical, double confidence, Money money) {

    public Entity {
        Fields.notBlank(text, "text");
        Fields.notNull(type, "type");
        Fields.notNegative(start, "start");
        if (end <= start) {
            throw new IllegalArgumentException("end must be > start, was start=" + start + " end=" + end);
        }
        Fields.notBlank(canonical, "canonical");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
    }
}
