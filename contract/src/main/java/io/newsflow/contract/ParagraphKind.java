package io.newsflow.contract;

/** What a record of {@code news-paragraphs} holds: the article's headline, a section heading or a body paragraph. */
public enum ParagraphKind {
    HEADLINE,
    HEADING,
    PARAGRAPH
}
