package io.newsflow.contract;

import java.time.Instant;

/**
 * One file's status on the compacted {@code news-ingest-ledger}, keyed by {@code articleId} (the content key), written
 * in the same Kafka transaction as the file's paragraphs. On start ingest reads the ledger back, so content already
 * published is never published again, whatever the file is called.
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
