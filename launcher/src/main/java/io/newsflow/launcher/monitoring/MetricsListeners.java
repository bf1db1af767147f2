package io.newsflow.launcher.monitoring;

import io.newsflow.contract.Article;
import io.newsflow.ingest.IngestListener;
import io.newsflow.observability.PipelineMetrics;
import io.newsflow.sink.SinkListener;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The services' listeners, recording into {@link PipelineMetrics}: the one place that knows both the services and the
 * metrics, so {@code observability} depends on the contract alone. Events the metrics do not count (ingest's
 * failures, the database sink, the sink's dead letters) keep the interfaces' no-op defaults.
 */
final class MetricsListeners {

    private MetricsListeners() {}

    static IngestListener ingest(final PipelineMetrics metrics) {
        return new IngestListener() {
            @Override
            public void onPublished(final String file, final String articleId, final int records, final Duration took) {
                metrics.onPublished(file, articleId, records, took);
            }

            @Override
            public void onAlreadyIngested(final String file, final String articleId) {
                metrics.onAlreadyIngested(file, articleId);
            }

            @Override
            public void onQuarantined(final String file, final String reason, final String detail) {
                metrics.onQuarantined(file, reason, detail);
            }
        };
    }

    static SinkListener sink(final PipelineMetrics metrics) {
        return new SinkListener() {
            @Override
            public void onWritten(final Article article, final Path document, final Instant writtenAt) {
                metrics.onWritten(article, document, writtenAt);
            }

            @Override
            public void onWriteTook(final Duration took) {
                metrics.onWriteTook(took);
            }
        };
    }
}
