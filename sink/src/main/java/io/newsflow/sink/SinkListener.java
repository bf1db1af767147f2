package io.newsflow.sink;

import io.newsflow.contract.Article;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** What the sink reports as it works; the launcher prints it. Methods are called from the sink's thread. */
public interface SinkListener {

    SinkListener NONE = new SinkListener() {};

    default void onWritten(final Article article, final Path document, final Instant writtenAt) {}

    /** How long writing one document took (temp file, fsync, rename); called right before {@link #onWritten}. */
    default void onWriteTook(final Duration took) {}

    /** The PostgreSQL sink committed {@code article} to the database (with its offset, in one transaction). */
    default void onStored(final Article article, final Instant storedAt) {}

    default void onDeadLetter(final String topic, final int partition, final long offset, final String reason) {}
}
