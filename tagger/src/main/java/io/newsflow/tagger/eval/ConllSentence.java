package io.newsflow.tagger.eval;

import java.util.List;

/**
 * One sentence of a CoNLL file: its tokens and one BIO/IOB tag per token ({@code O}, {@code B-PER}, {@code I-LOC}),
 * and, when the file gives it ({@code # text = …} before the tokens), the running text the tokens were cut from.
 * With the text the tagger reads exactly what the article wrote; without it the tokens are joined back into text
 * ({@link Detokenizer}).
 *
 * @param text the original text of the sentence, or null
 */
public record ConllSentence(List<String> tokens, List<String> tags, String text) {

    public ConllSentence {
        if (tokens == null || tokens.isEmpty()) {
            throw new IllegalArgumentException("tokens must not be empty");
        }
        if (tags == null || tags.size() != tokens.size()) {
            throw new IllegalArgumentException("tags must have one entry per token, had "
                    + (tags == null ? "none" : tags.size()) + " for " + tokens.size() + " tokens");
        }
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (text != null && text.isBlank()) {
            text = null;
        }
    }

    /** A sentence known by its tokens only. */
    public ConllSentence(final List<String> tokens, final List<String> tags) {
        this(tokens, tags, null);
    }

    /**
     * The sentence's text and where each token is in it: the original text when it holds every token in order
     * (separated by white space or nothing), else the tokens joined by {@link Detokenizer#join}.
     */
    public Detokenizer.Text running() {
        if (text != null) {
            final Detokenizer.Text located = Detokenizer.locate(text, tokens);
            if (located != null) {
                return located;
            }
        }
        return Detokenizer.join(tokens);
    }
}
