package io.newsflow.tagger;

import java.util.ArrayList;
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
            final int marks = headingMarks(line);
            if (headline == null) {
                headline = line;
            } else if (marks > 0) {
                headings.add(line.substring(marks).strip());
            } else {
                paragraphs.add(line);
            }
        }
        if (headline == null) {
            throw new IllegalArgumentException("an article needs at least a headline line");
        }
        return new ArticleText(headline, headings, paragraphs);
    }

    /** How many {@code #} open a Markdown heading line (they must be followed by a space), else 0. */
    private static int headingMarks(final String line) {
        int marks = 0;
        while (marks < line.length() && line.charAt(marks) == '#') {
            marks++;
        }
        return marks > 0 && marks < line.length() && line.charAt(marks) == ' ' ? marks : 0;
    }
}
