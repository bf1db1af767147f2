package io.newsflow.ingest.parse;

/**
 * Why a file cannot become an article. The names are the machine-readable {@code reason} of the quarantine's
 * {@code <file>.error.json}; renaming one changes what users and tools read there.
 */
public enum RejectReason {
    /** No bytes, or nothing but whitespace. */
    EMPTY,
    /** NUL bytes or a high share of control characters: not text in any encoding we read. */
    BINARY,
    /** Text, but no body paragraph besides the headline (and headings). */
    NO_PARAGRAPHS,
    /** Larger than the configured limit; rejected before its content is read. */
    TOO_LARGE,
    /** The file exists but cannot be read (permissions, I/O error). */
    UNREADABLE
}
