package io.newsflow.ingest.parse;

import java.util.Locale;
import java.util.Optional;

/**
 * The article formats ingest reads. The file name's extension decides for text, Markdown and HTML; an {@code .xml}
 * or {@code .json} file is {@link #XML} or {@link #JSON} until {@link FormatSniffer} has looked at its content and
 * named the format it really is (RSS, Atom or NewsML-G2; ninjs or JSON Lines).
 */
public enum ArticleFormat {
    TEXT("text"),
    MARKDOWN("markdown"),
    HTML("html"),
    /** An XML file whose format is not known yet: its root element decides ({@link FormatSniffer}). */
    XML("xml"),
    /** A JSON file whose format is not known yet: one object (ninjs) or one object per line (JSON Lines). */
    JSON("json"),
    RSS("rss"),
    ATOM("atom"),
    NEWSML_G2("newsml-g2"),
    NINJS("ninjs"),
    JSON_LINES("jsonl");

    private final String metadataName;

    ArticleFormat(final String metadataName) {
        this.metadataName = metadataName;
    }

    /**
     * The name in the published metadata's {@code format} (see {@code ArticleMetadata.FORMATS}); {@link #XML} and
     * {@link #JSON} are never published: a file is sniffed into one of the others before it is read.
     */
    public String metadataName() {
        return metadataName;
    }

    /** The extensions ingest reads, for messages. */
    public static final String SUPPORTED = ".txt, .text, .md, .markdown, .html, .htm, .xml, .rss, .atom, .json, "
            + ".jsonl, .ndjson and files without an extension";

    /**
     * The format of a file called {@code fileName}: {@code .txt}, {@code .text} and names without an extension are
     * plain text, {@code .md} and {@code .markdown} are Markdown, {@code .html} and {@code .htm} are HTML pages,
     * {@code .xml}, {@code .rss} and {@code .atom} are XML and {@code .json} is JSON (both sniffed further),
     * {@code .jsonl} and {@code .ndjson} are JSON Lines; anything else is empty (not ours to read).
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
            case "xml", "rss", "atom" -> Optional.of(XML);
            case "json" -> Optional.of(JSON);
            case "jsonl", "ndjson" -> Optional.of(JSON_LINES);
            default -> Optional.empty();
        };
    }

    /** Whether the content, not the name, still has to tell which format this is. */
    public boolean isSniffed() {
        return this == XML || this == JSON;
    }
}
