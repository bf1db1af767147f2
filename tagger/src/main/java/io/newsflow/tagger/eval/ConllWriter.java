package io.newsflow.tagger.eval;

import java.util.List;

/**
 * Writes documents in the CoNLL form {@link ConllReader} reads: {@code -DOCSTART-} before each document, its headline
 * and headings as {@code # headline = …} / {@code # heading = …} comments, each sentence's original text (when known)
 * as {@code # text = …}, then one {@code token<TAB>tag} line per token and a blank line after each sentence.
 */
public final class ConllWriter {

    private ConllWriter() {}

    public static String write(final List<ConllDocument> documents) {
        final StringBuilder out = new StringBuilder();
        for (final ConllDocument d : documents) {
            out.append("-DOCSTART-\tO\n\n");
            if (d.headline() != null) {
                out.append(ConllReader.HEADLINE).append(oneLine(d.headline())).append('\n');
            }
            for (final String heading : d.headings()) {
                out.append(ConllReader.HEADING).append(oneLine(heading)).append('\n');
            }
            for (final ConllSentence s : d.sentences()) {
                if (s.text() != null) {
                    out.append(ConllReader.TEXT).append(oneLine(s.text())).append('\n');
                }
                for (int t = 0; t < s.tokens().size(); t++) {
                    out.append(s.tokens().get(t))
                            .append('\t')
                            .append(s.tags().get(t))
                            .append('\n');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** A comment is one line: line breaks inside a text become spaces. */
    private static String oneLine(final String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
