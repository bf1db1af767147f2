package io.newsflow.tagger.eval;

import java.util.List;

/** One sentence of a CoNLL file: its tokens and one BIO/IOB tag per token ({@code O}, {@code B-PER}, {@code I-LOC}). */
public record ConllSentence(List<String> tokens, List<String> tags) {

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
    }
}
