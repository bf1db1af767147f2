package io.newsflow.ingest.parse;

import io.newsflow.contract.ArticleMetadata;
import java.util.List;
import java.util.Objects;

/**
 * An article as a reader read it: the headline, then the body's headings and paragraphs in file order, and what the
 * source said about it ({@code metadata}: at least the format; its language is the declared one until
 * {@link ArticleLanguage} has looked at the text).
 */
public record ParsedArticle(String headline, List<Block> blocks, ArticleMetadata metadata) {

    public ParsedArticle {
        if (headline == null || headline.isBlank()) {
            throw new IllegalArgumentException("headline must not be blank");
        }
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(metadata, "metadata must not be null");
    }

    /** A plain-text article: nothing known about it but its text. */
    public ParsedArticle(final String headline, final List<Block> blocks) {
        this(headline, blocks, ArticleMetadata.of(ArticleFormat.TEXT.metadataName()));
    }

    /** This article with {@code metadata} instead of its own. */
    public ParsedArticle withMetadata(final ArticleMetadata metadata) {
        return new ParsedArticle(headline, blocks, metadata);
    }

    /**
     * Whether the body says anything: at least one paragraph that is not the headline again (many articles repeat it
     * as their last line, and enrich drops that repeat).
     */
    public boolean hasBodyParagraph() {
        return blocks.stream()
                .anyMatch(block ->
                        block.kind() == Block.Kind.PARAGRAPH && !block.text().equals(headline));
    }
}
