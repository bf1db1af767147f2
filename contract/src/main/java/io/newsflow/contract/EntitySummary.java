package io.newsflow.contract;

/** An entity of an article under its canonical name, with how many mentions it has in the article. */
public record EntitySummary(String canonical, EntityType type, int mentions) {

    public EntitySummary {
        Fields.notBlank(canonical, "canonical");
        Fields.notNull(type, "type");
        if (mentions < 1) {
            throw new IllegalArgumentException("mentions must be >= 1, was " + mentions);
        }
    }
}
