package io.newsflow.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.ingest.parse.ArticleFormat;
import io.newsflow.ingest.parse.ArticleReader;
import io.newsflow.ingest.parse.Block;
import io.newsflow.ingest.parse.RejectedFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Scores ingest's HTML reading on the Zyte (Scrapinghub) article-extraction benchmark the way its
 * {@code evaluate.py} does: each page's {@code html/<id>.html.gz} goes through {@link ArticleReader} as an
 * {@code .html} inbox file would; the body (headings and paragraphs joined with newlines, the headline left out, as
 * the ground truth leaves it out) is compared with {@code ground-truth.json}'s {@code articleBody}. Tokens are
 * {@code \w+} matches, case kept; 4-token shingles are counted; a page's true/false positives and false negatives are
 * normalised to sum to 1; precision and recall are averaged over pages, F1 is computed from the averages. A page ingest
 * rejects scores as an empty body.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.newsflow.benchmarks.ExtractionBenchmark <benchmark dir>
 * [--worst N]}.
 */
public final class ExtractionBenchmark {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    private ExtractionBenchmark() {}

    public static void main(final String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ExtractionBenchmark <article-extraction-benchmark dir> [--worst N]");
            System.exit(2);
        }
        final Path dir = Path.of(args[0]);
        final int worst = args.length >= 3 && args[1].equals("--worst") ? Integer.parseInt(args[2]) : 0;
        final JsonNode truth =
                new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        final Path scratch = Files.createTempDirectory("extraction-benchmark");
        final ArticleReader reader = new ArticleReader(Integer.MAX_VALUE - 8);
        final List<Score> scores = new ArrayList<>();
        int rejected = 0;
        for (final Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            final Map.Entry<String, JsonNode> page = it.next();
            final Path file = scratch.resolve(page.getKey() + ".html");
            try (InputStream in = new GZIPInputStream(
                    Files.newInputStream(dir.resolve("html").resolve(page.getKey() + ".html.gz")))) {
                Files.write(file, in.readAllBytes());
            }
            String body;
            try {
                body = reader.read(file, ArticleFormat.HTML).article().blocks().stream()
                        .map(Block::text)
                        .collect(Collectors.joining("\n"));
            } catch (final RejectedFileException e) {
                rejected++;
                body = "";
            }
            Files.delete(file);
            scores.add(
                    Score.of(page.getKey(), page.getValue().path("articleBody").asText(""), body));
        }
        Files.delete(scratch);
        final double precision = scores.stream()
                .filter(s -> s.tp() + s.fp() > 0)
                .mapToDouble(Score::precision)
                .average()
                .orElse(0);
        final double recall = scores.stream()
                .filter(s -> s.tp() + s.fn() > 0)
                .mapToDouble(Score::recall)
                .average()
                .orElse(0);
        final double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf(
                Locale.ROOT,
                "pages %d, rejected %d%nbody precision %.3f  recall %.3f  F1 %.3f%n",
                scores.size(),
                rejected,
                precision,
                recall,
                f1);
        scores.stream()
                .sorted((a, b) -> Double.compare(a.f1(), b.f1()))
                .limit(worst)
                .forEach(s ->
                        System.out.printf(Locale.ROOT, "  %s P %.3f R %.3f%n", s.page(), s.precision(), s.recall()));
    }

    /** One page's shingle matches, normalised so that a long article weighs no more than a short one. */
    private record Score(String page, double tp, double fp, double fn) {

        static Score of(final String page, final String expected, final String actual) {
            final Map<List<String>, Integer> truth = shingles(expected);
            final Map<List<String>, Integer> predicted = shingles(actual);
            final Set<List<String>> keys = new HashSet<>(truth.keySet());
            keys.addAll(predicted.keySet());
            double tp = 0;
            double fp = 0;
            double fn = 0;
            for (final List<String> key : keys) {
                final int t = truth.getOrDefault(key, 0);
                final int p = predicted.getOrDefault(key, 0);
                tp += Math.min(t, p);
                fp += Math.max(0, p - t);
                fn += Math.max(0, t - p);
            }
            final double sum = tp + fp + fn;
            return sum > 0 ? new Score(page, tp / sum, fp / sum, fn / sum) : new Score(page, 0, 0, 0);
        }

        double precision() {
            return fp == 0 && fn == 0 ? 1 : tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        double recall() {
            return fp == 0 && fn == 0 ? 1 : tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }

        double f1() {
            final double p = precision();
            final double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Counted 4-token shingles; a text of fewer tokens is one shorter shingle, as in evaluate.py. */
        private static Map<List<String>, Integer> shingles(final String text) {
            final List<String> tokens = new ArrayList<>();
            final Matcher matcher = TOKEN.matcher(text);
            while (matcher.find()) {
                tokens.add(matcher.group());
            }
            final Map<List<String>, Integer> counts = new HashMap<>();
            for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
                final List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
                if (!shingle.isEmpty()) {
                    counts.merge(List.copyOf(shingle), 1, Integer::sum);
                }
            }
            return counts;
        }
    }
}
