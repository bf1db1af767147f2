package io.newsflow.observability;

/**
 * The names of Newsflow's own meters, as Micrometer names. The Prometheus registry turns dots into underscores and
 * appends the unit and {@code _total}: {@code newsflow.files.published} is scraped as
 * {@code newsflow_files_published_total}, {@code newsflow.drop.to.stored} as {@code newsflow_drop_to_stored_seconds}.
 * docs/monitoring.md ("Metrics") lists the scraped names; the dashboard and alert rules use those.
 */
public final class MetricNames {

    /** Counter: files ingest looked at and settled, tag {@code outcome} = published, already_ingested, quarantined. */
    public static final String FILES_SEEN = "newsflow.files.seen";
    /** Counter: files whose records and ledger entry were committed. */
    public static final String FILES_PUBLISHED = "newsflow.files.published";
    /** Counter: files moved to the error directory, tag {@code reason}. */
    public static final String FILES_QUARANTINED = "newsflow.files.quarantined";
    /** Counter: files whose content was ingested before (nothing published). */
    public static final String FILES_ALREADY_INGESTED = "newsflow.files.already.ingested";
    /** Counter: records (headline, headings, paragraphs) published to news-paragraphs. */
    public static final String PARAGRAPHS_PUBLISHED = "newsflow.paragraphs.published";
    /** Timer: read, parse and publish one file, commit included. */
    public static final String INGEST_PUBLISH = "newsflow.ingest.publish";
    /** Gauge: files waiting in the inbox. */
    public static final String INBOX_BACKLOG = "newsflow.inbox.backlog";
    /** Gauge: age of the oldest file waiting in the inbox, 0 when it is empty. */
    public static final String INBOX_OLDEST_AGE = "newsflow.inbox.oldest.file.age";
    /** Counter: article documents written by the sink. */
    public static final String ARTICLES_WRITTEN = "newsflow.articles.written";
    /** Counter: paragraphs in the written articles. */
    public static final String PARAGRAPHS_WRITTEN = "newsflow.paragraphs.written";
    /** Counter: entity mentions in the written articles, tag {@code type}. */
    public static final String ENTITIES = "newsflow.entities";
    /** Timer: from the file's last modification (its drop) to its document on disk. */
    public static final String DROP_TO_STORED = "newsflow.drop.to.stored";
    /** Timer: writing one document (temp file, fsync, rename). */
    public static final String SINK_WRITE = "newsflow.sink.write";
    /** Counter: records on news-duplicates, tag {@code reason}. */
    public static final String DUPLICATES = "newsflow.duplicates";
    /** Counter: records on news-dlq, tag {@code topic} = where the record came from. */
    public static final String DEAD_LETTERS = "newsflow.dead.letters";
    /** Gauge: committed offset behind the last stable offset, summed over partitions; tags {@code group}, {@code topic}. */
    public static final String CONSUMER_LAG = "newsflow.consumer.lag";
    /** Gauge: 1 when every readiness check passes, else 0; tag {@code check} for each check too. */
    public static final String READY = "newsflow.ready";

    private MetricNames() {}
}
