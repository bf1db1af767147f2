package io.newsflow.tagger.eval;

import java.util.List;

/**
 * One document of a CoNLL file: its sentences in order, and the headline and headings the file gives for it
 * ({@code # headline = …}, {@code # heading = …} after the document mark), context the tagger reads but does not tag,
 * as the pipeline gives an article's headline and headings.
 *
 * @param headline the document's headline, or null
 * @param headings its headings, in order (may be empty)
 */
public record ConllDocument(List<ConllSentence> sentences, String headline, List<String> headings) {

    public ConllDocument {
        if (sentences == null || sentences.isEmpty()) {
            throw new IllegalArgumentException("sentences must not be empty");
        }
        sentences = List.copyOf(sentences);
        headings = headings == null ? List.of() : List.copyOf(headings);
    }

    /** A document of sentences only, without headline or headings. */
    public ConllDocument(final List<ConllSentence> sentences) {
        this(sentences, null, List.of());
    }
}
