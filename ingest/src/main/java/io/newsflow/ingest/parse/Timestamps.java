package io.newsflow.ingest.parse;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the publication times sources write into instants: ISO-8601 with an offset or {@code Z} (HTML meta tags, ninjs,
 * NewsML-G2, Atom; with or without a colon in the offset, with or without fractions of a second) and RFC 1123 / RFC 822
 * (RSS {@code pubDate}). A time without a zone, or a date alone, is not an instant: it is left out rather than guessed.
 */
public final class Timestamps {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .appendPattern("XX")
                    .toFormatter(Locale.ROOT),
            DateTimeFormatter.RFC_1123_DATE_TIME);

    private Timestamps() {}

    /** The instant {@code value} names, or empty when it names none (or is null). */
    public static Optional<Instant> parse(final String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        final String text = value.strip();
        for (final DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(
                        format == DateTimeFormatter.RFC_1123_DATE_TIME
                                ? ZonedDateTime.parse(text, format).toInstant()
                                : OffsetDateTime.parse(text, format).toInstant());
            } catch (final DateTimeParseException e) {
                // not this format: try the next
            }
        }
        return Optional.empty();
    }
}
