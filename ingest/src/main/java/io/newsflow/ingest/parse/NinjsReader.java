package io.newsflow.ingest.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contract.ArticleMetadata;
import io.newsflow.contract.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an IPTC ninjs item (1.x, 2.x and 3.x: the field names of all three) into one article.
 *
 * <ul>
 *   <li>Headline: the {@code headlines} entry whose role is {@code main}, else the first (2.x, 3.x); {@code headline},
 *       else a {@code headline_*} field (1.x). Without one, the body's first block heads the article.</li>
 *   <li>Body: among {@code bodies} (2.x, 3.x) or {@code body_*} fields (1.x), an HTML or XHTML one first (its
 *       structure is richer), read by the same code as an HTML page's content ({@link HtmlArticleExtractor#blocksOf});
 *       else a plain-text one, read as a {@code .txt} body; role {@code main} before others. Without a body, the
 *       {@code descriptions} ({@code description_*}) are the body.</li>
 *   <li>Metadata: {@code by} ({@code byline}); the first of {@code firstcreated}, {@code versioncreated},
 *       {@code contentcreated} that names an instant (3.x: camel case); {@code language} as a hint; {@code uri} as the
 *       external id; {@code copyrightholder} as provider; the names of {@code subjects}, {@code people},
 *       {@code organisations}, {@code places} (1.x: {@code subject}, {@code person}, {@code organisation},
 *       {@code place}).</li>
 * </ul>
 *
 * Malformed JSON or a value that is not an object is {@link RejectReason#MALFORMED}; an item without a body paragraph
 * {@link RejectReason#NO_PARAGRAPHS}. Pure: no I/O.
 */
final class NinjsReader {

    private static final List<String> SUBJECT_FIELDS =
            List.of("subjects", "subject", "people", "person", "organisations", "organisation", "places", "place");

    private NinjsReader() {}

    static ParsedArticle read(final String json) throws RejectedFileException {
        final JsonNode item;
        try {
            item = Json.MAPPER.readTree(json);
        } catch (final JsonProcessingException e) {
            throw new RejectedFileException(RejectReason.MALFORMED, "not well-formed JSON: " + e.getOriginalMessage());
        }
        if (item == null || !item.isObject()) {
            throw new RejectedFileException(RejectReason.MALFORMED, "a ninjs item is a JSON object");
        }
        final List<Block> blocks =
                new ArrayList<>(body(item).map(ItemArticles::blocks).orElse(List.of()));
        final Optional<String> headline = headline(item);
        if (headline.isEmpty() && blocks.isEmpty()) {
            throw new RejectedFileException(
                    RejectReason.NO_PARAGRAPHS,
                    "the ninjs item has neither a headline nor a" + " body (bodies, body_*, descriptions)");
        }
        final ArticleMetadata metadata = metadata(item);
        final ParsedArticle article = ParsedArticle.headedBy(headline, blocks, metadata);
        if (!article.hasBodyParagraph()) {
            throw new RejectedFileException(
                    RejectReason.NO_PARAGRAPHS,
                    "the ninjs item has no body paragraph"
                            + (blocks.isEmpty() ? " (no bodies, body_* or descriptions)" : ""));
        }
        return article;
    }

    private static Optional<String> headline(final JsonNode item) {
        return byRole(item.path("headlines"))
                .or(() -> text(item, "headline"))
                .or(() -> prefixed(item, "headline_", false))
                .map(ItemArticles::titleText)
                .filter(text -> !text.isEmpty());
    }

    /** The body to read: HTML before plain text, role {@code main} first; else the descriptions. */
    private static Optional<String> body(final JsonNode item) {
        final List<JsonNode> bodies = new ArrayList<>();
        item.path("bodies").forEach(bodies::add);
        final Optional<String> structured = best(bodies);
        if (structured.isPresent()) {
            return structured;
        }
        final Optional<String> legacy = prefixed(item, "body_", true);
        if (legacy.isPresent()) {
            return legacy;
        }
        final List<JsonNode> descriptions = new ArrayList<>();
        item.path("descriptions").forEach(descriptions::add);
        return best(descriptions).or(() -> prefixed(item, "description_", true));
    }

    /** Of {@code role}/{@code contenttype}/{@code value} entries: an HTML one, else any; role main first. */
    private static Optional<String> best(final List<JsonNode> entries) {
        Optional<String> plain = Optional.empty();
        for (final JsonNode entry : ordered(entries)) {
            final Optional<String> value = text(entry, "value");
            if (value.isEmpty()) {
                continue;
            }
            if (isHtml(
                    text(entry, "contenttype")
                            .or(() -> text(entry, "contentType"))
                            .orElse(""),
                    value.get())) {
                return value;
            }
            plain = plain.or(() -> value);
        }
        return plain;
    }

    private static List<JsonNode> ordered(final List<JsonNode> entries) {
        final List<JsonNode> main = new ArrayList<>();
        final List<JsonNode> others = new ArrayList<>();
        for (final JsonNode entry : entries) {
            (text(entry, "role").filter("main"::equalsIgnoreCase).isPresent() ? main : others).add(entry);
        }
        main.addAll(others);
        return main;
    }

    /** 1.x {@code body_html}, {@code body_text}, … : an HTML one first, else the first with text. */
    private static Optional<String> prefixed(final JsonNode item, final String prefix, final boolean preferHtml) {
        Optional<String> first = Optional.empty();
        for (final Iterator<Map.Entry<String, JsonNode>> fields = item.fields(); fields.hasNext(); ) {
            final Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().startsWith(prefix)
                    || !field.getValue().isTextual()
                    || field.getValue().asText().isBlank()) {
                continue;
            }
            final String value = field.getValue().asText();
            if (preferHtml && isHtml(field.getKey(), value)) {
                return Optional.of(value);
            }
            first = first.or(() -> Optional.of(value));
        }
        return first;
    }

    private static boolean isHtml(final String contentType, final String value) {
        final String type = contentType.toLowerCase(Locale.ROOT);
        return type.contains("html")
                || type.endsWith("_richtext")
                || value.stripLeading().startsWith("<");
    }

    private static Optional<String> byRole(final JsonNode entries) {
        final List<JsonNode> list = new ArrayList<>();
        entries.forEach(list::add);
        return ordered(list).stream()
                .map(entry -> text(entry, "value"))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static ArticleMetadata metadata(final JsonNode item) {
        final Optional<String> published = firstInstant(
                item,
                "firstcreated",
                "firstCreated",
                "versioncreated",
                "versionCreated",
                "contentcreated",
                "contentCreated");
        return new ArticleMetadata(
                ArticleFormat.NINJS.metadataName(),
                null,
                text(item, "by")
                        .or(() -> text(item, "byline"))
                        .map(ArticleParser::collapse)
                        .orElse(null),
                published.flatMap(Timestamps::parse).orElse(null),
                text(item, "language").flatMap(ArticleLanguage::declared).orElse(null),
                text(item, "copyrightholder")
                        .or(() -> text(item, "copyrightHolder"))
                        .map(ArticleParser::collapse)
                        .orElse(null),
                text(item, "uri").map(ItemIds::sanitise).orElse(null),
                subjects(item));
    }

    private static Optional<String> firstInstant(final JsonNode item, final String... fields) {
        for (final String field : fields) {
            final Optional<String> value =
                    text(item, field).filter(v -> Timestamps.parse(v).isPresent());
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static List<String> subjects(final JsonNode item) {
        final Set<String> names = new LinkedHashSet<>();
        for (final String field : SUBJECT_FIELDS) {
            for (final JsonNode subject : item.path(field)) {
                text(subject, "name").map(ArticleParser::collapse).ifPresent(names::add);
            }
        }
        return List.copyOf(names);
    }

    private static Optional<String> text(final JsonNode node, final String field) {
        final JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank()
                ? Optional.of(value.asText().strip())
                : Optional.empty();
    }
}
