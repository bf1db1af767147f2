package io.newsflow.tagger.eval;

import java.util.List;

/** One document of a CoNLL file: its sentences in order. */
public record ConllDocument(List<ConllSentence> sentences) {

    public ConllDocument {
        if (sentences == null || sentences.isEmpty()) {
            throw new IllegalArgumentException("sentences must not be empty");
        }
        sentences = List.copyOf(sentences);
    }
}
