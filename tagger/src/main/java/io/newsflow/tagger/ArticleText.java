package io.newsflow.tagger;

import java.util.List;
import java.util.Objects;

/**
 * The text of one article as the tagger sees it: the headline and headings (title-cased context, may be empty) and the
 * body paragraphs to tag, citation markers already removed.
 */
public record ArticleText(String headline, List<String> headings, List<String> paragraphs) {

    public ArticleText {
        headings = headings == null ? List.of() : List.copyOf(headings);
        Objects.requireNonNull(paragraphs, "paragraphs must not be null");
        paragraphs = List.copyOf(paragraphs);
    }
}
