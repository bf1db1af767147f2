package io.newsflow.enrich.assembly;

import io.newsflow.contract.Article;
import io.newsflow.contract.EnrichedParagraph;
import java.util.List;
import java.util.Objects;

/** One assembled article: its kept records enriched, in index order, and the article document. */
public record EnrichedArticle(List<EnrichedParagraph> paragraphs, Article article) {

    public EnrichedArticle {
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(article, "article must not be null");
    }
}
