package io.newsflow.contract;

/**
 * Headers of a record on {@code news-dlq}. The names are those Kafka Streams' own dead-letter queue writes (KIP-1034),
 * so one consumer reads the dead letters of every stage alike; the value is the original record, byte for byte.
 */
public final class DeadLetterHeaders {

    public static final String EXCEPTION = "__streams.errors.exception";
    public static final String MESSAGE = "__streams.errors.message";
    public static final String TOPIC = "__streams.errors.topic";
    public static final String PARTITION = "__streams.errors.partition";
    public static final String OFFSET = "__streams.errors.offset";
    /** Which Newsflow stage gave up on the record: {@code enrich} or {@code sink}. */
    public static final String STAGE = "newsflow.stage";
    /**
     * Present only when the original value was too large to be dead-lettered whole (its size, the headers and the
     * broker's record limit): the value is then its first bytes, and this header holds the original size in bytes.
     */
    public static final String TRUNCATED_FROM_BYTES = "newsflow.truncated-from-bytes";

    private DeadLetterHeaders() {
    }
}
