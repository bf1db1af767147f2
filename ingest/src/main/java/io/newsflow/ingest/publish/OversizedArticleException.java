package io.newsflow.ingest.publish;

/**
 * A file's records cannot be published because one of them is larger than a Kafka record may be (the producer's
 * {@code max.request.size}, or the broker's or topic's message limit): bad input, not a Kafka failure, so the file is
 * quarantined rather than retried forever. Nothing of the file was committed.
 */
public final class OversizedArticleException extends Exception {

    private static final long serialVersionUID = 1L;

    public OversizedArticleException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
