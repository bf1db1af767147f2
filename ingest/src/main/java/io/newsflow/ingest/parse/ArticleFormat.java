package io.newsflow.ingest.parse;

import java.util.Locale;
import java.util.Optional;

/** The article formats ingest reads, told apart by file name: the extension decides, content is never sniffed. */
public enum ArticleFormat {
    TEXT("text"),
    MARKDOWN("markdown"),
    HTML("html");

    private final String metadataName;

    ArticleFormat(final String metadataName) {
        this.metadataName = metadataName;
    }

    /** The name in the published metadata's {@code format} (see {@code ArticleMetadata.FORMATS}). */
    public String metadataName() {
        return metadataName;
    }

    /** The extensions ingest reads, for messages. */
    public static final String SUPPORTED = ".txt, .text, .md, .markdown, .html, .htm and files without an extension";

    /**
     * The format of a file called {@code fileName}: {@code .txt}, {@code .text} and names without an extension are
     * plain text, {@code .md} and {@code .markdown} are Markdown, {@code .html} and {@code .htm} are HTML pages;
     * anything else is empty (not ours to read).
     */
    public static Optional<ArticleFormat> forFileName(final String fileName) {
        final int dot = fileName.lastIndexOf('.');
        // a leading dot is a hidden file's name, not an extension
        if (dot <= 0) {
            return Optional.of(TEXT);
        }
        return switch (fileName.substring(dot + 1).toLowerCase(Locale.ROOT)) {
            case "txt", "text" -> Optional.of(TEXT);
            case "md", "markdown" -> Optional.of(MARKDOWN);
            case "html", "htm" -> Optional.of(HTML);
            default -> Optional.empty();
        };
    }
}
