package io.newsflow.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads one inbox file into an article, or says why it never will ({@link RejectedFileException}): too large (checked
 * before reading, and never more than the limit is read), unreadable, empty or whitespace-only, binary, or without a
 * body paragraph. HTML pages are decoded with the charset they declare and read by {@link HtmlArticleExtractor}; the
 * decoded page, markup included, is what the identity is computed on.
 */
public final class ArticleReader {

    /** The default per-item limit of feeds and JSON Lines: far above any article, far below a whole file. */
    public static final long DEFAULT_MAX_ITEM_BYTES = 1024L * 1024;

    private final long maxFileBytes;
    private final long maxItemBytes;
    private final JsonLinesFields jsonLinesFields;

    public ArticleReader(final long maxFileBytes) {
        this(maxFileBytes, Math.min(maxFileBytes, DEFAULT_MAX_ITEM_BYTES), JsonLinesFields.DEFAULT);
    }

    /** A reader refusing files over {@code maxFileBytes} and feed or JSON Lines items over {@code maxItemBytes}. */
    public ArticleReader(final long maxFileBytes, final long maxItemBytes, final JsonLinesFields jsonLinesFields) {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be >= 1, was " + maxFileBytes);
        }
        if (maxItemBytes < 1) {
            throw new IllegalArgumentException("maxItemBytes must be >= 1, was " + maxItemBytes);
        }
        this.maxFileBytes = maxFileBytes;
        this.maxItemBytes = maxItemBytes;
        this.jsonLinesFields = Objects.requireNonNull(jsonLinesFields, "jsonLinesFields must not be null");
    }

    /**
     * Reads {@code file}, declared {@code format} by its name, into the articles it yields: one for text, Markdown and
     * HTML (or a {@link RejectedFileException}, as {@link #read}); one per good item of a feed or JSON Lines file, with
     * its bad items beside them. {@code .xml} and {@code .json} are sniffed first ({@link FormatSniffer}). A feed or
     * JSON Lines file is rejected whole only when it cannot be parsed at all (malformed XML, a DOCTYPE) or is empty.
     *
     * @throws NoSuchFileException when the file is gone (taken by someone else): nothing to quarantine
     */
    public FileItems readItems(final Path file, final ArticleFormat declared)
            throws RejectedFileException, NoSuchFileException {
        if (!declared.isSniffed() && declared != ArticleFormat.JSON_LINES) {
            final Result single = read(file, declared);
            return FileItems.single(declared, single.decoded(), single.article());
        }
        final byte[] bytes = readBounded(file);
        if (bytes.length == 0) {
            throw new RejectedFileException(RejectReason.EMPTY, "the file is empty (0 bytes)");
        }
        // also the binary check; XML is parsed from the bytes, as its declaration names the encoding
        final DecodedText decoded = TextDecoder.decode(bytes);
        if (decoded.text().isBlank()) {
            throw new RejectedFileException(
                    RejectReason.EMPTY, "the file holds only whitespace (" + bytes.length + " bytes)");
        }
        final ArticleFormat format = FormatSniffer.sniff(declared, bytes);
        if (format == ArticleFormat.NINJS) {
            return FileItems.single(format, decoded, NinjsReader.read(decoded.text()));
        }
        final FileItems items = switch (format) {
            case RSS, ATOM -> FeedReader.read(format, bytes, maxItemBytes);
            case NEWSML_G2 -> NewsmlG2Reader.read(bytes, decoded, maxItemBytes);
            case JSON_LINES -> JsonLinesReader.read(decoded, jsonLinesFields, maxItemBytes);
            default ->
                throw new RejectedFileException(
                        RejectReason.UNSUPPORTED_FORMAT, "a " + format + " file; ingest does not read this format yet");
        };
        if (items.items() == 0) {
            throw new RejectedFileException(RejectReason.EMPTY, "the " + format + " file holds no item");
        }
        return items;
    }

    /** What was read: the decoded text (the identity is computed on it) and the parsed article. */
    public record Result(DecodedText decoded, ParsedArticle article) {
        public Result {
            Objects.requireNonNull(decoded, "decoded must not be null");
            Objects.requireNonNull(article, "article must not be null");
        }
    }

    /**
     * Reads {@code file} as {@code format}.
     *
     * @throws NoSuchFileException when the file is gone (taken by someone else): nothing to quarantine
     */
    public Result read(final Path file, final ArticleFormat format) throws RejectedFileException, NoSuchFileException {
        final byte[] bytes = readBounded(file);
        if (bytes.length == 0) {
            throw new RejectedFileException(RejectReason.EMPTY, "the file is empty (0 bytes)");
        }
        final DecodedText decoded = format == ArticleFormat.HTML
                ? TextDecoder.decode(bytes, HtmlCharset.declared(bytes))
                : TextDecoder.decode(bytes);
        if (decoded.text().isBlank()) {
            throw new RejectedFileException(
                    RejectReason.EMPTY, "the file holds only whitespace (" + bytes.length + " bytes)");
        }
        final ParsedArticle article = parse(decoded.text(), format);
        if (!article.hasBodyParagraph()) {
            throw new RejectedFileException(
                    RejectReason.NO_PARAGRAPHS,
                    "only a headline" + (article.blocks().isEmpty() ? "" : " and headings")
                            + " were found, no body paragraph");
        }
        return new Result(decoded, article);
    }

    private static ParsedArticle parse(final String text, final ArticleFormat format) throws RejectedFileException {
        if (format == ArticleFormat.HTML) {
            return HtmlArticleExtractor.extract(text)
                    .map(HtmlArticleExtractor.Page::article)
                    .orElseThrow(() -> new RejectedFileException(
                            RejectReason.NO_PARAGRAPHS, "the page has no headline and no body paragraph"));
        }
        return ArticleParser.parse(text, format)
                .orElseThrow(() -> new RejectedFileException(RejectReason.EMPTY, "the file has no text line"));
    }

    private byte[] readBounded(final Path file) throws RejectedFileException, NoSuchFileException {
        try {
            final long size = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .size();
            if (size > maxFileBytes) {
                throw tooLarge(size);
            }
            // NOFOLLOW_LINKS: a link swapped in after the caller looked must not lead out of the inbox
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                // the file may have grown since it was measured: never hold more than the limit in memory
                final byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
                if (bytes.length > maxFileBytes) {
                    throw tooLarge(bytes.length);
                }
                return bytes;
            }
        } catch (final NoSuchFileException e) {
            throw e;
        } catch (final IOException e) {
            throw new RejectedFileException(
                    RejectReason.UNREADABLE,
                    "cannot be read: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                    e);
        }
    }

    private RejectedFileException tooLarge(final long size) {
        return new RejectedFileException(
                RejectReason.TOO_LARGE,
                String.format(
                        Locale.ROOT,
                        "%d bytes is more than the limit of %d bytes (NEWSFLOW_MAX_FILE_BYTES)",
                        size,
                        maxFileBytes));
    }
}
