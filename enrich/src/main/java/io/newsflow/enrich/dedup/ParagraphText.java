package io.newsflow.enrich.dedup;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which two paragraphs are compared: NFKC, case-folded with {@link Locale#ROOT}, whitespace collapsed to
 * single spaces, punctuation trimmed at both ends. {@code "Rutte Visits Odesa."} and {@code "rutte  visits odesa"}
 * are the same paragraph; inner punctuation and symbols ({@code €20}) still count.
 */
public final class ParagraphText {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\s]+|[\\p{P}\\s]+$",
            Pattern.UNICODE_CHARACTER_CLASS);

    private ParagraphText() {
    }

    public static String normalise(final String text) {
        final String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        final String collapsed = WHITESPACE.matcher(folded).replaceAll(" ");
        return EDGE_PUNCTUATION.matcher(collapsed).replaceAll("");
    }
}
