package io.newsflow.ingest.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What stands before an XML document's root element, read without an XML parser: whether there is a
 * {@code <!DOCTYPE>} (refused, see {@link SafeXml}) and the root element's local name (what the file is, see
 * {@link FormatSniffer}). Only the first {@value #MAX_PROLOG_BYTES} bytes are looked at.
 */
record XmlProlog(boolean hasDoctype, Optional<String> rootName) {

    static final int MAX_PROLOG_BYTES = 64 * 1024;

    static XmlProlog of(final byte[] bytes) {
        final String text = head(bytes);
        boolean doctype = false;
        int at = 0;
        while (at < text.length()) {
            final char c = text.charAt(at);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                at++;
            } else if (text.startsWith("<?", at)) {
                at = skipPast(text, at, "?>");
            } else if (text.startsWith("<!--", at)) {
                at = skipPast(text, at, "-->");
            } else if (text.startsWith("<!", at)) {
                // <!DOCTYPE (any case: a lenient parser might accept it) or any other declaration
                doctype = true;
                at = skipDeclaration(text, at);
            } else if (c == '<') {
                int end = at + 1;
                while (end < text.length()
                        && !Character.isWhitespace(text.charAt(end))
                        && text.charAt(end) != '>'
                        && text.charAt(end) != '/') {
                    end++;
                }
                final String qualified = text.substring(at + 1, end);
                final String local = qualified.substring(qualified.indexOf(':') + 1);
                return new XmlProlog(doctype, local.isEmpty() ? Optional.empty() : Optional.of(local));
            } else {
                return new XmlProlog(doctype, Optional.empty());
            }
        }
        return new XmlProlog(doctype, Optional.empty());
    }

    /** The head of the file as text: UTF-16 when its byte order mark or first bytes say so, else byte for byte. */
    private static String head(final byte[] bytes) {
        final int length = Math.min(bytes.length, MAX_PROLOG_BYTES);
        Charset charset = StandardCharsets.ISO_8859_1;
        if (length >= 2) {
            final int b0 = bytes[0] & 0xFF;
            final int b1 = bytes[1] & 0xFF;
            if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0 && b1 == '<')) {
                charset = StandardCharsets.UTF_16BE;
            } else if ((b0 == 0xFF && b1 == 0xFE) || (b0 == '<' && b1 == 0)) {
                charset = StandardCharsets.UTF_16LE;
            }
        }
        // markup is ASCII in every ASCII-compatible encoding, so Latin-1 reads UTF-8 prologs well enough
        return new String(bytes, 0, length, charset);
    }

    private static int skipPast(final String text, final int from, final String end) {
        final int found = text.indexOf(end, from);
        return found < 0 ? text.length() : found + end.length();
    }

    /** Past a declaration's closing {@code >}, skipping an internal subset in brackets. */
    private static int skipDeclaration(final String text, final int from) {
        int depth = 0;
        for (int at = from + 2; at < text.length(); at++) {
            final char c = text.charAt(at);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return at + 1;
            }
        }
        return text.length();
    }
}
