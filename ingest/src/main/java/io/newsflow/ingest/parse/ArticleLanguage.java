package io.newsflow.ingest.parse;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import io.newsflow.ingest.language.TrigramDetector;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * An article's language as an ISO 639-1 code, detected from its text as Lingua's low-accuracy mode detects it (its
 * rules and trigram models of {@link #LANGUAGES}, the languages most news is written in), computed by
 * {@link TrigramDetector} on one table of Lingua's models. The language a source declares is a hint, not the answer:
 * pages and feeds often declare their site's language, or a template's default, whatever the article's. The declared
 * language wins only when the text cannot decide: too little text, a language the detector does not know, or a near
 * tie with the detected one (Danish and Norwegian Bokmål, say).
 *
 * <p>Only the first {@value #SAMPLE_CHARS} characters of the headline and body are read: a headline and a lead
 * sentence or two, twice the length from which every paragraph of the test set is already decided (150 characters),
 * and the cost of an article stays bounded whatever its length (about 0.05 CPU-ms for 300 characters, on the calling
 * thread; see docs/formats.md). Thread-safe; the models (9 MB of arrays) load on the first article, in about half a second of
 * CPU, and are shared.
 */
public final class ArticleLanguage {

    /** The languages the detector tells apart. */
    public static final Set<Language> LANGUAGES = Collections.unmodifiableSet(EnumSet.of(
            Language.ARABIC,
            Language.BOKMAL,
            Language.CHINESE,
            Language.CROATIAN,
            Language.CZECH,
            Language.DANISH,
            Language.DUTCH,
            Language.ENGLISH,
            Language.FINNISH,
            Language.FRENCH,
            Language.GERMAN,
            Language.GREEK,
            Language.HEBREW,
            Language.HUNGARIAN,
            Language.INDONESIAN,
            Language.ITALIAN,
            Language.JAPANESE,
            Language.KOREAN,
            Language.POLISH,
            Language.PORTUGUESE,
            Language.ROMANIAN,
            Language.RUSSIAN,
            Language.SPANISH,
            Language.SWEDISH,
            Language.TURKISH,
            Language.UKRAINIAN));

    static final int SAMPLE_CHARS = 300;
    /** Fewer letters than this do not decide a language; the declared one, if any, is kept. */
    static final int MIN_LETTERS = 12;
    /** A declared language whose confidence is this close to the detected one's wins the tie. */
    static final double TIE = 0.15;

    private ArticleLanguage() {}

    /** Built on first use: the models take heap and load time that readers of plain declared tags should not pay. */
    private static final class Detector {
        // Lingua's low-accuracy mode (trigram models only), computed with its models in one table: Lingua's own
        // results for a fraction of its CPU (see docs/formats.md)
        static final TrigramDetector INSTANCE = TrigramDetector.of(LANGUAGES);
    }

    /** {@code article} with its language decided from its text, its declared language (in its metadata) a hint. */
    public static ParsedArticle detect(final ParsedArticle article) {
        final Optional<String> language =
                of(sample(article), Optional.ofNullable(article.metadata().language()));
        return article.withMetadata(article.metadata().withLanguage(language.orElse(null)));
    }

    /** The text the language is decided from: the headline and body, up to {@value #SAMPLE_CHARS} characters. */
    public static String sample(final ParsedArticle article) {
        final StringBuilder sample = new StringBuilder(article.headline());
        for (final Block block : article.blocks()) {
            if (sample.length() >= SAMPLE_CHARS) {
                break;
            }
            sample.append('\n').append(block.text());
        }
        return sample.length() > SAMPLE_CHARS ? sample.substring(0, SAMPLE_CHARS) : sample.toString();
    }

    /** The ISO 639-1 code of the language {@code text} is written in, {@code declared} (an ISO 639-1 code) a hint. */
    static Optional<String> of(final String text, final Optional<String> declared) {
        if (text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return declared;
        }
        final SortedMap<Language, Double> confidences = Detector.INSTANCE.confidences(text);
        if (confidences.isEmpty()) {
            return declared;
        }
        final Map.Entry<Language, Double> best = confidences.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow();
        final Optional<Language> hint = declared.flatMap(ArticleLanguage::known);
        if (declared.isPresent() && hint.isEmpty()) {
            // a language the detector cannot tell: it can neither confirm nor refute the declaration
            return declared;
        }
        if (hint.isPresent() && confidences.getOrDefault(hint.get(), 0.0) >= best.getValue() - TIE) {
            return declared;
        }
        return Optional.of(code(best.getKey()));
    }

    private static Optional<Language> known(final String code) {
        return LANGUAGES.stream()
                .filter(language -> code(language).equals(code))
                .findFirst();
    }

    private static String code(final Language language) {
        final IsoCode639_1 iso = language.getIsoCode639_1();
        return iso.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The ISO 639-1 code of a declared language tag ({@code en-US}, {@code de_DE}, {@code EN}), or empty when the tag
     * names no language with a two-letter code (three-letter codes of languages that have one, such as {@code deu},
     * are mapped to it).
     */
    public static Optional<String> declared(final String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        final String language;
        try {
            language = new Locale.Builder()
                    .setLanguageTag(tag.strip().replace('_', '-'))
                    .build()
                    .getLanguage();
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
