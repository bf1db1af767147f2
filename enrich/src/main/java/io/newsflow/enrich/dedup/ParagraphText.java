package io.newsflow.enrich.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The form in which two paragraphs are compared: NFKC, case-folded with {@link Locale#ROOT}, whitespace collapsed to
 * single spaces, punctuation trimmed at both ends. {@code "Rutte Visits Odesa."} and {@code "rutte  visits odesa"}
 * are the same paragraph; inner punctuation and symbols ({@code €20}) still count.
 *
 * <p>Whitespace is Unicode's White_Space and punctuation the general category P, exactly what the regular expressions
 * {@code \s+} and {@code [\p{P}\s]} match with {@code UNICODE_CHARACTER_CLASS}; the text is scanned once by hand
 * instead, because those two expressions were most of the time of normalising, once per paragraph on enrich's
 * thread. The result is the same string (fingerprints of articles in progress stay valid across an upgrade).
 */
public final class ParagraphText {

    private static final int WHITE_SPACE_TYPES =
            (1 << Character.SPACE_SEPARATOR) | (1 << Character.LINE_SEPARATOR) | (1 << Character.PARAGRAPH_SEPARATOR);
    private static final int PUNCTUATION_TYPES = (1 << Character.CONNECTOR_PUNCTUATION)
            | (1 << Character.DASH_PUNCTUATION)
            | (1 << Character.START_PUNCTUATION)
            | (1 << Character.END_PUNCTUATION)
            | (1 << Character.INITIAL_QUOTE_PUNCTUATION)
            | (1 << Character.FINAL_QUOTE_PUNCTUATION)
            | (1 << Character.OTHER_PUNCTUATION);

    private ParagraphText() {}

    public static String normalise(final String text) {
        final String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int start = 0;
        int end = folded.length();
        while (start < end) {
            final int c = folded.codePointAt(start);
            if (!isWhiteSpace(c) && !isPunctuation(c)) {
                break;
            }
            start += Character.charCount(c);
        }
        while (end > start) {
            final int c = folded.codePointBefore(end);
            if (!isWhiteSpace(c) && !isPunctuation(c)) {
                break;
            }
            end -= Character.charCount(c);
        }
        return collapseWhiteSpace(folded, start, end);
    }

    /** {@code text[start, end)} with every run of white space (it neither starts nor ends with one) as one space. */
    private static String collapseWhiteSpace(final String text, final int start, final int end) {
        StringBuilder collapsed = null;
        int copied = start;
        int i = start;
        while (i < end) {
            final char c = text.charAt(i);
            // white space is never a surrogate, so char by char is enough here
            if (!isWhiteSpace(c)) {
                i++;
                continue;
            }
            int runEnd = i + 1;
            while (runEnd < end && isWhiteSpace(text.charAt(runEnd))) {
                runEnd++;
            }
            if (c != ' ' || runEnd - i > 1) {
                if (collapsed == null) {
                    collapsed = new StringBuilder(end - start);
                }
                collapsed.append(text, copied, i).append(' ');
                copied = runEnd;
            }
            i = runEnd;
        }
        if (collapsed == null) {
            return text.substring(start, end);
        }
        return collapsed.append(text, copied, end).toString();
    }

    /** Unicode's White_Space, as {@code \s} with {@code UNICODE_CHARACTER_CLASS} matches it. */
    static boolean isWhiteSpace(final int c) {
        return (c >= 0x9 && c <= 0xd) || c == 0x85 || ((WHITE_SPACE_TYPES >> Character.getType(c)) & 1) != 0;
    }

    /** The general category P (punctuation), as {@code \p{P}} matches it. */
    static boolean isPunctuation(final int c) {
        return ((PUNCTUATION_TYPES >> Character.getType(c)) & 1) != 0;
    }

    /**
     * What is remembered of a normalised paragraph: the first 128 bits of its SHA-256, in hex — equal texts, equal
     * fingerprints; a different text with the same one is not to be expected in this world.
     */
    public static String fingerprint(final String normalised) {
        try {
            final byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
