package io.newsflow.enrich.story;

import io.newsflow.contract.Article;
import java.util.Arrays;
import java.util.Objects;

/**
 * An assembled article on its way to the story index, with its body's {@link StorySignature} as bytes (null when the
 * body is too short to compare). Value of the story-index topic, key articleId; JSON like every record here.
 */
public record StoryCandidate(Article article, byte[] signature) {

    public StoryCandidate {
        Objects.requireNonNull(article, "article must not be null");
    }

    public static StoryCandidate of(final Article article) {
        final StorySignature signature = StorySignature.of(StoryText.words(
                article.paragraphs().stream().map(paragraph -> paragraph.text()).toList()));
        return new StoryCandidate(article, signature == null ? null : signature.toBytes());
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof StoryCandidate candidate && article.equals(candidate.article)
                && Arrays.equals(signature, candidate.signature);
    }

    @Override
    public int hashCode() {
        return 31 * article.hashCode() + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "StoryCandidate[" + article.articleId() + "]";
    }
}
