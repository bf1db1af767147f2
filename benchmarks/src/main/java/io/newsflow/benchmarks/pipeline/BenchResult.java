package io.newsflow.benchmarks.pipeline;

import java.util.List;
import java.util.Map;

/**
 * What {@code newsflow bench} writes as JSON. Throughputs count {@code news-paragraphs} records (headline, headings and
 * paragraphs) per second, the same unit for the pipeline and its bounds; {@code ratio} is the pipeline's throughput over
 * the slower of the same-shape bound and the tagger bound (raw Kafka is a second reference, not in the ratio). The load
 * averages ({@code /proc/loadavg}: 1, 5 and 15 minutes) are taken as the bench starts and ends: on a shared machine
 * they say how much else was running, and on a busy machine {@code cpuRatio} (records per CPU-second of this process,
 * pipeline over same-shape bound) is the steadier comparison: wall-clock rates also count the time others held the
 * cores. Latencies are from the file's drop into the inbox to its document being written. {@code nearDuplicates} is
 * the on/off comparison of near-duplicate detection ({@code --compare-stories}, {@link StoryComparison}), null when not
 * requested. {@code cpuMsPerArticle} is the process's CPU time over the measured batch per article, and
 * {@code cpuMsPerArticleByThread} the same split by what the threads do ({@link ThreadCpu}; empty where
 * {@code /proc} is not available); {@code warmupJitShares} the JIT compiler's share of the CPU of each extra warm-up
 * round ({@code --settle-jit}; empty without it).
 */
record BenchResult(
        int articles,
        int paragraphs,
        long tokens,
        int cores,
        int enrichInstances,
        double pipelineSeconds,
        double pipelineParagraphsPerSec,
        double shapeBoundParagraphsPerSec,
        double rawKafkaParagraphsPerSec,
        double taggerOnlyParagraphsPerSec,
        double ratio,
        double pipelineCpuSeconds,
        double pipelineParagraphsPerCpuSecond,
        double shapeBoundParagraphsPerCpuSecond,
        double cpuRatio,
        double cpuMsPerArticle,
        Map<String, Double> cpuMsPerArticleByThread,
        List<Double> warmupJitShares,
        double taggerTokensPerSec,
        double latencyP50Ms,
        double latencyP99Ms,
        double latencyMaxMs,
        Stages stagesP50Ms,
        long peakRssMb,
        Database database,
        Sustained sustained,
        StoryComparison.Result nearDuplicates,
        String loadAverageBefore,
        String loadAverageAfter) {

    /** The PostgreSQL sink beside the file sink ({@code --postgres}); null when not requested. */
    record Database(
            double articlesPerSec, double paragraphsPerSec, double dropToStoredP50Ms, double dropToStoredP99Ms) {}

    /** Median time per stage: drop to published by ingest, to assembled by enrich, to written by the sink. */
    record Stages(double ingest, double enrich, double sink) {}

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
            boolean backlogFlat,
            double cpuMsPerArticle,
            Map<String, Double> cpuMsPerArticleByThread) {}
}
