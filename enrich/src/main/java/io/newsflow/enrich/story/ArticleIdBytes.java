package io.newsflow.enrich.story;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An article id as the story index stores it, in its entry (and again as the story id of a near-duplicate):
 * ingest's ids, 16 lowercase hex digits, as {@value #HEX_FORM} followed by their 8 bytes (9 bytes, not 16); any other
 * id (a foreign producer's) as {@value #TEXT_FORM} followed by its UTF-8. The leading byte makes the form explicit, so
 * every id reads back exactly as written, whatever it looks like.
 */
public final class ArticleIdBytes {

    static final byte TEXT_FORM = 0;
    static final byte HEX_FORM = 1;
    private static final int HEX_DIGITS = 16;

    private ArticleIdBytes() {}

    public static byte[] encode(final String id) {
        if (isPackable(id)) {
            final byte[] bytes = new byte[1 + HEX_DIGITS / 2];
            bytes[0] = HEX_FORM;
            final long value = Long.parseUnsignedLong(id, 16);
            for (int i = 0; i < 8; i++) {
                bytes[1 + i] = (byte) (value >>> (56 - 8 * i));
            }
            return bytes;
        }
        final byte[] text = id.getBytes(StandardCharsets.UTF_8);
        final byte[] bytes = new byte[1 + text.length];
        bytes[0] = TEXT_FORM;
        System.arraycopy(text, 0, bytes, 1, text.length);
        return bytes;
    }

    /** The id in {@code bytes[from, to)}, as {@link #encode} wrote it. */
    public static String decode(final byte[] bytes, final int from, final int to) {
        if (to <= from) {
            throw new IllegalArgumentException("An encoded article id has at least 1 byte, was " + (to - from));
        }
        if (bytes[from] == TEXT_FORM) {
            return new String(bytes, from + 1, to - from - 1, StandardCharsets.UTF_8);
        }
        if (bytes[from] != HEX_FORM || to - from != 1 + HEX_DIGITS / 2) {
            throw new IllegalArgumentException(
                    "Not an encoded article id: " + Arrays.toString(Arrays.copyOfRange(bytes, from, to)));
        }
        long value = 0;
        for (int i = from + 1; i < to; i++) {
            value = (value << 8) | (bytes[i] & 0xFFL);
        }
        final String hex = Long.toHexString(value);
        return "0".repeat(HEX_DIGITS - hex.length()) + hex;
    }

    /** Only lowercase: an uppercase id packed would read back lowercase, a different id. */
    private static boolean isPackable(final String id) {
        if (id.length() != HEX_DIGITS) {
            return false;
        }
        for (int i = 0; i < HEX_DIGITS; i++) {
            final char c = id.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
