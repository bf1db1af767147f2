package io.newsflow.benchmarks;

import io.newsflow.tagger.ArticleText;
import io.newsflow.tagger.Entity;
import io.newsflow.tagger.EntityTagger;
import io.newsflow.tagger.RuleBasedEntityTagger;
import io.newsflow.tagger.StackedEntityTagger;
import io.newsflow.tagger.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the whole tagging step (tokenising, finding, resolving, canonicalising) on one thread, in tokens per
 * second: one invocation tags the twelve news articles under {@code benchmark-articles/} (written for Newsflow's tests)
 * as articles, headline and headings included; {@link #TOKENS} tokens in all, so JMH's ops/s are tokens/s.
 *
 * <p>On a shared machine wall-clock throughput drops when other processes take the core, so each iteration also
 * prints tokens per second of the benchmark thread's own CPU time, which does not.
 *
 * <pre>{@code
 * ./mvnw -pl benchmarks -am package -DskipTests && java -jar benchmarks/target/benchmarks.jar TaggerBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
@Threads(1)
public class TaggerBenchmark {

    /** Tokens in the corpus, as the tagger's tokenizer counts them; checked at set-up. */
    static final int TOKENS = 1812;

    private static final List<String> ARTICLES = List.of(
            "business",
            "sports",
            "science",
            "politics",
            "local",
            "international",
            "technology",
            "health",
            "business-acquisition",
            "sports-cup-semifinal",
            "health-walking-study",
            "local-council-budget");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** {@code stacked}: the shipped tagger (rules and sequence model); {@code rules}: the rule tagger alone. */
    @Param({"stacked", "rules"})
    public String tagger;

    private EntityTagger entityTagger;
    private List<ArticleText> articles;
    private long invocations;
    private long cpuStart;

    @Setup(Level.Trial)
    public void load() {
        final long start = System.nanoTime();
        entityTagger = tagger.equals("rules") ? RuleBasedEntityTagger.loadDefault() : StackedEntityTagger.loadDefault();
        final long loadMillis = (System.nanoTime() - start) / 1_000_000;
        articles = new ArrayList<>();
        int tokens = 0;
        for (final String name : ARTICLES) {
            final ArticleText article = ArticleText.parse(read("/benchmark-articles/" + name + ".txt"));
            articles.add(article);
            tokens += Tokenizer.count(article.headline());
            for (final String h : article.headings()) {
                tokens += Tokenizer.count(h);
            }
            for (final String p : article.paragraphs()) {
                tokens += Tokenizer.count(p);
            }
        }
        if (tokens != TOKENS) {
            throw new IllegalStateException("the corpus has " + tokens + " tokens; set TOKENS to match");
        }
        System.out.printf(
                "%ntagger loaded in %d ms; %d articles, %d tokens per invocation%n",
                loadMillis, articles.size(), tokens);
    }

    @Setup(Level.Iteration)
    public void startCpuClock() {
        invocations = 0;
        cpuStart = THREADS.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void printCpuThroughput() {
        final double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(" [%.0f tokens per CPU-second]", invocations * TOKENS / cpuSeconds);
    }

    @Benchmark
    @OperationsPerInvocation(TOKENS)
    public int tagArticles() {
        invocations++;
        int entities = 0;
        for (final ArticleText article : articles) {
            for (final List<Entity> paragraph : entityTagger.tag(article)) {
                entities += paragraph.size();
            }
        }
        return entities;
    }

    private static String read(final String resource) {
        try (InputStream in = TaggerBenchmark.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("benchmark article missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
