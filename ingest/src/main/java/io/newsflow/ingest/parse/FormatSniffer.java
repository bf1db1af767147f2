package io.newsflow.ingest.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Tells what an {@code .xml} or {@code .json} file really is from its content. XML: the root element decides —
 * {@code <rss>} is RSS 2.0, {@code <feed>} Atom, {@code <newsItem>}, {@code <newsMessage>} or {@code <packageItem>}
 * NewsML-G2; anything else is unsupported, a DOCTYPE is refused ({@link RejectReason#UNSAFE_XML}). JSON: a file
 * holding one object is ninjs; several objects one after the other (one per line) are JSON Lines; an array or
 * anything else is unsupported. Other formats are returned as they are.
 */
public final class FormatSniffer {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private FormatSniffer() {}

    public static ArticleFormat sniff(final ArticleFormat declared, final byte[] bytes) throws RejectedFileException {
        return switch (declared) {
            case XML -> xml(bytes);
            case JSON -> json(bytes);
            default -> declared;
        };
    }

    private static ArticleFormat xml(final byte[] bytes) throws RejectedFileException {
        final XmlProlog prolog = XmlProlog.of(bytes);
        if (prolog.hasDoctype()) {
            // the same answer the parser would give, before anything is parsed
            SafeXml.parse(bytes);
        }
        final String root = prolog.rootName()
                .orElseThrow(() -> new RejectedFileException(
                        RejectReason.MALFORMED,
                        "no XML root element found in the first " + XmlProlog.MAX_PROLOG_BYTES + " bytes"));
        return switch (root) {
            case "rss" -> ArticleFormat.RSS;
            case "feed" -> ArticleFormat.ATOM;
            case "newsItem", "newsMessage", "packageItem" -> ArticleFormat.NEWSML_G2;
            default ->
                throw new RejectedFileException(
                        RejectReason.UNSUPPORTED_FORMAT,
                        "an XML file whose root "
                                + "element <" + ItemIds.sanitise(root)
                                + "> is none ingest reads (<rss>, Atom <feed>, NewsML-G2 "
                                + "<newsItem>, <newsMessage>, <packageItem>)");
        };
    }

    private static ArticleFormat json(final byte[] bytes) throws RejectedFileException {
        try (JsonParser parser = JSON.createParser(bytes)) {
            final JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                throw new RejectedFileException(
                        RejectReason.UNSUPPORTED_FORMAT,
                        "a JSON array; ingest reads one "
                                + "ninjs object per .json file, or one object per line (JSON Lines, .jsonl)");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new RejectedFileException(RejectReason.MALFORMED, "not a JSON object");
            }
            parser.skipChildren();
            return parser.nextToken() == null ? ArticleFormat.NINJS : ArticleFormat.JSON_LINES;
        } catch (final IOException e) {
            // malformed somewhere: a line-by-line reading tells which lines, a single object is malformed as a whole
            return firstLineIsObject(bytes) ? ArticleFormat.JSON_LINES : malformed(e);
        }
    }

    private static ArticleFormat malformed(final IOException e) throws RejectedFileException {
        throw new RejectedFileException(RejectReason.MALFORMED, "not well-formed JSON: " + JsonLinesReader.describe(e));
    }

    /** Whether the first non-blank line is a whole JSON object: then the file is JSON Lines with bad lines. */
    private static boolean firstLineIsObject(final byte[] bytes) {
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            final String line = new String(bytes, start, end - start, StandardCharsets.UTF_8).strip();
            if (!line.isEmpty()) {
                try (JsonParser parser = JSON.createParser(line)) {
                    if (parser.nextToken() != JsonToken.START_OBJECT) {
                        return false;
                    }
                    parser.skipChildren();
                    return parser.nextToken() == null;
                } catch (final IOException e) {
                    return false;
                }
            }
            start = end + 1;
        }
        return false;
    }
}
