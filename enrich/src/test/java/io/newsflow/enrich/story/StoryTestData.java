package io.newsflow.enrich.story;

import io.newsflow.contract.Article;
import io.newsflow.contract.ArticleParagraph;
import io.newsflow.contract.Timings;
import java.time.Instant;
import java.util.List;

/** What the story index tests share: an article of given words. */
final class StoryTestData {

    private StoryTestData() {}

    /** An article {@code id} whose body is one paragraph of {@code words}, assembled at {@code at}. */
    static Article article(final String id, final List<String> words, final Instant at) {
        return new Article(
                id,
                id,
                id + ".txt",
                "sha256:" + id,
                "Headline",
                List.of(),
                List.of(new ArticleParagraph(1, null, String.join(" ", words), List.of(), List.of(), List.of())),
                List.of(),
                List.of(),
                List.of(),
                0,
                new Timings(at, at),
                null,
                null,
                null,
                null);
    }
}
