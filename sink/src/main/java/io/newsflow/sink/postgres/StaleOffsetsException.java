package io.newsflow.sink.postgres;

import java.sql.SQLException;

/**
 * A write was refused because a partition's offset in the database moved since the writer read it: another sink
 * instance owns the partition now. Nothing of the batch was written; the writer re-reads its offsets and goes on.
 */
public final class StaleOffsetsException extends SQLException {

    private static final long serialVersionUID = 1L;

    public StaleOffsetsException(final String message) {
        super(message);
    }
}
