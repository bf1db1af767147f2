package io.newsflow.ingest.parse;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset an HTML page declares in its first {@value #PRESCAN_BYTES} bytes ({@code <meta charset>}, the
 * {@code http-equiv} form or an XML declaration), the way browsers pre-scan: ISO-8859-1 and ASCII labels mean
 * windows-1252, a UTF-16 label without a byte order mark means UTF-8, an unknown label means no declaration.
 */
final class HtmlCharset {

    static final int PRESCAN_BYTES = 1024;
    private static final Pattern DECLARATION = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)|<\\?xml[^>]*?encoding\\s*=\\s*[\"']([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {}

    static Optional<Charset> declared(final byte[] bytes) {
        final String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        final Matcher declaration = DECLARATION.matcher(head);
        if (!declaration.find()) {
            return Optional.empty();
        }
        final String label =
                (declaration.group(1) != null ? declaration.group(1) : declaration.group(2)).toLowerCase(Locale.ROOT);
        if (label.startsWith("utf-16")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii") || label.equals("ascii")) {
            return Optional.of(Charset.forName("windows-1252"));
        }
        try {
            return Optional.of(Charset.forName(label));
        } catch (final IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
