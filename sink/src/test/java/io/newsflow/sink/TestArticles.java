package io.newsflow.sink;

import io.newsflow.contract.Article;
import io.newsflow.contract.ArticleParagraph;
import io.newsflow.contract.Citation;
import io.newsflow.contract.Entity;
import io.newsflow.contract.EntitySummary;
import io.newsflow.contract.EntityType;
import io.newsflow.contract.Quote;
import io.newsflow.contract.Timings;
import java.time.Instant;
import java.util.List;

/** Articles as enrich emits them, for the sink's tests. */
public final class TestArticles {

    private TestArticles() {}

    public static Article article(final String articleId, final String sourceFile, final String headline) {
        final String text = "Mayor Ana Lopez opened the new bridge in Porto on Monday.";
        final Entity person = new Entity("Ana Lopez", EntityType.PERSON, 6, 15, "Ana Lopez", 0.9, null);
        final Entity place = new Entity("Porto", EntityType.LOCATION, 40, 45, "Porto", 0.9, null);
        return new Article(
                articleId,
                articleId,
                sourceFile,
                "sha256:" + articleId,
                headline,
                List.of("Opening Day"),
                List.of(new ArticleParagraph(
                        2,
                        "Opening Day",
                        text,
                        List.of(person, place),
                        List.of(new Citation(1, "Local Times")),
                        List.of(new Quote("A great day", "Ana Lopez")))),
                List.of(
                        new EntitySummary("Ana Lopez", EntityType.PERSON, 1),
                        new EntitySummary("Porto", EntityType.LOCATION, 1)),
                List.of(new Citation(1, "Local Times")),
                List.of(new Quote("A great day", "Ana Lopez")),
                1,
                new Timings(Instant.parse("2026-01-01T10:00:00Z"), Instant.parse("2026-01-01T10:00:01Z")),
                null,
                null,
                null,
                null);
    }
}
