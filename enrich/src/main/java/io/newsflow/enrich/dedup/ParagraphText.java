package io.newsflow.enrich.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which two paragraphs are compared: NFKC, case-folded with {@link Locale#ROOT}, whitespace collapsed to
 * single spaces, punctuation trimmed at both ends. {@code "Rutte Visits Odesa."} and {@code "rutte  visits odesa"}
 * are the same paragraph; inner punctuation and symbols ({@code €20}) still count.
 */
public final class ParagraphText {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern EDGE_PUNCTUATION =
            Pattern.compile("^[\\p{P}\\s]+|[\\p{P}\\s]+$", Pattern.UNICODE_CHARACTER_CLASS);

    private ParagraphText() {}

    public static String normalise(final String text) {
        final String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        final String collapsed = WHITESPACE.matcher(folded).replaceAll(" ");
        return EDGE_PUNCTUATION.matcher(collapsed).replaceAll("");
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
