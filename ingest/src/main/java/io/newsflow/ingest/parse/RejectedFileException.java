package io.newsflow.ingest.parse;

/**
 * A file that can never become an article, whatever is retried: it belongs in quarantine. Carries the machine-readable
 * {@link RejectReason} and a human-readable detail.
 */
public final class RejectedFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final RejectReason reason;

    public RejectedFileException(final RejectReason reason, final String detail) {
        this(reason, detail, null);
    }

    public RejectedFileException(final RejectReason reason, final String detail, final Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }

    /** What a person reads in the error file: the reason in words, without the enum name. */
    public String detail() {
        return getMessage();
    }
}
