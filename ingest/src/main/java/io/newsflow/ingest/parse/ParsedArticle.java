package io.newsflow.ingest.parse;

import java.util.List;

/** An article as the parser read it: the headline, then the body's headings and paragraphs in file order. */
public record ParsedArticle(String headline, List<Block> blocks) {

    public ParsedArticle {
        if (headline == null || headline.isBlank()) {
            throw new IllegalArgumentException("headline must not be blank");
        }
        blocks = List.copyOf(blocks);
    }

    /**
     * Whether the body says anything: at least one paragraph that is not the headline again (many articles repeat it
     * as their last line, and enrich drops that repeat).
     */
    public boolean hasBodyParagraph() {
        return blocks.stream()
                .anyMatch(block -> block.kind() == Block.Kind.PARAGRAPH && !block.text().equals(headline));
    }
}
