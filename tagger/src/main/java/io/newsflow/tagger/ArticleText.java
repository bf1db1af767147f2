package io.newsflow.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * An article written as plain text, the way the evaluation, test and benchmark articles are: the first non-blank
     * line is the headline, a line opening with Markdown heading marks ({@code "# "}, {@code "## "}) a heading, every
     * other non-blank line a paragraph.
     */
    public static ArticleText parse(final String text) {
        String headline = null;
        final List<String> headings = new ArrayList<>();
        final List<String> paragraphs = new ArrayList<>();
        for (final String raw : text.split("\n")) {
            final String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            final Optional<String> heading = heading(line);
            if (headline == null) {
                headline = line;
            } else if (heading.isPresent()) {
                headings.add(heading.get());
            } else {
                paragraphs.add(line);
            }
        }
        if (headline == null) {
            throw new IllegalArgumentException("an article needs at least a headline line");
        }
        return new ArticleText(headline, headings, paragraphs);
    }

    /**
     * The heading a stripped line states when it is a Markdown heading line ({@code #} marks and a space: "# Reaction",
     * "## Reaction"), else empty ("#hashtag" is text).
     */
    public static Optional<String> heading(final String line) {
        int marks = 0;
        while (marks < line.length() && line.charAt(marks) == '#') {
            marks++;
        }
        return marks > 0 && marks < line.length() && line.charAt(marks) == ' '
                ? Optional.of(line.substring(marks).strip())
                : Optional.empty();
    }
}
