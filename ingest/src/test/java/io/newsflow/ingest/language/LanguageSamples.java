package io.newsflow.ingest.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** The language test set, {@code language/samples.tsv}: texts we wrote in 13 languages. */
public final class LanguageSamples {

    /** One line: a text we wrote in a known language; {@code kind} is short (a headline) or long (a paragraph). */
    public record Sample(String language, String kind, String text) {}

    private LanguageSamples() {}

    public static List<Sample> samples() {
        try (InputStream in = Objects.requireNonNull(
                LanguageSamples.class.getClassLoader().getResourceAsStream("language/samples.tsv"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 3))
                    .map(parts -> new Sample(parts[0], parts[1], parts[2]))
                    .toList();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paragraph of {@code language}. */
    public static String paragraph(final String language) {
        return samples().stream()
                .filter(sample ->
                        sample.language().equals(language) && sample.kind().equals("long"))
                .findFirst()
                .orElseThrow()
                .text();
    }
}
