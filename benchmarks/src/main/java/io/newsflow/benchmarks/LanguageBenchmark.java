package io.newsflow.benchmarks;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.sun.management.OperatingSystemMXBean;
import io.newsflow.benchmarks.corpus.ArticleGenerator;
import io.newsflow.ingest.language.TrigramDetector;
import io.newsflow.ingest.parse.ArticleFormat;
import io.newsflow.ingest.parse.ArticleLanguage;
import io.newsflow.ingest.parse.ArticleParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * CPU per article of language detection alone, on the texts ingest reads from the bench corpus (each generated
 * article's headline and body up to {@link ArticleLanguage#SAMPLE_CHARS} characters), for several ways of detecting:
 * Lingua in low-accuracy mode over ingest's languages (as ingest detected up to 2026-12-08), the same on half the
 * sample, Lingua over six languages only, and {@link TrigramDetector} (Lingua's results, computed on one table). The
 * ways run in interleaved rounds (their order reversed every other round); each round reports the process's CPU
 * (Lingua works on the common fork-join pool) and the calling thread's, per article. The ways' decisions are compared
 * on every text.
 *
 * <p>Run: {@code java -Xmx384m -XX:TieredStopAtLevel=1 -cp benchmarks/target/benchmarks.jar
 * io.newsflow.benchmarks.LanguageBenchmark [articles] [rounds] [way,...]}, or {@code ... LanguageBenchmark --startup lingua|trigram}
 * for the CPU and time of building a detector and its first detection in a fresh JVM.
 */
public final class LanguageBenchmark {

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private LanguageBenchmark() {}

    /** One way of detecting: from a text to its confidences. */
    private record Way(String name, Function<String, SortedMap<Language, Double>> confidences) {}

    public static void main(final String[] args) {
        if (args.length == 2 && args[0].equals("--startup")) {
            startup(args[1]);
            return;
        }
        final int articles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        final int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        final ArticleGenerator generator = new ArticleGenerator(42);
        final List<String> texts = new ArrayList<>(articles);
        for (int i = 0; i < articles; i++) {
            texts.add(ArticleLanguage.sample(ArticleParser.parse(
                            generator.article(i, 8 + i % 17).text(), ArticleFormat.TEXT)
                    .orElseThrow()));
        }
        final LanguageDetector lingua = lingua(ArticleLanguage.LANGUAGES);
        final LanguageDetector linguaSix = lingua(EnumSet.of(
                Language.ENGLISH,
                Language.GERMAN,
                Language.FRENCH,
                Language.SPANISH,
                Language.ITALIAN,
                Language.PORTUGUESE));
        final TrigramDetector trigrams = TrigramDetector.of(ArticleLanguage.LANGUAGES);
        final List<Way> all = List.of(
                new Way("lingua-26", lingua::computeLanguageConfidenceValues),
                new Way(
                        "lingua-26-150chars",
                        text -> lingua.computeLanguageConfidenceValues(
                                text.substring(0, Math.min(150, text.length())))),
                new Way("lingua-6", linguaSix::computeLanguageConfidenceValues),
                new Way("trigram-26", trigrams::confidences));
        final List<String> only = args.length > 2 ? List.of(args[2].split(",")) : List.of();
        final List<Way> ways = all.stream()
                .filter(way -> only.isEmpty() || only.contains(way.name()))
                .toList();

        int differing = 0;
        for (final String text : texts) {
            final SortedMap<Language, Double> expected = lingua.computeLanguageConfidenceValues(text);
            final SortedMap<Language, Double> actual = trigrams.confidences(text);
            if (!expected.keySet().equals(actual.keySet())
                    || !expected.isEmpty() && expected.firstKey() != actual.firstKey()) {
                differing++;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d articles, %.0f characters on average; trigram-26 and lingua-26 differ in their candidates or best"
                        + " language on %d%n",
                texts.size(),
                texts.stream().mapToInt(String::length).average().orElse(0),
                differing);
        System.out.printf(
                Locale.ROOT, "%-6s %-20s %12s %12s %10s%n", "round", "way", "process µs", "thread µs", "best");
        for (int round = 0; round < rounds; round++) {
            final List<Way> order = new ArrayList<>(ways);
            if (round % 2 == 1) {
                Collections.reverse(order);
            }
            for (final Way way : order) {
                final long process = OS.getProcessCpuTime();
                final long thread = THREADS.getCurrentThreadCpuTime();
                final Map<Language, Integer> best = new EnumMap<>(Language.class);
                for (final String text : texts) {
                    final SortedMap<Language, Double> confidences =
                            way.confidences().apply(text);
                    best.merge(confidences.isEmpty() ? Language.UNKNOWN : confidences.firstKey(), 1, Integer::sum);
                }
                final double processMicros = (OS.getProcessCpuTime() - process) / 1e3 / texts.size();
                final double threadMicros = (THREADS.getCurrentThreadCpuTime() - thread) / 1e3 / texts.size();
                System.out.printf(
                        Locale.ROOT,
                        "%-6d %-20s %12.1f %12.1f %10s%n",
                        round,
                        way.name(),
                        processMicros,
                        threadMicros,
                        best);
            }
        }
    }

    private static LanguageDetector lingua(final Set<Language> languages) {
        return LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new))
                .withLowAccuracyMode()
                .build();
    }

    /** Builds one detector and detects one article's language, as ingest's first article does. */
    private static void startup(final String way) {
        final String text = ArticleLanguage.sample(
                ArticleParser.parse(new ArticleGenerator(42).article(0, 8).text(), ArticleFormat.TEXT)
                        .orElseThrow());
        final long process = OS.getProcessCpuTime();
        final long start = System.nanoTime();
        final SortedMap<Language, Double> confidences = switch (way) {
            case "lingua" -> lingua(ArticleLanguage.LANGUAGES).computeLanguageConfidenceValues(text);
            case "trigram" -> TrigramDetector.of(ArticleLanguage.LANGUAGES).confidences(text);
            default -> throw new IllegalArgumentException("lingua or trigram, not " + way);
        };
        final double millis = (System.nanoTime() - start) / 1e6;
        final double cpuMillis = (OS.getProcessCpuTime() - process) / 1e6;
        final Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf(
                Locale.ROOT,
                "%s: first detection %.0f ms, %.0f CPU-ms (process), heap used after GC %.1f MB, best %s%n",
                way,
                millis,
                cpuMillis,
                (runtime.totalMemory() - runtime.freeMemory()) / 1e6,
                confidences.isEmpty() ? "none" : confidences.firstKey());
    }
}
