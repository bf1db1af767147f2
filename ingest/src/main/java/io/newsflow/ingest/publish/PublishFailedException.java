package io.newsflow.ingest.publish;

/**
 * A file's transaction did not commit for a reason that may pass (broker unavailable, timeout): the file stays in the
 * inbox and is tried again. When {@link #outcomeUnknown()} the commit may nevertheless have happened (its answer was
 * lost); the ledger must be read again before the file is retried, or it would be published twice.
 */
public final class PublishFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean outcomeUnknown;

    public PublishFailedException(final String message, final Throwable cause, final boolean outcomeUnknown) {
        super(message, cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
