package io.newsflow.ingest.parse;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/**
 * An article's language as an ISO 639-1 code. {@link #declared(String)} reads what a source declares ({@code en-US},
 * {@code de_DE}, {@code EN}) into its two-letter code.
 */
public final class ArticleLanguage {

    private ArticleLanguage() {
    }

    /**
     * The ISO 639-1 code of a declared language tag, or empty when the tag names no language with a two-letter code
     * (three-letter codes of languages that have one, such as {@code deu}, are mapped to it).
     */
    public static Optional<String> declared(final String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        final String language;
        try {
            language = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build().getLanguage();
        } catch (final IllformedLocaleException e) {
            return Optional.empty();
        }
        if (language.length() == 2) {
            return Optional.of(language);
        }
        if (language.length() == 3) {
            for (final String code : Locale.getISOLanguages()) {
                if (new Locale(code).getISO3Language().equals(language)) {
                    return Optional.of(code);
                }
            }
        }
        return Optional.empty();
    }
}
