package io.newsflow.launcher.monitoring;

import io.newsflow.contract.Article;
import io.newsflow.ingest.IngestListener;
import io.newsflow.sink.SinkListener;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Several listeners where a service takes one: each call goes to every listener, in order. Every method of the
 * interfaces is forwarded ({@code ListenersTest} fails when one is added and not forwarded here).
 */
public final class Listeners {

    private Listeners() {}

    public static IngestListener ingest(final IngestListener first, final IngestListener second) {
        return new IngestListener() {
            @Override
            public void onPublished(final String file, final String articleId, final int records, final Duration took) {
                first.onPublished(file, articleId, records, took);
                second.onPublished(file, articleId, records, took);
            }

            @Override
            public void onAlreadyIngested(final String file, final String articleId) {
                first.onAlreadyIngested(file, articleId);
                second.onAlreadyIngested(file, articleId);
            }

            @Override
            public void onQuarantined(final String file, final String reason, final String detail) {
                first.onQuarantined(file, reason, detail);
                second.onQuarantined(file, reason, detail);
            }

            @Override
            public void onFileDone(
                    final String file, final int published, final int alreadyIngested, final int badItems) {
                first.onFileDone(file, published, alreadyIngested, badItems);
                second.onFileDone(file, published, alreadyIngested, badItems);
            }

            @Override
            public void onFailed(final Throwable error) {
                first.onFailed(error);
                second.onFailed(error);
            }
        };
    }

    public static SinkListener sink(final SinkListener first, final SinkListener second) {
        return new SinkListener() {
            @Override
            public void onWritten(final Article article, final Path document, final Instant writtenAt) {
                first.onWritten(article, document, writtenAt);
                second.onWritten(article, document, writtenAt);
            }

            @Override
            public void onWriteTook(final Duration took) {
                first.onWriteTook(took);
                second.onWriteTook(took);
            }

            @Override
            public void onStored(final Article article, final Instant storedAt) {
                first.onStored(article, storedAt);
                second.onStored(article, storedAt);
            }

            @Override
            public void onDeadLetter(final String topic, final int partition, final long offset, final String reason) {
                first.onDeadLetter(topic, partition, offset, reason);
                second.onDeadLetter(topic, partition, offset, reason);
            }
        };
    }
}
