package io.newsflow.contract;

/** Why enrich dropped a record or an article. */
public enum DuplicateReason {
    /** A paragraph that repeats the article's headline (many articles repeat it as their last line). */
    REPEATED_HEADLINE,
    /** A paragraph equal, after normalisation, to an earlier paragraph of the same article. */
    REPEATED_PARAGRAPH,
    /** An article whose content was already seen: the same file dropped again, under any name. */
    SAME_CONTENT,
    /** An article that tells a story already seen, in nearly the same words. */
    NEAR_DUPLICATE_STORY
}
