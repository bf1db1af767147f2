package io.newsflow.tagger;

import java.util.List;

/**
 * Finds named entities in one article. Plain Java: no Kafka types, so it can be unit-tested and benchmarked alone.
 *
 * <p>An article is tagged as a whole, because the evidence is shared: a name seen once with a title ("President
 * Volodymyr Zelenskyy") is a person everywhere in the article, and a short form ("Zelenskyy") resolves to the full name
 * as its {@code canonical}. The headline and headings are title-cased: they are context, never tagged as one long span.
 *
 * <p>Implementations are thread-safe: one instance serves every stream thread.
 */
public interface EntityTagger {

    /**
     * Tags the body paragraphs of {@code article}.
     *
     * @return one list per entry of {@link ArticleText#paragraphs()}, in the same order, each sorted by offset; offsets
     *     index into that paragraph's text
     */
    List<List<Entity>> tag(ArticleText article);

    /** Tags one stand-alone text, as an article of a single paragraph with no headline. */
    default List<Entity> tag(final String text) {
        return tag(new ArticleText(null, List.of(), List.of(text))).get(0);
    }
}
