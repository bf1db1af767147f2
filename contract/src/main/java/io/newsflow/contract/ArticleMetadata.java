package io.newsflow.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What is known about an article besides its text: the format it was read from, and what the file or its provider
 * said about it. Every field but {@code format} is optional (null when unknown, left out of the JSON) so that a format
 * without such data, and consumers written before a field existed, both keep working. Schema:
 * {@code schemas/article-metadata.schema.json}.
 *
 * <ul>
 *   <li>{@code format}: the reader that read it — one of {@link #FORMATS}.</li>
 *   <li>{@code url}: the article's own (canonical) address, as the source gave it.</li>
 *   <li>{@code byline}: the author line as the source gave it.</li>
 *   <li>{@code publishedAt}: when the source says it was published (or last versioned), only when the source's value
 *       could be read as an instant; a value without a time zone is left out rather than guessed.</li>
 *   <li>{@code language}: the ISO 639-1 code of the language the text is written in, as detected from the text (the
 *       declared language is a hint, not the answer); absent when neither could tell.</li>
 *   <li>{@code provider}: who delivered or published it (agency, site name).</li>
 *   <li>{@code externalId}: the provider's identifier of the item (a ninjs {@code uri}, a NewsML-G2 {@code guid}, an
 *       RSS {@code guid} or Atom {@code id}). Not the article id: identity stays derived from content.</li>
 *   <li>{@code subjects}: subjects, people, organisations and places the provider tagged the item with, as names; empty
 *       (and left out) when it named none.</li>
 * </ul>
 *
 * <p>{@code format} is a string rather than an enum so that a consumer built before a new format existed can still
 * read its records.
 */
public record ArticleMetadata(
        String format,
        String url,
        String byline,
        Instant publishedAt,
        String language,
        String provider,
        String externalId,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> subjects) {

    /** The formats ingest reads, as named in {@code format}. */
    public static final Set<String> FORMATS =
            Set.of("text", "markdown", "html", "ninjs", "newsml-g2", "rss", "atom", "jsonl");

    private static final Pattern ISO_639_1 = Pattern.compile("[a-z]{2}");

    public ArticleMetadata {
        Fields.notBlank(format, "format");
        optional(url, "url");
        optional(byline, "byline");
        optional(provider, "provider");
        optional(externalId, "externalId");
        if (language != null && !ISO_639_1.matcher(language).matches()) {
            throw new IllegalArgumentException("language must be a lower-case ISO 639-1 code, was " + language);
        }
        subjects = Fields.listOf(subjects);
        subjects.forEach(subject -> Fields.notBlank(subject, "subjects[]"));
    }

    /** Only the format is known. */
    public static ArticleMetadata of(final String format) {
        return new ArticleMetadata(format, null, null, null, null, null, null, List.of());
    }

    /** This metadata with {@code language} (null: unknown) instead of its own. */
    public ArticleMetadata withLanguage(final String language) {
        return new ArticleMetadata(format, url, byline, publishedAt, language, provider, externalId, subjects);
    }

    private static void optional(final String value, final String field) {
        if (value != null) {
            Fields.notBlank(value, field);
        }
    }
}
