package io.newsflow.ingest.language;

import com.github.pemistahl.lingua.api.Language;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Lingua 1.2.2's low-accuracy language detection (its rules, then its trigram models with their fallback to bigrams
 * and unigrams), with the same results at a fraction of the cost: {@link #confidences} returns what Lingua's
 * {@code LanguageDetector.computeLanguageConfidenceValues} returns for a detector of the same languages in
 * low-accuracy mode, up to the rounding of float sums added in another order ({@code TrigramDetectorTest} compares
 * them). What costs in Lingua is not the arithmetic but its look-ups: each distinct trigram of the text is looked up
 * as a {@code String} in each candidate language's map (and its bigram and unigram where the trigram is missing), each
 * look-up behind a lock, the whole call handed to the common fork-join pool. Here each n-gram is looked up once, as a
 * {@code long}, for all languages ({@link NgramTable}), on the calling thread.
 *
 * <p>Thread-safe. Building one reads Lingua's models from its jar: about half a second of CPU and 9 MB of heap for 26
 * languages, against Lingua's 0.7-0.8 s and 29 MB for the first detection of an English text.
 */
public final class TrigramDetector {

    private final List<Language> languages;
    private final ScriptRules rules;
    private final NgramTable table;

    private TrigramDetector(final List<Language> languages) {
        this.languages = languages;
        this.rules = new ScriptRules(Set.copyOf(languages));
        this.table = NgramTable.load(languages);
    }

    /** A detector of {@code languages} (at most 31; each needs its scripts in {@link ScriptRules#SCRIPTS}). */
    public static TrigramDetector of(final Set<Language> languages) {
        if (languages.size() > Integer.SIZE - 1) {
            throw new IllegalArgumentException("At most 31 languages, not " + languages.size());
        }
        return new TrigramDetector(languages.stream().sorted().toList());
    }

    /**
     * Every language {@code text} can be in with its confidence relative to the most likely one (1.0), highest first
     * (then by language), as Lingua computes them; empty when there is no letter or no n-gram of any candidate.
     */
    public SortedMap<Language, Double> confidences(final String text) {
        final String cleaned = clean(text);
        if (cleaned.isEmpty() || cleaned.codePoints().noneMatch(Character::isLetter)) {
            return new TreeMap<>();
        }
        final List<String> words = words(cleaned);
        final Language byRules = rules.decide(words);
        if (byRules != Language.UNKNOWN) {
            return certain(byRules);
        }
        final Set<Language> candidates = rules.candidates(words);
        if (candidates.size() == 1) {
            return certain(candidates.iterator().next());
        }
        if (cleaned.length() < 3) {
            return new TreeMap<>();
        }
        int candidateBits = 0;
        for (final Language language : candidates) {
            candidateBits |= 1 << languages.indexOf(language);
        }
        final float[] sums = new float[languages.size()];
        for (final long trigram : distinctTrigrams(cleaned)) {
            // Lingua's fallback: a language without the trigram is scored by its bigram, else by its first letter
            int missing = table.addTerms(trigram, candidateBits, sums);
            if (missing != 0) {
                missing = table.addTerms(trigram & ~0xFFFFL & ~(3L << 48) | 2L << 48, missing, sums);
            }
            if (missing != 0) {
                table.addTerms(trigram & ~0xFFFFFFFFL & ~(3L << 48) | 1L << 48, missing, sums);
            }
        }
        final Map<Language, Float> scored = new EnumMap<>(Language.class);
        float highest = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < sums.length; i++) {
            if ((candidateBits & 1 << i) != 0 && sums[i] < 0) {
                scored.put(languages.get(i), sums[i]);
                highest = Math.max(highest, sums[i]);
            }
        }
        final Map<Language, Double> confidences = new EnumMap<>(Language.class);
        for (final Map.Entry<Language, Float> entry : scored.entrySet()) {
            confidences.put(entry.getKey(), (double) (highest / entry.getValue()));
        }
        final SortedMap<Language, Double> sorted = new TreeMap<>(Comparator.comparing(
                        (Language language) -> confidences.get(language),
                        Comparator.nullsLast(Comparator.<Double>reverseOrder()))
                .thenComparing(Comparator.naturalOrder()));
        sorted.putAll(confidences);
        return sorted;
    }

    private static SortedMap<Language, Double> certain(final Language language) {
        final SortedMap<Language, Double> values = new TreeMap<>();
        values.put(language, 1.0);
        return values;
    }

    /**
     * Lingua's clean-up: trimmed (of Kotlin's whitespace, which includes no-break spaces), lower-cased, without
     * punctuation ({@code \p{P}}) and numbers ({@code \p{N}}), runs of ASCII whitespace ({@code \s}) made one space.
     */
    static String clean(final String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isKotlinWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && isKotlinWhitespace(text.charAt(end - 1))) {
            end--;
        }
        final String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        final StringBuilder cleaned = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            final int codePoint = lower.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isPunctuationOrNumber(codePoint)) {
                continue;
            }
            if (isAsciiWhitespace(codePoint)) {
                if (cleaned.isEmpty() || cleaned.charAt(cleaned.length() - 1) != ' ') {
                    cleaned.append(' ');
                }
            } else {
                cleaned.appendCodePoint(codePoint);
            }
        }
        return cleaned.toString();
    }

    private static boolean isKotlinWhitespace(final char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isAsciiWhitespace(final int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isPunctuationOrNumber(final int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Lingua's words: split at spaces, every Han, kana or Hangul char a word of its own. */
    static List<String> words(final String cleaned) {
        final List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cleaned.length(); i++) {
            final char c = cleaned.charAt(i);
            if (c == ' ' || isLogogram(c)) {
                if (start != i) {
                    words.add(cleaned.substring(start, i));
                }
                if (c != ' ') {
                    words.add(String.valueOf(c));
                }
                start = i + 1;
            }
        }
        if (start != cleaned.length()) {
            words.add(cleaned.substring(start));
        }
        return words;
    }

    private static boolean isLogogram(final char c) {
        if (isKotlinWhitespace(c)) {
            return false;
        }
        final UnicodeScript script = ScriptRules.script(c);
        return script == UnicodeScript.HAN
                || script == UnicodeScript.HIRAGANA
                || script == UnicodeScript.KATAKANA
                || script == UnicodeScript.HANGUL;
    }

    /** The distinct trigrams of {@code cleaned} made of letters only, as {@link NgramTable} keys, in key order. */
    static long[] distinctTrigrams(final String cleaned) {
        final long[] keys = new long[Math.max(0, cleaned.length() - 2)];
        int count = 0;
        for (int i = 0; i + 3 <= cleaned.length(); i++) {
            if (allLetters(cleaned, i, i + 3)) {
                keys[count++] = NgramTable.key(3, cleaned.charAt(i), cleaned.charAt(i + 1), cleaned.charAt(i + 2));
            }
        }
        Arrays.sort(keys, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || keys[distinct - 1] != keys[i]) {
                keys[distinct++] = keys[i];
            }
        }
        return Arrays.copyOf(keys, distinct);
    }

    /** Whether every code point of {@code text[from, to)} is a letter, a surrogate cut off at either end none. */
    private static boolean allLetters(final String text, final int from, final int to) {
        for (int i = from; i < to; ) {
            final char c = text.charAt(i);
            int codePoint = c;
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                codePoint = Character.toCodePoint(c, text.charAt(i + 1));
            }
            if (!Character.isLetter(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
