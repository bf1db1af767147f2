package io.newsflow.tagger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rough timing check to run by hand, not a unit test (surefire's default includes skip it; nothing is asserted):
 *
 * <pre>{@code
 * ./mvnw -o -q test -pl enrich -Dtest=TaggerThroughputCheck -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtagging.sample=/path/to/article.txt
 * }</pre>
 *
 * <p>Tags the article (default: the test articles) over and over on one thread and prints tokens per second. The
 * release figure comes from the JMH benchmark; this one is for a quick look while changing the tagger.
 */
class TaggerThroughputCheck {

    @Test
    void printTokensPerSecond() throws IOException {
        final long loadStart = System.nanoTime();
        final RuleBasedEntityTagger tagger = RuleBasedEntityTagger.loadDefault();
        final long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;

        final List<ArticleText> articles = articles();
        long tokensPerRound = 0;
        for (final ArticleText article : articles) {
            for (final String p : article.paragraphs()) {
                tokensPerRound += Tokenizer.tokenize(p).size();
            }
        }
        runFor(tagger, articles, 3_000); // warm-up
        final long start = System.nanoTime();
        final long rounds = runFor(tagger, articles, 5_000);
        final double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "tagger load %d ms; %d articles, %d tokens a round; %.0f tokens/s on one thread%n",
                loadMillis, articles.size(), tokensPerRound, rounds * tokensPerRound / seconds);
    }

    private static long runFor(
            final RuleBasedEntityTagger tagger, final List<ArticleText> articles, final long millis) {
        final long until = System.nanoTime() + millis * 1_000_000;
        long rounds = 0;
        int sink = 0;
        while (System.nanoTime() < until) {
            for (final ArticleText article : articles) {
                sink += tagger.tag(article).size();
            }
            rounds++;
        }
        if (sink == 42) {
            System.out.println(); // keeps the work observable
        }
        return rounds;
    }

    private static List<ArticleText> articles() throws IOException {
        final String sample = System.getProperty("tagging.sample");
        final List<ArticleText> articles = new ArrayList<>();
        if (sample != null) {
            final List<String> lines = Files.readAllLines(Path.of(sample), StandardCharsets.UTF_8);
            articles.add(new ArticleText(
                    lines.get(0),
                    List.of(),
                    lines.subList(1, lines.size()).stream()
                            .filter(l -> !l.isBlank())
                            .toList()));
        } else {
            for (final String name : List.of(
                    "business-acquisition.txt",
                    "sports-cup-semifinal.txt",
                    "health-walking-study.txt",
                    "local-council-budget.txt")) {
                articles.add(TestArticles.load(name));
            }
        }
        return articles;
    }
}
