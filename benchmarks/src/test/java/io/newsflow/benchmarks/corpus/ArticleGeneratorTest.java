package io.newsflow.benchmarks.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.story.StoryMatcher;
import io.newsflow.enrich.story.StorySignature;
import io.newsflow.enrich.story.StoryText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {

    /**
     * The crash, cluster and benchmark runs compare documents with a clean run's; an article's storyId must not depend
     * on which of two look-alike generated articles reached the story index first, so none may look alike.
     */
    @Test
    void shouldGenerateArticlesThatAreNoNearDuplicatesOfEachOther() {
        final ArticleGenerator generator = new ArticleGenerator(20_261_127L);
        final List<StorySignature> signatures = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            final List<String> lines =
                    generator.article(i, 4 + i % 7).text().lines().toList();
            signatures.add(StorySignature.of(StoryText.words(lines.subList(1, lines.size() - 1))));
        }
        double most = 0;
        for (int i = 0; i < signatures.size(); i++) {
            for (int j = i + 1; j < signatures.size(); j++) {
                most = Math.max(most, signatures.get(i).similarity(signatures.get(j)));
            }
        }
        assertThat(most).isLessThan(StoryMatcher.DEFAULT_THRESHOLD - 0.05);
    }

    @Test
    void shouldResolveEveryChoiceOfAPhrase() {
        final String phrase = ArticleGenerator.vary(new Random(1), "{a|b} and {c|d|e}, %s");

        assertThat(phrase).matches("[ab] and [cde], %s");
    }

    @Test
    void shouldGenerateTheSameArticleForTheSameSeedAndIndex() {
        assertThat(new ArticleGenerator(5).article(3, 6)).isEqualTo(new ArticleGenerator(5).article(3, 6));
    }
}
