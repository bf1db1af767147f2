package io.newsflow.ingest.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which JSON field of a JSON Lines object holds which part of the article. Each part has default names, tried in
 * order: headline {@code headline, title}; body {@code body, text, content} (HTML or plain text); url
 * {@code url, link}; published {@code published, publishedAt, date}; author {@code author, byline}; id
 * {@code id, guid}; source {@code source, provider}; language {@code language, lang}. A setting
 * ({@code NEWSFLOW_JSONL_FIELDS=headline=title_field,body=article_text}) names other fields, tried before the defaults;
 * {@code |} separates several names for one part and a dot reaches into objects ({@code body=content.html}).
 */
public final class JsonLinesFields {

    /** The article parts a JSON line can map. */
    public enum Part {
        HEADLINE("headline", "title"),
        BODY("body", "text", "content"),
        URL("url", "link"),
        PUBLISHED("published", "publishedAt", "date"),
        AUTHOR("author", "byline"),
        ID("id", "guid"),
        SOURCE("source", "provider"),
        LANGUAGE("language", "lang");

        private final List<String> defaults;

        Part(final String... defaults) {
            this.defaults = List.of(defaults);
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final JsonLinesFields DEFAULT = new JsonLinesFields(Map.of());

    private final Map<Part, List<String>> names = new EnumMap<>(Part.class);

    private JsonLinesFields(final Map<Part, List<String>> configured) {
        for (final Part part : Part.values()) {
            final List<String> tried = new ArrayList<>(configured.getOrDefault(part, List.of()));
            part.defaults.stream().filter(name -> !tried.contains(name)).forEach(tried::add);
            names.put(part, List.copyOf(tried));
        }
    }

    /**
     * Parses {@code part=name[|name…],…}; blank means the defaults.
     *
     * @throws IllegalArgumentException naming the part or entry that is wrong and the parts allowed
     */
    public static JsonLinesFields parse(final String setting) {
        if (setting == null || setting.isBlank()) {
            return DEFAULT;
        }
        final Map<Part, List<String>> configured = new LinkedHashMap<>();
        for (final String entry : setting.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            final int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new IllegalArgumentException("'" + entry.strip() + "' is not part=field; parts: " + parts());
            }
            final String key = entry.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            final Part part = java.util.Arrays.stream(Part.values())
                    .filter(p -> p.key().equals(key))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown part '" + key + "'; parts: " + parts()));
            final List<String> fields = new ArrayList<>();
            for (final String field : entry.substring(equals + 1).split("\\|")) {
                if (field.isBlank()) {
                    throw new IllegalArgumentException("an empty field name for " + key);
                }
                fields.add(field.strip());
            }
            configured.merge(part, fields, (a, b) -> {
                final List<String> merged = new ArrayList<>(a);
                merged.addAll(b);
                return merged;
            });
        }
        return new JsonLinesFields(configured);
    }

    /** The field names tried for {@code part}, in order. */
    public List<String> names(final Part part) {
        return names.get(part);
    }

    private static String parts() {
        return java.util.Arrays.stream(Part.values())
                .map(Part::key)
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    @Override
    public String toString() {
        return names.toString();
    }
}
