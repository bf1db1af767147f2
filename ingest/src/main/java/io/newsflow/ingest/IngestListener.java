package io.newsflow.ingest;

import java.time.Duration;

/**
 * What ingest reports as it works; the launcher prints it. Called from ingest's watcher thread, one call at a time;
 * an exception thrown here is logged and otherwise ignored. {@code file} is the file's name, without its directory.
 */
public interface IngestListener {

    IngestListener NONE = new IngestListener() {};

    /**
     * An article's {@code records} records and its ledger entry committed. For a file that is one article, the file is
     * in the processed directory; a feed or JSON Lines file reports each article it publishes, then
     * {@link #onFileDone}.
     */
    default void onPublished(final String file, final String articleId, final int records, final Duration took) {}

    /** The file's content was published before (under any name): nothing was published, the file was processed. */
    default void onAlreadyIngested(final String file, final String articleId) {}

    /**
     * The file is in the error directory beside its {@code .error.json}; {@code reason} is one of
     * {@link io.newsflow.ingest.parse.RejectReason}'s names: EMPTY, BINARY, NO_PARAGRAPHS, TOO_LARGE, UNREADABLE,
     * UNSUPPORTED_FORMAT, SYMLINK, HARD_LINK, MALFORMED, UNSAFE_XML, BAD_ITEMS (no item of a
     * feed or JSON Lines file could be read; the report lists them).
     */
    default void onQuarantined(final String file, final String reason, final String detail) {}

    /**
     * A file with many articles (a feed, JSON Lines) is settled and in the processed directory: {@code published} new
     * articles (each reported by {@link #onPublished} before), {@code alreadyIngested} items published before, and
     * {@code badItems} items that could not be read, listed in the error directory's {@code <file>.error.json}.
     */
    default void onFileDone(final String file, final int published, final int alreadyIngested, final int badItems) {}

    /** Ingest stopped on an error it cannot recover from (e.g. fenced by another instance): the process should exit. */
    default void onFailed(final Throwable error) {}
}
