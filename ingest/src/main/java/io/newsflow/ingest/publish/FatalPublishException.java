package io.newsflow.ingest.publish;

/**
 * The producer can never publish again: it was fenced by another instance with the same {@code transactional.id}, is
 * not authorised, or the broker cannot do transactions. Retrying would only repeat the failure (or, for fencing, fight
 * the newer instance), so ingest stops.
 */
public final class FatalPublishException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FatalPublishException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
