package io.newsflow.benchmarks.pipeline;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * {@code newsflow bench --compare-stories}: the pipeline with near-duplicate detection on against the same pipeline
 * with it off, fairly. Both pipelines run side by side in this JVM (each its own broker, services and state), so they
 * share one JIT and one machine; each round drops a new corpus into one, waits for every document, then drops the same
 * corpus into the other, and the order alternates ABBA-wise (on/off, off/on, off/on, on/off, ...). Whichever pipeline
 * runs later in a round gains from the JIT having compiled more and suffers from whatever load drifts in; over rounds in
 * both orders neither effect favours one side. Reported per round: records per second (inbox to outbox) and
 * CPU-milliseconds of this process per article, and the medians of each; on a shared machine the CPU figure moves far
 * less than the wall clock, which also counts the time other processes held the cores.
 */
final class StoryComparison {

    /** Round numbers' file names start here, far from the warm-up's and the main corpus's. */
    private static final int ROUND_NUMBERS = 2_000_000;

    private static final int ROUND_STRIDE = 100_000;

    /** One round: the same corpus through both pipelines, {@code onFirst} saying in which order. */
    record Round(
            int round,
            boolean onFirst,
            double onParagraphsPerSec,
            double offParagraphsPerSec,
            double onCpuMsPerArticle,
            double offCpuMsPerArticle,
            Map<String, Double> onCpuMsPerArticleByThread,
            Map<String, Double> offCpuMsPerArticleByThread) {

        Round {
            // in reporting order
            onCpuMsPerArticleByThread = Collections.unmodifiableMap(new LinkedHashMap<>(onCpuMsPerArticleByThread));
            offCpuMsPerArticleByThread = Collections.unmodifiableMap(new LinkedHashMap<>(offCpuMsPerArticleByThread));
        }

        double onShareOfOff() {
            return onParagraphsPerSec / offParagraphsPerSec;
        }
    }

    /**
     * Every round, and their medians: rates (records/s), the on rate over the off rate (of the medians, and the median
     * of the rounds' quotients), CPU-milliseconds per article and the on pipeline's CPU over the off pipeline's, and
     * the median of the rounds' on-minus-off CPU-milliseconds per article of each thread group ({@link ThreadCpu}):
     * where the difference goes.
     */
    record Result(
            List<Round> rounds,
            double onParagraphsPerSec,
            double offParagraphsPerSec,
            double onShareOfOff,
            double medianRoundShare,
            double onCpuMsPerArticle,
            double offCpuMsPerArticle,
            double onCpuShareOfOff,
            Map<String, Double> onMinusOffCpuMsPerArticleByThread) {

        static Result of(final List<Round> rounds) {
            final double on = median(rounds, Round::onParagraphsPerSec);
            final double off = median(rounds, Round::offParagraphsPerSec);
            final double onCpu = median(rounds, Round::onCpuMsPerArticle);
            final double offCpu = median(rounds, Round::offCpuMsPerArticle);
            return new Result(
                    List.copyOf(rounds),
                    on,
                    off,
                    on / off,
                    median(rounds, Round::onShareOfOff),
                    onCpu,
                    offCpu,
                    onCpu / offCpu,
                    onMinusOffByThread(rounds));
        }

        /** Per thread group, in reporting order: the median over the rounds of on minus off. */
        private static Map<String, Double> onMinusOffByThread(final List<Round> rounds) {
            final Map<String, Double> result = new LinkedHashMap<>();
            rounds.stream()
                    .flatMap(round -> round.onCpuMsPerArticleByThread().keySet().stream())
                    .forEach(group -> result.put(
                            group,
                            median(
                                    rounds,
                                    round -> round.onCpuMsPerArticleByThread().getOrDefault(group, 0.0)
                                            - round.offCpuMsPerArticleByThread().getOrDefault(group, 0.0))));
            return result;
        }
    }

    private StoryComparison() {}

    /**
     * Runs {@code rounds} rounds of {@code articles} articles (corpus seeds from {@code seed}) through {@code on} and
     * {@code off}, both already warmed up alike.
     */
    static Result run(
            final PrintStream console,
            final PipelineBench on,
            final PipelineBench off,
            final long seed,
            final int articles,
            final int rounds) {
        final List<Round> results = new ArrayList<>(rounds);
        for (int round = 0; round < rounds; round++) {
            final BenchCorpus corpus =
                    BenchCorpus.generate(seed + 1_000 + round, articles, 10, 30, ROUND_NUMBERS + round * ROUND_STRIDE);
            final boolean onFirst = onFirst(round);
            final PipelineBench.Run first = (onFirst ? on : off).batch(corpus.files(), Duration.ofMinutes(30));
            final PipelineBench.Run second = (onFirst ? off : on).batch(corpus.files(), Duration.ofMinutes(30));
            final PipelineBench.Run onRun = onFirst ? first : second;
            final PipelineBench.Run offRun = onFirst ? second : first;
            final int records = corpus.records().size();
            final Round result = new Round(
                    round + 1,
                    onFirst,
                    records / seconds(onRun.elapsed()),
                    records / seconds(offRun.elapsed()),
                    onRun.cpu().toNanos() / 1e6 / articles,
                    offRun.cpu().toNanos() / 1e6 / articles,
                    onRun.cpuMsPerArticleByThread(),
                    offRun.cpuMsPerArticleByThread());
            results.add(result);
            console.printf(
                    Locale.ROOT,
                    "  round %d (%s): on %,.0f rec/s %.1f CPU-ms/article, off %,.0f rec/s %.1f"
                            + " CPU-ms/article, on/off %.2f%n",
                    result.round(),
                    onFirst ? "on, off" : "off, on",
                    result.onParagraphsPerSec(),
                    result.onCpuMsPerArticle(),
                    result.offParagraphsPerSec(),
                    result.offCpuMsPerArticle(),
                    result.onShareOfOff());
            console.println("    CPU-ms/article by thread, on / off: " + byThread(result));
        }
        return Result.of(results);
    }

    /** ABBA: on first in rounds 1, 4, 5, 8, 9, ...; off first in rounds 2, 3, 6, 7, ... */
    static boolean onFirst(final int round) {
        return round % 4 == 0 || round % 4 == 3;
    }

    static <T> double median(final List<T> values, final ToDoubleFunction<T> field) {
        final double[] sorted = values.stream().mapToDouble(field).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        final int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** "enrich 8.1 / 6.0, broker ..." for the groups that used any CPU in either run, in reporting order. */
    private static String byThread(final Round round) {
        return round.onCpuMsPerArticleByThread().keySet().stream()
                .map(group -> Map.entry(group, new double[] {
                    round.onCpuMsPerArticleByThread().getOrDefault(group, 0.0),
                    round.offCpuMsPerArticleByThread().getOrDefault(group, 0.0)
                }))
                .filter(entry -> entry.getValue()[0] + entry.getValue()[1] >= 0.05)
                .map(entry -> String.format(
                        Locale.ROOT, "%s %.1f / %.1f", entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
                .collect(Collectors.joining(", "));
    }

    private static double seconds(final Duration duration) {
        return Math.max(duration.toNanos(), 1) / 1e9;
    }
}
