package io.newsflow.ingest.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a plain-text section heading from a paragraph, by its shape only: a heading is short (at most
 * {@value #MAX_WORDS} words), starts with a capital, ends without sentence punctuation or a closing quote, quotes no
 * one, and is written in title case (at least {@value #MIN_CAPITALISED_PERCENT}% of its content words capitalised;
 * articles, conjunctions and short prepositions do not count).
 *
 * <p>The rule is deliberately conservative: a one-line sentence ending in a period, a quotation or a sentence-case line
 * stays a paragraph, because a paragraph lost as a heading costs more downstream than a heading kept as a paragraph.
 */
public final class HeadingDetector {

    static final int MAX_WORDS = 14;
    static final int MIN_CAPITALISED_PERCENT = 80;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Sentence ends, list separators and closing quotes: a line ending in one of these is prose. */
    private static final String PROSE_ENDINGS = ".!?;:,…\"'”’»";
    /** Double quotes and opening single quotes; a plain apostrophe is left alone ({@code Europe's}). */
    private static final String QUOTATION_MARKS = "\"“”„«»‘";
    /** Brackets, dashes and separators around a word, which say nothing about its case. */
    private static final String EDGE_PUNCTUATION = "()[]{}'’:,;-–—/&";
    /** Words title case leaves in lower case (English): articles, conjunctions, short prepositions. */
    private static final Set<String> MINOR_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "as", "if", "than", "of", "in", "on", "at", "to",
            "for", "from", "by", "with", "via", "vs", "vs.", "per", "into", "onto", "over", "amid", "upon", "off",
            "out", "up", "down", "near", "past", "like", "after", "before", "about", "against", "between", "through",
            "during", "without", "within", "under", "among", "across", "behind", "beyond", "toward", "towards", "since",
            "until");

    private HeadingDetector() {}

    public static boolean isHeading(final String line) {
        final String text = line.strip();
        if (text.isEmpty() || endsLikeProse(text) || quotes(text)) {
            return false;
        }
        final String[] words = WHITESPACE.split(text);
        return words.length <= MAX_WORDS && startsWithCapital(words) && isTitleCase(words);
    }

    private static boolean endsLikeProse(final String text) {
        return PROSE_ENDINGS.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static boolean quotes(final String text) {
        return text.chars().anyMatch(c -> QUOTATION_MARKS.indexOf(c) >= 0);
    }

    private static boolean startsWithCapital(final String[] words) {
        for (final String word : words) {
            final int first = firstLetter(word);
            if (first >= 0) {
                return Character.isUpperCase(first);
            }
        }
        return false;
    }

    private static boolean isTitleCase(final String[] words) {
        int content = 0;
        int capitalised = 0;
        for (final String word : words) {
            final int first = firstLetter(word);
            // numbers, amounts and symbols (2025, €20, &) say nothing about case
            if (first < 0 || MINOR_WORDS.contains(stripPunctuation(word).toLowerCase(Locale.ROOT))) {
                continue;
            }
            content++;
            if (Character.isUpperCase(first)) {
                capitalised++;
            }
        }
        return content > 0 && capitalised * 100 >= content * MIN_CAPITALISED_PERCENT;
    }

    /** The word's first code point if it is a letter (after opening brackets), else -1. */
    private static int firstLetter(final String word) {
        final String stripped = stripPunctuation(word);
        if (stripped.isEmpty()) {
            return -1;
        }
        final int first = stripped.codePointAt(0);
        return Character.isLetter(first) ? first : -1;
    }

    private static String stripPunctuation(final String word) {
        int start = 0;
        int end = word.length();
        while (start < end && isEdgePunctuation(word.charAt(start))) {
            start++;
        }
        while (end > start && isEdgePunctuation(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end);
    }

    private static boolean isEdgePunctuation(final char c) {
        return EDGE_PUNCTUATION.indexOf(c) >= 0;
    }
}
