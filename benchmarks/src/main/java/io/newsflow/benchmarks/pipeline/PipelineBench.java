package io.newsflow.benchmarks.pipeline;

import io.newsflow.benchmarks.corpus.ArticleGenerator.GeneratedArticle;
import io.newsflow.contract.Article;
import io.newsflow.contract.Timings;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.story.StorySettings;
import io.newsflow.sink.SinkListener;
import io.newsflow.tagger.EntityTagger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * The pipeline itself, measured from the outside as users see it: a fresh {@link BenchedPipeline} (its own broker,
 * state and directories under {@code workDir}), files dropped into the inbox the careful way (temp name, then rename), and
 * the time each document appears, reported by the sink.
 */
final class PipelineBench implements AutoCloseable {

    /**
     * Drop-to-written latencies, split by stage (drop to ingest, ingest to assembled by enrich, assembled to written by
     * the sink), and when the run started and finished.
     */
    record Run(
            Instant firstDrop,
            Instant lastWritten,
            List<Duration> latencies,
            List<Duration> toIngested,
            List<Duration> toAssembled,
            List<Duration> toWritten,
            List<Integer> backlog,
            Instant lastStored,
            List<Duration> toStored,
            Duration cpu,
            Map<String, Double> cpuMsPerArticleByThread) {

        Duration elapsed() {
            return Duration.between(firstDrop, lastWritten);
        }
    }

    private static final long POLL_NANOS = 2_000_000L;

    private final BenchedPipeline pipeline;
    private final Map<String, Instant> dropped = new ConcurrentHashMap<>();
    private final Map<String, Instant> written = new ConcurrentHashMap<>();
    /**
     * Only the timings of each article written, not the article: a bench run writes thousands, and holding each whole
     * enriched article made the bench's heap, and so the garbage collector's share of the CPU it measures, grow.
     */
    private final Map<String, Timings> timings = new ConcurrentHashMap<>();

    private final Map<String, Instant> stored = new ConcurrentHashMap<>();
    private final boolean database;
    private final List<EnrichService> extraEnrich = new ArrayList<>();
    private final StorySettings stories;

    /**
     * {@code postgres}: also run the PostgreSQL sink, and wait for the database too; {@code enrichInstances}: Streams
     * instances of enrich sharing the work (1 is the local run as it is); {@code stories}: near-duplicate detection.
     */
    PipelineBench(
            final BenchedPipeline.Starter starter,
            final Path workDir,
            final EntityTagger tagger,
            final int partitions,
            final boolean database,
            final int enrichInstances,
            final StorySettings stories) {
        this.database = database;
        this.stories = stories;
        final SinkListener sinkListener = new SinkListener() {
            @Override
            public void onWritten(final Article article, final Path document, final Instant writtenAt) {
                timings.putIfAbsent(article.sourceFile(), article.timings());
                written.putIfAbsent(article.sourceFile(), writtenAt);
            }

            @Override
            public void onStored(final Article article, final Instant storedAt) {
                stored.putIfAbsent(article.sourceFile(), storedAt);
            }
        };
        this.pipeline = starter.start(workDir, partitions, database, stories, tagger, sinkListener);
        try {
            for (int instance = 2; instance <= enrichInstances; instance++) {
                extraEnrich.add(startEnrich(workDir.resolve("streams-" + instance), tagger));
            }
        } catch (final RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Another instance of the pipeline's Streams application (same application id, its own state directory), as a
     * second enrich process would be: the instances split the partitions between them.
     */
    private EnrichService startEnrich(final Path stateDir, final EntityTagger tagger) {
        final EnrichService enrich = new EnrichService(
                EnrichConfig.defaults(pipeline.bootstrapServers())
                        .withStateDir(stateDir)
                        .withStories(stories),
                tagger);
        enrich.start();
        try {
            enrich.awaitRunning(Duration.ofMinutes(2));
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            enrich.close();
            throw new IllegalStateException("Interrupted while waiting for an enrich instance to run", e);
        }
        return enrich;
    }

    /** Drops every file at once and waits for every document. */
    Run batch(final List<GeneratedArticle> files, final Duration timeout) {
        final Map<String, Long> threadsStart = ThreadCpu.snapshot();
        final long cpuStart = BenchClients.processCpuNanos();
        final Instant first = Instant.now();
        for (final GeneratedArticle file : files) {
            drop(file);
        }
        final List<Integer> backlog = new ArrayList<>();
        awaitAll(files, first.plus(timeout), backlog);
        return run(files, first, backlog, cpuStart, threadsStart);
    }

    /** Drops {@code ratePerSecond} files a second, evenly spaced, sampling the inbox backlog every second. */
    Run sustained(final List<GeneratedArticle> files, final int ratePerSecond, final Duration timeout) {
        final long intervalNanos = 1_000_000_000L / ratePerSecond;
        final Map<String, Long> threadsStart = ThreadCpu.snapshot();
        final long cpuStart = BenchClients.processCpuNanos();
        final Instant first = Instant.now();
        final long start = System.nanoTime();
        final List<Integer> backlog = new ArrayList<>();
        long nextSample = start;
        for (int i = 0; i < files.size(); i++) {
            final long due = start + i * intervalNanos;
            final long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            drop(files.get(i));
            if (System.nanoTime() >= nextSample) {
                backlog.add(inboxBacklog());
                nextSample += 1_000_000_000L;
            }
        }
        // the backlog is judged while files arrive: once the last is dropped it can only drain, and those samples
        // (zeros, soon) made a backlog that had grown throughout look flat
        awaitAll(files, first.plus(timeout), new ArrayList<>());
        return run(files, first, backlog, cpuStart, threadsStart);
    }

    @Override
    public void close() {
        extraEnrich.forEach(EnrichService::close);
        pipeline.close();
    }

    /**
     * {@code cpuStart}, {@code threadsStart}: the process's CPU time, and its threads' ({@link ThreadCpu}), when the
     * first file was dropped.
     */
    private Run run(
            final List<GeneratedArticle> files,
            final Instant first,
            final List<Integer> backlog,
            final long cpuStart,
            final Map<String, Long> threadsStart) {
        final Duration cpu = Duration.ofNanos(BenchClients.processCpuNanos() - cpuStart);
        final Map<String, Double> cpuByThreads = ThreadCpu.millisPer(threadsStart, ThreadCpu.snapshot(), files.size());
        final List<Duration> latencies = new ArrayList<>(files.size());
        final List<Duration> toIngested = new ArrayList<>(files.size());
        final List<Duration> toAssembled = new ArrayList<>(files.size());
        final List<Duration> toWritten = new ArrayList<>(files.size());
        final List<Duration> toStored = new ArrayList<>(files.size());
        Instant last = first;
        Instant lastStored = first;
        for (final GeneratedArticle file : files) {
            final Instant drop = dropped.get(file.fileName());
            final Instant done = written.get(file.fileName());
            final Timings times = timings.get(file.fileName());
            latencies.add(Duration.between(drop, done));
            toIngested.add(Duration.between(drop, times.ingestedAt()));
            toAssembled.add(Duration.between(times.ingestedAt(), times.assembledAt()));
            toWritten.add(Duration.between(times.assembledAt(), done));
            if (done.isAfter(last)) {
                last = done;
            }
            if (database) {
                final Instant inDatabase = stored.get(file.fileName());
                toStored.add(Duration.between(drop, inDatabase));
                if (inDatabase.isAfter(lastStored)) {
                    lastStored = inDatabase;
                }
            }
        }
        return new Run(
                first,
                last,
                latencies,
                toIngested,
                toAssembled,
                toWritten,
                backlog,
                lastStored,
                toStored,
                cpu,
                cpuByThreads);
    }

    /**
     * Waits until every file's document is written (and stored, with the database). A file once done stays done, and
     * files finish roughly in the order they were dropped, so each look starts at the first file not yet seen done:
     * looking through every file each time (thousands of look-ups, 500 times a second) was several per cent of the
     * CPU the bench reports as the pipeline's.
     */
    private void awaitAll(final List<GeneratedArticle> files, final Instant deadline, final List<Integer> backlog) {
        long nextSample = System.nanoTime();
        int pending = 0;
        while (true) {
            while (pending < files.size() && isDone(files.get(pending))) {
                pending++;
            }
            if (pending == files.size()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Only "
                        + files.stream()
                                .filter(f -> written.containsKey(f.fileName()))
                                .count() + " of " + files.size() + " documents were written before the timeout");
            }
            if (!pipeline.isHealthy()) {
                throw new IllegalStateException("A pipeline service stopped during the benchmark; see the log");
            }
            if (System.nanoTime() >= nextSample) {
                backlog.add(inboxBacklog());
                nextSample += 1_000_000_000L;
            }
            // waiting, not spinning: the machine's cores belong to the pipeline being measured
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    private boolean isDone(final GeneratedArticle file) {
        return written.containsKey(file.fileName()) && (!database || stored.containsKey(file.fileName()));
    }

    private void drop(final GeneratedArticle file) {
        final Path inbox = pipeline.inbox();
        try {
            final Path temp = inbox.resolve("." + file.fileName() + ".part");
            Files.writeString(temp, file.text(), StandardCharsets.UTF_8);
            dropped.put(file.fileName(), Instant.now());
            Files.move(temp, inbox.resolve(file.fileName()), StandardCopyOption.ATOMIC_MOVE);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot drop " + file.fileName(), e);
        }
    }

    /** Files waiting in the inbox: not yet claimed, published or quarantined. */
    private int inboxBacklog() {
        try (Stream<Path> files = Files.list(pipeline.inbox())) {
            return (int) files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .count();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
