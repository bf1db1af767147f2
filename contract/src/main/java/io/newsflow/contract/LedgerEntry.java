package io.newsflow.contract;

import java.time.Instant;

/**
 * One file's status on the compacted {@code news-ingest-ledger}, keyed by {@code articleId} (the content key), written
 * in the same Kafka transaction as the file's paragraphs. On start ingest reads the ledger back, so content already
 * published is never published again, whatever the file is called.
 *
 * <p>Any entry for a key means that content was published: an {@code ALREADY_INGESTED} entry for a re-drop is written
 * under the same key, so after compaction it may be the only one left; the first {@code PUBLISHED} entry's file name
 * and record count are not kept by the topic.
 */
public record LedgerEntry(
        String articleId,
        String contentHash,
        String sourceFile,
        FileStatus status,
        int records,
        Instant time) {

    public LedgerEntry {
        Fields.notBlank(articleId, "articleId");
        Fields.notBlank(contentHash, "contentHash");
        Fields.notBlank(sourceFile, "sourceFile");
        Fields.notNull(status, "status");
        Fields.notNegative(records, "records");
        Fields.notNull(time, "time");
    }
}
