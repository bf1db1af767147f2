package io.newsflow.enrich.story;

/** What enrich does with a near-duplicate story ({@code NEWSFLOW_NEAR_DUPLICATES}). */
public enum NearDuplicatePolicy {
    /** Write the document with the earlier article's {@code storyId}, and report it on {@code news-duplicates}. */
    TAG,
    /** Report it on {@code news-duplicates} only; no document. */
    DROP,
    /** No detection: every article is its own story, and no story index topic or stores exist. */
    OFF
}
