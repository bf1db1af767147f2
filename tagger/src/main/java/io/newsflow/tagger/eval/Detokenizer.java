package io.newsflow.tagger.eval;

import java.util.List;
import java.util.Set;

/**
 * Joins the tokens of an annotated sentence back into running text, the way a news article would write it, and
 * remembers where each token starts: the tagger reads text, the gold standard counts tokens. Punctuation closes up to
 * the word before it ("Kenya ,", "Kenya 's" → "Kenya,", "Kenya's"), opening brackets and quotes to the word after,
 * and hyphens join both sides ("Kim Jong - un" → "Kim Jong-un").
 */
public final class Detokenizer {

    /** Text of one sentence and, per token, its [start, end) in that text. */
    public record Text(String text, int[] starts, int[] ends) {}

    private static final Set<String> NO_SPACE_BEFORE = Set.of(
            ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "’s", "'", "’", "n't", "n’t", "'re", "'ve", "'ll",
            "'d", "'m", "’re", "’ve", "’ll", "’d", "’m", "”", "...", "…");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "“", "‘", "#");

    private Detokenizer() {}

    /**
     * Where each of {@code tokens} is in {@code text}, which must hold them in order, separated by white space or
     * nothing, and nothing else; null when it does not.
     */
    public static Text locate(final String text, final List<String> tokens) {
        final int[] starts = new int[tokens.size()];
        final int[] ends = new int[tokens.size()];
        int at = 0;
        for (int i = 0; i < tokens.size(); i++) {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (!text.startsWith(tokens.get(i), at)) {
                return null;
            }
            starts[i] = at;
            at += tokens.get(i).length();
            ends[i] = at;
        }
        return text.substring(at).isBlank() ? new Text(text, starts, ends) : null;
    }

    public static Text join(final List<String> tokens) {
        final StringBuilder sb = new StringBuilder(tokens.size() * 6);
        final int[] starts = new int[tokens.size()];
        final int[] ends = new int[tokens.size()];
        boolean glueNext = true;
        boolean insideStraightQuote = false;
        for (int i = 0; i < tokens.size(); i++) {
            final String t = tokens.get(i);
            boolean glue = glueNext || NO_SPACE_BEFORE.contains(t) || t.equals("-");
            glueNext = NO_SPACE_AFTER.contains(t) || t.equals("-");
            if (t.equals("\"")) {
                if (insideStraightQuote) {
                    glue = true;
                } else {
                    glueNext = true;
                }
                insideStraightQuote = !insideStraightQuote;
            }
            if (!glue) {
                sb.append(' ');
            }
            starts[i] = sb.length();
            sb.append(t);
            ends[i] = sb.length();
        }
        return new Text(sb.toString(), starts, ends);
    }
}
