package io.newsflow.ingest.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a file's bytes into text. A byte order mark decides the charset (UTF-8, UTF-16 LE/BE); without one the bytes
 * must be valid UTF-8, and if they are not they are read as windows-1252, the usual charset of old Western files — a
 * text is never rejected for its encoding. Line endings come out as {@code \n}. A charset the file declares (an HTML
 * page's {@code <meta charset>}) is used when there is no byte order mark; undecodable bytes then become U+FFFD.
 *
 * <p>Binary content is rejected ({@link RejectReason#BINARY}): NUL bytes in a file without a UTF-16 byte order mark,
 * or more than {@value #MAX_CONTROL_PERCENT}% control characters in the decoded text.
 */
public final class TextDecoder {

    static final int MAX_CONTROL_PERCENT = 5;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {}

    public static DecodedText decode(final byte[] bytes) throws RejectedFileException {
        return decode(bytes, Optional.empty());
    }

    /** Decodes {@code bytes} with the charset they declare when they have no byte order mark. */
    public static DecodedText decode(final byte[] bytes, final Optional<Charset> declared)
            throws RejectedFileException {
        final DecodedText raw = decodeRaw(bytes, declared);
        final String text = normaliseLineEndings(raw.text());
        rejectIfBinary(text);
        return new DecodedText(text, raw.charset());
    }

    private static DecodedText decodeRaw(final byte[] bytes, final Optional<Charset> declared)
            throws RejectedFileException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(
                    new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(
                    new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(
                    new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        for (final byte b : bytes) {
            if (b == 0) {
                throw new RejectedFileException(RejectReason.BINARY, "contains NUL bytes: not a text file");
            }
        }
        if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
            return new DecodedText(new String(bytes, declared.get()), declared.get());
        }
        try {
            return new DecodedText(
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes))
                            .toString(),
                    StandardCharsets.UTF_8);
        } catch (final CharacterCodingException e) {
            // not UTF-8: a legacy Western file is far more likely than garbage, and every byte maps to something
            return new DecodedText(new String(bytes, WINDOWS_1252), WINDOWS_1252);
        }
    }

    private static boolean startsWith(final byte[] bytes, final int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String normaliseLineEndings(final String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static void rejectIfBinary(final String text) throws RejectedFileException {
        if (text.isEmpty()) {
            return;
        }
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isBinaryControl(text.charAt(i))) {
                control++;
            }
        }
        if (control * 100L > (long) text.length() * MAX_CONTROL_PERCENT) {
            throw new RejectedFileException(
                    RejectReason.BINARY,
                    String.format(
                            Locale.ROOT,
                            "%d of %d characters are control characters: not a text file",
                            control,
                            text.length()));
        }
    }

    /** Control characters that text files do not contain; tab, line feed and form feed are text. */
    private static boolean isBinaryControl(final char c) {
        return c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\f') || c == 0x7F;
    }
}
