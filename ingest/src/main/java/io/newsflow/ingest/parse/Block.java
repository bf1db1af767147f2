package io.newsflow.ingest.parse;

import java.util.Objects;

/** One block of an article body: a section heading or a paragraph; {@code text} is trimmed and never blank. */
public record Block(Kind kind, String text) {

    public enum Kind {
        HEADING,
        PARAGRAPH
    }

    public Block {
        Objects.requireNonNull(kind, "kind must not be null");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        text = text.strip();
    }

    public static Block heading(final String text) {
        return new Block(Kind.HEADING, text);
    }

    public static Block paragraph(final String text) {
        return new Block(Kind.PARAGRAPH, text);
    }
}
