package io.newsflow.ingest.parse;

import io.newsflow.contract.ArticleMetadata;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * The article a source gives as an optional title and its body's blocks: the title heads it, and without one the
     * body's first block does, as a text file's first line does. The caller has made sure there is a title or a block.
     */
    public static ParsedArticle headedBy(
            final Optional<String> title, final List<Block> blocks, final ArticleMetadata metadata) {
        if (title.isPresent()) {
            return new ParsedArticle(title.get(), blocks, metadata);
        }
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("an article without a title needs a block to head it");
        }
        return new ParsedArticle(blocks.get(0).text(), blocks.subList(1, blocks.size()), metadata);
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
