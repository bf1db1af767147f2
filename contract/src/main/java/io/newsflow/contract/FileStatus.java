package io.newsflow.contract;

/** Where a file stands in ingest's ledger. */
public enum FileStatus {
    /** Its paragraphs were committed to {@code news-paragraphs} in the same transaction as this entry. */
    PUBLISHED,
    /** Its content had already been published under another name: nothing was published for it. */
    ALREADY_INGESTED
}
