package io.newsflow.ingest.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An article's identity, derived from its content alone so that a renamed, re-saved (CRLF or LF, with or without a
 * byte order mark, re-encoded) or re-indented copy has the same one. The content is normalised — Unicode NFC, each line
 * trimmed, runs of whitespace collapsed to one space, blank lines dropped, lines joined with {@code \n} — and hashed
 * with SHA-256: {@code contentHash} is {@code "sha256:" + hex}, {@code articleId} its first 16 hex digits.
 */
public record ArticleIdentity(String articleId, String contentHash) {

    static final int ID_HEX_DIGITS = 16;
    private static final String HASH_PREFIX = "sha256:";
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
    /** Unicode-aware, so no-break and other wide spaces collapse like ASCII ones. */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}\\uFEFF]+", Pattern.UNICODE_CHARACTER_CLASS);

    public ArticleIdentity {
        if (articleId == null || articleId.length() != ID_HEX_DIGITS) {
            throw new IllegalArgumentException("articleId must be " + ID_HEX_DIGITS + " hex digits, was " + articleId);
        }
        if (contentHash == null || !contentHash.startsWith(HASH_PREFIX + articleId)) {
            throw new IllegalArgumentException(
                    "contentHash must be sha256:<hex> starting with the articleId, was " + contentHash);
        }
    }

    public static ArticleIdentity of(final String content) {
        final String hex = HexFormat.of().formatHex(sha256(normalise(content).getBytes(StandardCharsets.UTF_8)));
        return new ArticleIdentity(hex.substring(0, ID_HEX_DIGITS), HASH_PREFIX + hex);
    }

    static String normalise(final String content) {
        return LINE_BREAK
                .splitAsStream(Normalizer.normalize(content, Normalizer.Form.NFC))
                .map(line -> WHITESPACE.matcher(line).replaceAll(" ").strip())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    private static byte[] sha256(final byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (final NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
