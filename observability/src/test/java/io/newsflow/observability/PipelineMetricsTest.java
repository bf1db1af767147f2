package io.newsflow.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.contract.Article;
import io.newsflow.contract.ArticleParagraph;
import io.newsflow.contract.Entity;
import io.newsflow.contract.EntitySummary;
import io.newsflow.contract.EntityType;
import io.newsflow.contract.Timings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineMetricsTest {

    private static final Instant DROPPED = Instant.parse("2026-11-27T12:00:00Z");

    @TempDir
    Path processed;

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    @Test
    void shouldCountFilesByOutcomeAndQuarantineReasonUnderPrometheusNames() {
        final PipelineMetrics metrics = new PipelineMetrics(registry, processed, null);
        metrics.onPublished("a.txt", "aaaa", 12, Duration.ofMillis(40));
        metrics.onPublished("b.txt", "bbbb", 3, Duration.ofMillis(20));
        metrics.onAlreadyIngested("copy.txt", "aaaa");
        metrics.onQuarantined("photo.txt", "BINARY", "contains NUL bytes");

        assertThat(registry.scrape())
                .contains(
                        "newsflow_files_published_total 2.0",
                        "newsflow_files_seen_total{outcome=\"published\"} 2.0",
                        "newsflow_files_seen_total{outcome=\"already_ingested\"} 1.0",
                        "newsflow_files_seen_total{outcome=\"quarantined\"} 1.0",
                        "newsflow_files_quarantined_total{reason=\"BINARY\"} 1.0",
                        "newsflow_files_already_ingested_total 1.0",
                        "newsflow_paragraphs_published_total 15.0",
                        "newsflow_ingest_publish_seconds_count 2");
    }

    @Test
    void shouldExportExpectedQuarantineReasonsAtZeroUntilTheyHappen() {
        final PipelineMetrics metrics =
                new PipelineMetrics(registry, processed, null).expectQuarantineReasons(List.of("EMPTY", "BINARY"));
        assertThat(registry.scrape())
                .contains(
                        "newsflow_files_quarantined_total{reason=\"EMPTY\"} 0.0",
                        "newsflow_files_quarantined_total{reason=\"BINARY\"} 0.0");

        metrics.onQuarantined("photo.txt", "BINARY", "contains NUL bytes");

        assertThat(registry.scrape())
                .contains(
                        "newsflow_files_quarantined_total{reason=\"EMPTY\"} 0.0",
                        "newsflow_files_quarantined_total{reason=\"BINARY\"} 1.0");
    }

    @Test
    void shouldMeasureDropToStoredFromTheProcessedFilesModificationTime() throws IOException {
        final Path file = processed.resolve("a.txt");
        Files.writeString(file, "text");
        Files.setLastModifiedTime(file, FileTime.from(DROPPED));
        final PipelineMetrics metrics = new PipelineMetrics(registry, processed, null);
        metrics.onPublished("a.txt", "aaaa", 2, Duration.ofMillis(10));
        metrics.onWriteTook(Duration.ofMillis(3));
        metrics.onWritten(
                article("aaaa", DROPPED.plusSeconds(1)), processed.resolve("doc.json"), DROPPED.plusMillis(1_500));

        final String scrape = registry.scrape();
        assertThat(scrape)
                .contains(
                        "newsflow_articles_written_total 1.0",
                        "newsflow_paragraphs_written_total 1.0",
                        "newsflow_entities_total{type=\"PERSON\"} 1.0",
                        "newsflow_entities_total{type=\"LOCATION\"} 0.0",
                        "newsflow_drop_to_stored_seconds_sum 1.5",
                        "newsflow_drop_to_stored_seconds_bucket{le=\"1.0\"} 0",
                        "newsflow_drop_to_stored_seconds_bucket{le=\"2.0\"} 1",
                        "newsflow_sink_write_seconds_count 1");
    }

    @Test
    void shouldStartAtIngestsPublishTimeWhenTheDropIsNotKnownHere() {
        final PipelineMetrics metrics = new PipelineMetrics(registry, null, null);
        metrics.onWritten(article("cccc", DROPPED), Path.of("doc.json"), DROPPED.plusMillis(250));
        assertThat(registry.scrape()).contains("newsflow_drop_to_stored_seconds_sum 0.25");
    }

    private static Article article(final String id, final Instant ingested) {
        final Entity rutte = new Entity("Mark Rutte", EntityType.PERSON, 0, 10, "Mark Rutte", 0.9, null);
        return new Article(
                id,
                id,
                "a.txt",
                "sha256:" + id,
                "Headline",
                List.of(),
                List.of(new ArticleParagraph(1, null, "Mark Rutte came.", List.of(rutte), List.of(), List.of())),
                List.of(new EntitySummary("Mark Rutte", EntityType.PERSON, 1)),
                List.of(),
                List.of(),
                0,
                new Timings(ingested, ingested.plusMillis(100)),
                null,
                null,
                null,
                null);
    }
}
