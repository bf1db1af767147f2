package io.newsflow.launcher.bench;

import java.util.List;

/**
 * What {@code newsflow bench} writes as JSON. Throughputs count {@code news-paragraphs} records (headline, headings and
 * paragraphs) per second, the same unit for the pipeline and both bounds; {@code ratio} is the pipeline's throughput over
 * the slower bound. Latencies are from the file's drop into the inbox to its document being written.
 */
record BenchResult(
        int articles,
        int paragraphs,
        long tokens,
        int cores,
        int enrichInstances,
        double pipelineSeconds,
        double pipelineParagraphsPerSec,
        double rawKafkaParagraphsPerSec,
        double taggerOnlyParagraphsPerSec,
        double ratio,
        double taggerTokensPerSec,
        double latencyP50Ms,
        double latencyP99Ms,
        double latencyMaxMs,
        Stages stagesP50Ms,
        long peakRssMb,
        Database database,
        Sustained sustained,
        NearDuplicates nearDuplicates) {

    /**
     * The same batch through a second fresh pipeline with near-duplicate detection off ({@code --compare-stories}):
     * its rate, and the rate with detection on (the main run) as a share of it; null when not requested.
     */
    record NearDuplicates(double offParagraphsPerSec, double onShareOfOff) {
    }

    /** The PostgreSQL sink beside the file sink ({@code --postgres}); null when not requested. */
    record Database(double articlesPerSec, double paragraphsPerSec, double dropToStoredP50Ms,
            double dropToStoredP99Ms) {
    }

    /** Median time per stage: drop to published by ingest, to assembled by enrich, to written by the sink. */
    record Stages(double ingest, double enrich, double sink) {
    }

    /** The sustained-load run: files dropped at a fixed rate; null when not requested. */
    record Sustained(
            int ratePerSecond,
            int files,
            double seconds,
            double latencyP50Ms,
            double latencyP99Ms,
            double latencyMaxMs,
            Stages stagesP50Ms,
            List<Integer> backlogPerSecond,
            boolean backlogFlat) {
    }
}
