package io.newsflow.tagger.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-style NER files: one token per line, the token first and the tag last, separated by tabs (or, without
 * a tab, by white space); a blank line ends a sentence. {@code -DOCSTART-} lines and {@code # newdoc} comments start a
 * new document; other lines starting with {@code "# "} are comments, except three that carry text: {@code # text = …}
 * before a sentence's tokens is the text they were cut from, and {@code # headline = …} and {@code # heading = …} in a
 * document give its headline and headings (see {@link ConllDocument}, {@link ConllSentence}). A file without document
 * marks is one document.
 */
public final class ConllReader {

    /** The comment giving a sentence's original text (as in Universal Dependencies files). */
    static final String TEXT = "# text = ";
    /** The comment giving a document's headline. */
    static final String HEADLINE = "# headline = ";
    /** The comment giving one of a document's headings. */
    static final String HEADING = "# heading = ";

    private ConllReader() {}

    /** Reads a UTF-8 file; error messages name it. */
    public static List<ConllDocument> read(final Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    /**
     * @param source names the input in error messages
     * @throws IllegalArgumentException naming the source and line when a line has no tag
     */
    public static List<ConllDocument> read(final BufferedReader reader, final String source) throws IOException {
        final List<ConllDocument> documents = new ArrayList<>();
        List<ConllSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String text = null;
        String headline = null;
        List<String> headings = new ArrayList<>();
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            final String stripped = line.strip();
            final boolean docStart = stripped.startsWith("-DOCSTART-") || stripped.startsWith("# newdoc");
            if (stripped.isEmpty() || docStart || stripped.startsWith("# ")) {
                if (!tokens.isEmpty()) {
                    sentences.add(new ConllSentence(tokens, tags, text));
                    tokens = new ArrayList<>();
                    tags = new ArrayList<>();
                    text = null;
                }
                if (docStart && !sentences.isEmpty()) {
                    documents.add(new ConllDocument(sentences, headline, headings));
                    sentences = new ArrayList<>();
                    headline = null;
                    headings = new ArrayList<>();
                }
                if (stripped.startsWith(TEXT)) {
                    text = stripped.substring(TEXT.length()).strip();
                } else if (stripped.startsWith(HEADLINE)) {
                    headline = stripped.substring(HEADLINE.length()).strip();
                } else if (stripped.startsWith(HEADING)) {
                    headings.add(stripped.substring(HEADING.length()).strip());
                }
                continue;
            }
            final int tab = line.indexOf('\t');
            final String token;
            final String tag;
            if (tab > 0) {
                token = line.substring(0, tab);
                final int lastTab = line.lastIndexOf('\t');
                tag = line.substring(lastTab + 1).strip();
            } else {
                final String[] fields = stripped.split("\\s+");
                if (fields.length < 2) {
                    throw new IllegalArgumentException(source + ":" + lineNumber + ": no tag after the token: " + line);
                }
                token = fields[0];
                tag = fields[fields.length - 1];
            }
            if (!isTag(tag)) {
                throw new IllegalArgumentException(source + ":" + lineNumber + ": not a BIO/IOB tag: " + tag);
            }
            tokens.add(token);
            tags.add(tag);
        }
        if (!tokens.isEmpty()) {
            sentences.add(new ConllSentence(tokens, tags, text));
        }
        if (!sentences.isEmpty()) {
            documents.add(new ConllDocument(sentences, headline, headings));
        }
        return documents;
    }

    private static boolean isTag(final String tag) {
        return tag.equals("O") || tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-"));
    }
}
