package io.newsflow.ingest.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads JSON Lines ({@code .jsonl}, {@code .ndjson}, or a {@code .json} holding one object per line): each non-blank
 * line is one JSON object and one article, at its line number; which fields hold what is {@link JsonLinesFields}. A
 * line that is not a JSON object, is longer than the per-item limit, or has no body is a bad item with its line
 * number; the other lines are read. Blank lines are skipped (but counted).
 */
final class JsonLinesReader {

    /** Deep nesting is never an article: refused before it can cost stack. */
    private static final int MAX_NESTING = 64;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING)
                            .build())
                    .build())
            .build();

    private JsonLinesReader() {}

    static FileItems read(final DecodedText decoded, final JsonLinesFields fields, final long maxItemBytes) {
        final ItemArticles items = new ItemArticles(ArticleFormat.JSON_LINES, maxItemBytes);
        final String[] lines = decoded.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            final int lineNumber = i + 1;
            final String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            final int bytes = line.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxItemBytes) {
                items.bad(
                        lineNumber,
                        null,
                        RejectReason.TOO_LARGE,
                        String.format(
                                Locale.ROOT,
                                "line %d holds %d bytes, more than the limit of %d (NEWSFLOW_MAX_ITEM_BYTES)",
                                lineNumber,
                                bytes,
                                maxItemBytes));
                continue;
            }
            final JsonNode object;
            try {
                object = MAPPER.readTree(line);
            } catch (final JsonProcessingException e) {
                items.bad(
                        lineNumber,
                        null,
                        RejectReason.MALFORMED,
                        "line " + lineNumber + " is not well-formed JSON: " + describe(e));
                continue;
            }
            if (object == null || !object.isObject()) {
                items.bad(lineNumber, null, RejectReason.MALFORMED, "line " + lineNumber + " is not a JSON object");
                continue;
            }
            final String id = text(object, fields, JsonLinesFields.Part.ID);
            final String url = text(object, fields, JsonLinesFields.Part.URL);
            final String source = text(object, fields, JsonLinesFields.Part.SOURCE);
            final ItemMetadata metadata = new ItemMetadata(
                    url,
                    text(object, fields, JsonLinesFields.Part.AUTHOR),
                    instant(text(object, fields, JsonLinesFields.Part.PUBLISHED)),
                    source,
                    text(object, fields, JsonLinesFields.Part.LANGUAGE));
            items.add(
                    lineNumber,
                    id != null ? id : url,
                    source,
                    text(object, fields, JsonLinesFields.Part.HEADLINE),
                    text(object, fields, JsonLinesFields.Part.BODY),
                    metadata);
        }
        return items.build(decoded.charset().name());
    }

    /** A parse error's own words and where, without the excerpt of the content Jackson adds. */
    static String describe(final IOException e) {
        if (e instanceof JsonProcessingException json) {
            final String where = json.getLocation() == null
                    ? ""
                    : " (column " + json.getLocation().getColumnNr() + ")";
            return json.getOriginalMessage() + where;
        }
        return e.getMessage();
    }

    /** The first named field present and not blank, as text: numbers as written, arrays of names joined. */
    private static String text(final JsonNode object, final JsonLinesFields fields, final JsonLinesFields.Part part) {
        for (final String name : fields.names(part)) {
            JsonNode node = object;
            for (final String step : name.split("\\.")) {
                node = node == null ? null : node.get(step);
            }
            final String value = valueText(node);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String valueText(final JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode() && !node.isArray()) {
            return null;
        }
        if (node.isArray()) {
            final List<String> values = new ArrayList<>();
            node.forEach(element -> {
                final String value = valueText(element.isObject() ? element.get("name") : element);
                if (value != null && !value.isBlank()) {
                    values.add(value.strip());
                }
            });
            return values.isEmpty() ? null : String.join(", ", values);
        }
        return node.asText();
    }

    /** RFC 3339 text, RFC 822 text, or epoch seconds or milliseconds; anything else is no time. */
    private static Instant instant(final String value) {
        if (value == null) {
            return null;
        }
        if (value.matches("\\d{9,13}")) {
            final long number = Long.parseLong(value);
            return number > 100_000_000_000L ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
        }
        return Timestamps.parse(value).orElse(null);
    }
}
