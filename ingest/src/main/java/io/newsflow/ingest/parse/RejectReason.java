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
    /**
     * Larger than the configured file limit (rejected before its content is read), or holding a paragraph too large
     * for one Kafka record.
     */
    TOO_LARGE,
    /** The file exists but cannot be read (permissions, I/O error). */
    UNREADABLE,
    /** An extension ingest does not read ({@code .pdf}, {@code .docx}, …): moved aside rather than left to pile up. */
    UNSUPPORTED_FORMAT,
    /** A symbolic link: ingest reads only regular files inside the inbox and never follows a link out of it. */
    SYMLINK,
    /**
     * A regular file with more than one name (a hard link): one of its names may be outside the inbox — a file the
     * dropper could not have copied in — so it is refused like a symbolic link.
     */
    HARD_LINK,
    /** XML or JSON that is not well-formed, or a feed without the structure its root promises. */
    MALFORMED,
    /**
     * XML with a {@code <!DOCTYPE>}: the way to external entities (XXE) and entity-expansion bombs; refused before
     * parsing, so nothing is resolved or expanded.
     */
    UNSAFE_XML,
    /**
     * Only in the report of a file with many articles (a feed, JSON Lines) some of whose items could not be read: the
     * report lists each bad item with its position and its own reason; the good items were published and the file is
     * in the processed directory — or, when no item was good, in the error directory beside the report.
     */
    BAD_ITEMS
}
