package io.newsflow.sink;

import io.newsflow.contract.Article;
import java.nio.file.Path;
import java.time.Instant;

/** What the sink reports as it works; the launcher prints it. Methods are called from the sink's thread. */
public interface SinkListener {

    SinkListener NONE = new SinkListener() {
    };

    default void onWritten(final Article article, final Path document, final Instant writtenAt) {
    }

    default void onDeadLetter(final String topic, final int partition, final long offset, final String reason) {
    }
}
