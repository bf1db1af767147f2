package io.newsflow.benchmarks.pipeline;

import io.newsflow.contract.Json;
import io.newsflow.enrich.story.NearDuplicatePolicy;
import io.newsflow.enrich.story.StorySettings;
import io.newsflow.tagger.EntityTagger;
import io.newsflow.tagger.StackedEntityTagger;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow bench}: the pipeline's throughput and latency next to its bounds, measured in one run on the same
 * machine and corpus — the same-shape bound ({@link ShapeBound}: the pipeline's Kafka work with identity logic), the
 * tagger alone on every core, and, as a second reference, raw Kafka (a one-hop exactly-once passthrough).
 *
 * <p>The command lives with the other benchmarks; the launcher exposes it as {@code newsflow bench} by subclassing it
 * with the {@link BenchedPipeline.Starter} of its local run, so this module never depends on the launcher.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measure the pipeline against its own bounds on this machine: a generated corpus goes through a fresh local",
            "pipeline (inbox to outbox); through the same topics, transactions, stores and changelogs with identity logic",
            "(the same-shape bound); through a one-hop Kafka Streams exactly-once passthrough; and through the tagger alone."
        })
public class BenchCommand implements Callable<Integer> {

    private final BenchedPipeline.Starter starter;

    /** Warm-up articles are numbered from here: their file names never meet the measured corpus's. */
    private static final int WARMUP_NUMBERS = 1_000_000;
    /** Articles of each extra warm-up round of {@code --settle-jit}, numbered from here on. */
    private static final int SETTLE_ARTICLES = 100;

    private static final int SETTLE_NUMBERS = 3_000_000;
    private static final int MAX_SETTLE_ROUNDS = 20;

    @Option(
            names = "--articles",
            defaultValue = "200",
            description = "Articles in the corpus (default: ${DEFAULT-VALUE}).")
    private int articles;

    @Option(names = "--seed", defaultValue = "2026", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(
            names = "--warmup",
            defaultValue = "300",
            description = "Articles of another corpus sent through the pipeline first, untimed, so that the JIT "
                    + "compiler is done before the clock starts (default: ${DEFAULT-VALUE}; 0 measures a cold JVM).")
    private int warmup;

    @Option(
            names = "--settle-jit",
            paramLabel = "PERCENT",
            defaultValue = "0",
            description = "After the warm-up, send rounds of " + SETTLE_ARTICLES + " more articles (or --warmup's, if"
                    + " fewer), untimed, until the"
                    + " JIT compiler's share of a round's CPU is at most PERCENT (at most " + MAX_SETTLE_ROUNDS
                    + " rounds; Linux only): the batch then measures a pipeline that has mostly been compiled, as a"
                    + " long-running one has (default: ${DEFAULT-VALUE}, off).")
    private double settleJit;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            defaultValue = "bench-result.json",
            description = "Where the JSON result goes (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(
            names = "--work-dir",
            paramLabel = "DIR",
            defaultValue = ".newsflow-bench",
            description = "Scratch directory, emptied first (default: ${DEFAULT-VALUE}).")
    private Path workDir;

    @Option(
            names = "--partitions",
            defaultValue = "2",
            description = "Partitions per topic (default: ${DEFAULT-VALUE}).")
    private int partitions;

    @Option(names = "--rate", description = "Also run a sustained load: this many files per second...")
    private Integer rate;

    @Option(
            names = "--duration",
            defaultValue = "30",
            description = "...for this many seconds (default: ${DEFAULT-VALUE}).")
    private int duration;

    @Option(
            names = "--enrich-instances",
            defaultValue = "1",
            description = "Enrich (Kafka Streams) instances sharing the work, each with its own state; more than "
                    + "--partitions leaves the extra ones idle (default: ${DEFAULT-VALUE}).")
    private int enrichInstances;

    @Option(
            names = "--postgres",
            description = "Also run the PostgreSQL sink (an embedded server) and report the database's rate.")
    private boolean postgres;

    @Option(
            names = "--compare-stories",
            description = "Also compare the pipeline with near-duplicate detection on and off: a second pipeline "
                    + "with it off runs beside the first, and --story-rounds new batches of --articles articles go "
                    + "through both in alternating order (on/off, off/on, off/on, on/off, ...).")
    private boolean compareStories;

    @Option(
            names = "--story-rounds",
            defaultValue = "4",
            description = "Rounds of the on/off comparison (default: ${DEFAULT-VALUE}).")
    private int storyRounds;

    @Option(
            names = "--no-bounds",
            description = "Measure the pipeline only: skip the same-shape, raw Kafka and tagger bounds (their rates and"
                    + " the ratios are then NaN). For comparing settings of the pipeline itself, such as JVM options,"
                    + " in less time.")
    private boolean noBounds;

    /** {@code starter} starts the pipeline to measure. */
    protected BenchCommand(final BenchedPipeline.Starter starter) {
        this.starter = Objects.requireNonNull(starter, "starter must not be null");
    }

    @Override
    public Integer call() throws IOException {
        if (articles < 1
                || partitions < 1
                || warmup < 0
                || enrichInstances < 1
                || storyRounds < 1
                || settleJit < 0
                || settleJit > 100
                || (rate != null && (rate < 1 || duration < 1))) {
            throw new IllegalArgumentException("--articles, --partitions, --enrich-instances, --story-rounds, --rate "
                    + "and --duration must be positive, --warmup 0 or more, --settle-jit 0 to 100");
        }
        final PrintStream console = System.out;
        final String loadBefore = loadAverage();
        deleteRecursively(workDir);
        final BenchCorpus corpus = BenchCorpus.generate(seed, articles, 10, 30);
        console.printf(
                Locale.ROOT,
                "Corpus: %d articles, %d records, %d body tokens (seed %d)%n",
                articles,
                corpus.records().size(),
                corpus.tokens(),
                seed);
        final EntityTagger tagger = StackedEntityTagger.loadDefault();

        console.println("Pipeline: dropping every file at once into a fresh local pipeline...");
        final PipelineBench.Run batch;
        BenchResult.Sustained sustained = null;
        StoryComparison.Result stories = null;
        List<Double> warmupJitShares = List.of();
        try (PipelineBench bench = new PipelineBench(
                starter,
                workDir.resolve("pipeline"),
                tagger,
                partitions,
                postgres,
                enrichInstances,
                StorySettings.DEFAULTS)) {
            warmupJitShares = warmUp(console, bench);
            batch = bench.batch(corpus.files(), Duration.ofMinutes(30));
            if (rate != null) {
                console.printf(Locale.ROOT, "Sustained: %d files/s for %d s...%n", rate, duration);
                final BenchCorpus load = BenchCorpus.generate(seed + 1, rate * duration, 10, 30);
                final PipelineBench.Run run = bench.sustained(load.files(), rate, Duration.ofMinutes(30));
                sustained = new BenchResult.Sustained(
                        rate,
                        load.files().size(),
                        seconds(run.elapsed()),
                        percentile(run.latencies(), 50),
                        percentile(run.latencies(), 99),
                        percentile(run.latencies(), 100),
                        stages(run),
                        run.backlog(),
                        isFlat(run.backlog()),
                        run.cpu().toNanos() / 1e6 / load.files().size(),
                        run.cpuMsPerArticleByThread());
            }
            if (compareStories) {
                stories = compareStories(console, bench, tagger, corpus);
            }
        }
        final long peakRss = peakRssMb();

        final int records = corpus.records().size();
        double shapePerSec = Double.NaN;
        double shapePerCpuSec = Double.NaN;
        double kafkaPerSec = Double.NaN;
        double taggerPerSec = Double.NaN;
        double taggerTokensPerSec = Double.NaN;
        if (!noBounds) {
            console.println("Same shape: the same topics, transactions, stores and changelogs, with identity logic...");
            final ShapeBound.Result shape = ShapeBound.measure(corpus, tagger, workDir, partitions);
            shapePerSec = shape.recordsPerSecond();
            shapePerCpuSec = shape.recordsPerCpuSecond();
            console.println("Raw Kafka: the same records through an exactly_once_v2 passthrough...");
            kafkaPerSec = KafkaBound.measure(corpus, workDir, partitions).recordsPerSecond();
            console.println("Tagger only: the same articles tagged on every core...");
            final TaggerBound.Result tagging = TaggerBound.measure(tagger, corpus);
            taggerPerSec = records / tagging.seconds();
            taggerTokensPerSec = tagging.tokensPerSecond();
        }

        final double pipelinePerSec = records / seconds(batch.elapsed());
        final BenchResult result = new BenchResult(
                articles,
                records,
                corpus.tokens(),
                Runtime.getRuntime().availableProcessors(),
                enrichInstances,
                seconds(batch.elapsed()),
                pipelinePerSec,
                shapePerSec,
                kafkaPerSec,
                taggerPerSec,
                pipelinePerSec / Math.min(shapePerSec, taggerPerSec),
                seconds(batch.cpu()),
                records / seconds(batch.cpu()),
                shapePerCpuSec,
                records / seconds(batch.cpu()) / shapePerCpuSec,
                batch.cpu().toNanos() / 1e6 / articles,
                batch.cpuMsPerArticleByThread(),
                warmupJitShares,
                taggerTokensPerSec,
                percentile(batch.latencies(), 50),
                percentile(batch.latencies(), 99),
                percentile(batch.latencies(), 100),
                stages(batch),
                peakRss,
                postgres ? database(batch, records) : null,
                sustained,
                stories,
                loadBefore,
                loadAverage());
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
        printTable(console, result);
        console.println("Written " + out.toAbsolutePath());
        deleteRecursively(workDir);
        return 0;
    }

    /**
     * A second pipeline, detection off, beside {@code on}: warmed up with what {@code on} has seen (the warm-up corpus
     * and the measured batch), then the alternating rounds.
     */
    private StoryComparison.Result compareStories(
            final PrintStream console, final PipelineBench on, final EntityTagger tagger, final BenchCorpus corpus) {
        console.printf(
                Locale.ROOT,
                "Near-duplicate detection on and off: a second pipeline with it off beside the"
                        + " first, %d rounds of %d articles in alternating order...%n",
                storyRounds,
                articles);
        try (PipelineBench off = new PipelineBench(
                starter,
                workDir.resolve("pipeline-stories-off"),
                tagger,
                partitions,
                postgres,
                enrichInstances,
                StorySettings.DEFAULTS.withPolicy(NearDuplicatePolicy.OFF))) {
            warmUp(console, off);
            off.batch(corpus.files(), Duration.ofMinutes(30));
            return StoryComparison.run(console, on, off, seed, articles, storyRounds);
        }
    }

    /** The warm-up, then the {@code --settle-jit} rounds; returns the JIT's share of each such round's CPU. */
    private List<Double> warmUp(final PrintStream console, final PipelineBench bench) {
        if (warmup > 0) {
            console.printf(Locale.ROOT, "Warm-up: %d articles of another corpus, untimed...%n", warmup);
            bench.batch(
                    BenchCorpus.generate(seed - 1, warmup, 10, 30, WARMUP_NUMBERS)
                            .files(),
                    Duration.ofMinutes(30));
        }
        final List<Double> jitShares = new ArrayList<>();
        final int articlesPerRound = Math.min(SETTLE_ARTICLES, Math.max(1, warmup));
        for (int round = 0; settleJit > 0 && round < MAX_SETTLE_ROUNDS; round++) {
            final PipelineBench.Run run = bench.batch(
                    BenchCorpus.generate(
                                    seed - 2 - round,
                                    articlesPerRound,
                                    10,
                                    30,
                                    SETTLE_NUMBERS + round * SETTLE_ARTICLES)
                            .files(),
                    Duration.ofMinutes(30));
            final double share = jitShare(run.cpuMsPerArticleByThread());
            if (Double.isNaN(share)) {
                console.println("Settling the JIT: no CPU split by thread here (Linux only); not settling");
                break;
            }
            jitShares.add(share);
            console.printf(
                    Locale.ROOT,
                    "Settling the JIT: round %d, %d articles, JIT %.0f %% of the CPU%n",
                    round + 1,
                    articlesPerRound,
                    share * 100);
            if (share * 100 <= settleJit) {
                break;
            }
        }
        return jitShares;
    }

    /** The JIT compiler's share of the CPU split by thread; NaN when there is no split (not on Linux). */
    static double jitShare(final Map<String, Double> byThread) {
        final double total =
                byThread.values().stream().mapToDouble(Double::doubleValue).sum();
        return total > 0 ? byThread.getOrDefault("jit", 0.0) / total : Double.NaN;
    }

    private static void printTable(final PrintStream out, final BenchResult r) {
        out.println();
        out.printf(Locale.ROOT, "%-38s %14s%n", "measure", "value");
        row(out, "articles / records / body tokens", r.articles() + " / " + r.paragraphs() + " / " + r.tokens());
        row(out, "enrich instances", Integer.toString(r.enrichInstances()));
        row(out, "pipeline, records/s (inbox -> outbox)", fmt(r.pipelineParagraphsPerSec()));
        row(out, "bound: same shape, identity logic, rec/s", fmt(r.shapeBoundParagraphsPerSec()));
        row(out, "bound: tagger only, " + r.cores() + " cores, rec/s", fmt(r.taggerOnlyParagraphsPerSec()));
        row(out, "ratio pipeline / slower bound", String.format(Locale.ROOT, "%.2f", r.ratio()));
        row(out, "reference: raw Kafka EOS one hop, rec/s", fmt(r.rawKafkaParagraphsPerSec()));
        row(out, "pipeline, records per CPU-second", fmt(r.pipelineParagraphsPerCpuSecond()));
        row(out, "same shape, records per CPU-second", fmt(r.shapeBoundParagraphsPerCpuSecond()));
        row(out, "CPU ratio pipeline / same shape", String.format(Locale.ROOT, "%.2f", r.cpuRatio()));
        cpuRows(out, "pipeline", r.cpuMsPerArticle(), r.cpuMsPerArticleByThread());
        if (!r.warmupJitShares().isEmpty()) {
            row(
                    out,
                    "JIT share of each settling round, %",
                    r.warmupJitShares().stream()
                            .map(share -> String.format(Locale.ROOT, "%.0f", share * 100))
                            .collect(Collectors.joining(" ")));
        }
        row(out, "tagger tokens/s (" + r.cores() + " cores)", fmt(r.taggerTokensPerSec()));
        row(
                out,
                "drop -> written p50 / p99 / max, ms",
                fmt(r.latencyP50Ms()) + " / " + fmt(r.latencyP99Ms()) + " / " + fmt(r.latencyMaxMs()));
        row(out, "  median per stage: ingest / enrich / sink", stages(r.stagesP50Ms()));
        row(out, "peak RSS of the run, MB", Long.toString(r.peakRssMb()));
        if (r.database() != null) {
            row(out, "PostgreSQL sink, articles/s stored", fmt(r.database().articlesPerSec()));
            row(
                    out,
                    "PostgreSQL: drop -> stored p50 / p99, ms",
                    fmt(r.database().dropToStoredP50Ms()) + " / "
                            + fmt(r.database().dropToStoredP99Ms()));
        }
        if (r.nearDuplicates() != null) {
            final StoryComparison.Result s = r.nearDuplicates();
            row(
                    out,
                    "stories on / off, median records/s",
                    fmt(s.onParagraphsPerSec()) + " / " + fmt(s.offParagraphsPerSec()));
            row(
                    out,
                    "  rate on / off (medians; median round)",
                    String.format(Locale.ROOT, "%.2f; %.2f", s.onShareOfOff(), s.medianRoundShare()));
            row(
                    out,
                    "stories on / off, median CPU-ms/article",
                    String.format(Locale.ROOT, "%.1f / %.1f", s.onCpuMsPerArticle(), s.offCpuMsPerArticle()));
            row(out, "  CPU per article on / off", String.format(Locale.ROOT, "%.2f", s.onCpuShareOfOff()));
            s.onMinusOffCpuMsPerArticleByThread()
                    .forEach((group, millis) -> row(
                            out,
                            "  on - off by thread (median): " + group,
                            String.format(Locale.ROOT, "%.2f", millis)));
        }
        if (r.sustained() != null) {
            final BenchResult.Sustained s = r.sustained();
            row(
                    out,
                    "sustained " + s.ratePerSecond() + " files/s: p50 / p99 / max ms",
                    fmt(s.latencyP50Ms()) + " / " + fmt(s.latencyP99Ms()) + " / " + fmt(s.latencyMaxMs()));
            row(out, "  median per stage: ingest / enrich / sink", stages(s.stagesP50Ms()));
            row(
                    out,
                    "sustained backlog per second (files)",
                    s.backlogPerSecond().stream().map(String::valueOf).collect(Collectors.joining(" ")));
            row(out, "sustained backlog flat", Boolean.toString(s.backlogFlat()));
            cpuRows(out, "sustained", s.cpuMsPerArticle(), s.cpuMsPerArticleByThread());
        }
        row(out, "load average at start (1/5/15 min)", r.loadAverageBefore());
        row(out, "load average at end (1/5/15 min)", r.loadAverageAfter());
    }

    /** The CPU-milliseconds per article, then their split by thread group, one group a line. */
    private static void cpuRows(
            final PrintStream out, final String what, final double total, final Map<String, Double> byThread) {
        row(out, what + ", CPU-ms per article", String.format(Locale.ROOT, "%.1f", total));
        byThread.forEach(
                (group, millis) -> row(out, "  by thread: " + group, String.format(Locale.ROOT, "%.1f", millis)));
    }

    private static BenchResult.Database database(final PipelineBench.Run run, final int records) {
        final double seconds = seconds(Duration.between(run.firstDrop(), run.lastStored()));
        return new BenchResult.Database(
                run.toStored().size() / seconds,
                records / seconds,
                percentile(run.toStored(), 50),
                percentile(run.toStored(), 99));
    }

    private static BenchResult.Stages stages(final PipelineBench.Run run) {
        return new BenchResult.Stages(
                percentile(run.toIngested(), 50), percentile(run.toAssembled(), 50), percentile(run.toWritten(), 50));
    }

    private static String stages(final BenchResult.Stages stages) {
        return fmt(stages.ingest()) + " / " + fmt(stages.enrich()) + " / " + fmt(stages.sink());
    }

    private static void row(final PrintStream out, final String name, final String value) {
        out.printf(Locale.ROOT, "%-38s %14s%n", name, value);
    }

    private static String fmt(final double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static double seconds(final Duration duration) {
        return Math.max(duration.toNanos(), 1) / 1e9;
    }

    static double percentile(final List<Duration> values, final int percentile) {
        final List<Duration> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        final int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))).toNanos() / 1e6;
    }

    /** Flat: the last third of the samples holds no more waiting files than the first third allowed, plus one rate. */
    static boolean isFlat(final List<Integer> backlog) {
        if (backlog.size() < 3) {
            return true;
        }
        final int third = backlog.size() / 3;
        final int early = backlog.subList(0, third).stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        final int late = backlog.subList(backlog.size() - third, backlog.size()).stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        return late <= Math.max(early, 1) * 2;
    }

    /** The machine's load averages over 1, 5 and 15 minutes; "unknown" where /proc is not available. */
    private static String loadAverage() {
        try {
            final String[] fields =
                    Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (final IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The process's peak resident set (VmHWM); -1 where /proc is not available. */
    private static long peakRssMb() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith("VmHWM:"))
                    .findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
                    .orElse(-1L);
        } catch (final IOException e) {
            return -1;
        }
    }

    private static void deleteRecursively(final Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (final Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
