package io.newsflow.contract;

import java.util.List;

/** A body paragraph inside an {@link Article}: {@code text} is the clean text, entity offsets point into it. */
public record ArticleParagraph(
        int index, String section, String text, List<Entity> entities, List<Citation> citations, List<Quote> quotes) {

    public ArticleParagraph {
        Fields.notNegative(index, "index");
        Fields.notNull(text, "text");
        entities = Fields.listOf(entities);
        citations = Fields.listOf(citations);
        quotes = Fields.listOf(quotes);
    }
}
