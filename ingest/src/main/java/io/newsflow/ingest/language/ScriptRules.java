package io.newsflow.ingest.language;

import static com.github.pemistahl.lingua.api.Language.AFRIKAANS;
import static com.github.pemistahl.lingua.api.Language.ALBANIAN;
import static com.github.pemistahl.lingua.api.Language.ARABIC;
import static com.github.pemistahl.lingua.api.Language.ARMENIAN;
import static com.github.pemistahl.lingua.api.Language.AZERBAIJANI;
import static com.github.pemistahl.lingua.api.Language.BASQUE;
import static com.github.pemistahl.lingua.api.Language.BELARUSIAN;
import static com.github.pemistahl.lingua.api.Language.BENGALI;
import static com.github.pemistahl.lingua.api.Language.BOKMAL;
import static com.github.pemistahl.lingua.api.Language.BOSNIAN;
import static com.github.pemistahl.lingua.api.Language.BULGARIAN;
import static com.github.pemistahl.lingua.api.Language.CATALAN;
import static com.github.pemistahl.lingua.api.Language.CHINESE;
import static com.github.pemistahl.lingua.api.Language.CROATIAN;
import static com.github.pemistahl.lingua.api.Language.CZECH;
import static com.github.pemistahl.lingua.api.Language.DANISH;
import static com.github.pemistahl.lingua.api.Language.DUTCH;
import static com.github.pemistahl.lingua.api.Language.ENGLISH;
import static com.github.pemistahl.lingua.api.Language.ESTONIAN;
import static com.github.pemistahl.lingua.api.Language.FINNISH;
import static com.github.pemistahl.lingua.api.Language.FRENCH;
import static com.github.pemistahl.lingua.api.Language.GEORGIAN;
import static com.github.pemistahl.lingua.api.Language.GERMAN;
import static com.github.pemistahl.lingua.api.Language.GREEK;
import static com.github.pemistahl.lingua.api.Language.GUJARATI;
import static com.github.pemistahl.lingua.api.Language.HEBREW;
import static com.github.pemistahl.lingua.api.Language.HUNGARIAN;
import static com.github.pemistahl.lingua.api.Language.ICELANDIC;
import static com.github.pemistahl.lingua.api.Language.INDONESIAN;
import static com.github.pemistahl.lingua.api.Language.IRISH;
import static com.github.pemistahl.lingua.api.Language.ITALIAN;
import static com.github.pemistahl.lingua.api.Language.JAPANESE;
import static com.github.pemistahl.lingua.api.Language.KAZAKH;
import static com.github.pemistahl.lingua.api.Language.KOREAN;
import static com.github.pemistahl.lingua.api.Language.LATVIAN;
import static com.github.pemistahl.lingua.api.Language.LITHUANIAN;
import static com.github.pemistahl.lingua.api.Language.MACEDONIAN;
import static com.github.pemistahl.lingua.api.Language.MAORI;
import static com.github.pemistahl.lingua.api.Language.MONGOLIAN;
import static com.github.pemistahl.lingua.api.Language.NYNORSK;
import static com.github.pemistahl.lingua.api.Language.POLISH;
import static com.github.pemistahl.lingua.api.Language.PORTUGUESE;
import static com.github.pemistahl.lingua.api.Language.PUNJABI;
import static com.github.pemistahl.lingua.api.Language.ROMANIAN;
import static com.github.pemistahl.lingua.api.Language.RUSSIAN;
import static com.github.pemistahl.lingua.api.Language.SERBIAN;
import static com.github.pemistahl.lingua.api.Language.SLOVAK;
import static com.github.pemistahl.lingua.api.Language.SLOVENE;
import static com.github.pemistahl.lingua.api.Language.SPANISH;
import static com.github.pemistahl.lingua.api.Language.SWEDISH;
import static com.github.pemistahl.lingua.api.Language.TAMIL;
import static com.github.pemistahl.lingua.api.Language.TELUGU;
import static com.github.pemistahl.lingua.api.Language.THAI;
import static com.github.pemistahl.lingua.api.Language.TURKISH;
import static com.github.pemistahl.lingua.api.Language.UKRAINIAN;
import static com.github.pemistahl.lingua.api.Language.UNKNOWN;
import static com.github.pemistahl.lingua.api.Language.VIETNAMESE;
import static com.github.pemistahl.lingua.api.Language.YORUBA;
import static java.lang.Character.UnicodeScript.CYRILLIC;
import static java.lang.Character.UnicodeScript.DEVANAGARI;
import static java.lang.Character.UnicodeScript.HAN;
import static java.lang.Character.UnicodeScript.HANGUL;
import static java.lang.Character.UnicodeScript.HIRAGANA;
import static java.lang.Character.UnicodeScript.KATAKANA;
import static java.lang.Character.UnicodeScript.LATIN;

import com.github.pemistahl.lingua.api.Language;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lingua 1.2.2's rules, which decide a text's language, or narrow its candidates, from the scripts of its words and
 * from letters only some languages use, before any n-gram is looked up ({@code detectLanguageWithRules} and
 * {@code filterLanguagesByRules} of its {@code LanguageDetector}, which are internal to it). Reproduced here with
 * Lingua's own tables for the languages of {@link #SCRIPTS}; {@code TrigramDetectorTest} checks that the results are
 * Lingua's. Words are those of Lingua's cleaned-up text: split at spaces, and every Han, kana and Hangul char a word
 * of its own. Immutable, so thread-safe.
 */
final class ScriptRules {

    /** The scripts Lingua reads each language in; the languages a detector can have. */
    static final Map<Language, Set<UnicodeScript>> SCRIPTS = scripts();

    /** Scripts of exactly one language among all Lingua knows: a char of one counts for that language. */
    private static final Map<UnicodeScript, Language> ONE_LANGUAGE_SCRIPTS = Map.ofEntries(
            Map.entry(UnicodeScript.ARMENIAN, ARMENIAN),
            Map.entry(UnicodeScript.BENGALI, BENGALI),
            Map.entry(UnicodeScript.GEORGIAN, GEORGIAN),
            Map.entry(UnicodeScript.GREEK, GREEK),
            Map.entry(UnicodeScript.GUJARATI, GUJARATI),
            Map.entry(UnicodeScript.GURMUKHI, PUNJABI),
            Map.entry(HANGUL, KOREAN),
            Map.entry(UnicodeScript.HEBREW, HEBREW),
            Map.entry(HIRAGANA, JAPANESE),
            Map.entry(KATAKANA, JAPANESE),
            Map.entry(UnicodeScript.TAMIL, TAMIL),
            Map.entry(UnicodeScript.TELUGU, TELUGU),
            Map.entry(UnicodeScript.THAI, THAI));

    /** Lingua's alphabets in its order: a word's alphabet is the first whose script all its chars have. */
    private static final List<UnicodeScript> ALPHABETS = List.of(
            UnicodeScript.ARABIC,
            UnicodeScript.ARMENIAN,
            UnicodeScript.BENGALI,
            CYRILLIC,
            DEVANAGARI,
            UnicodeScript.GEORGIAN,
            UnicodeScript.GREEK,
            UnicodeScript.GUJARATI,
            UnicodeScript.GURMUKHI,
            HAN,
            HANGUL,
            UnicodeScript.HEBREW,
            HIRAGANA,
            KATAKANA,
            LATIN,
            UnicodeScript.TAMIL,
            UnicodeScript.TELUGU,
            UnicodeScript.THAI);

    /** Letters of one language only (Lingua's {@code Language.uniqueCharacters}). */
    private static final Map<Language, String> UNIQUE_CHARACTERS = Map.ofEntries(
            Map.entry(AZERBAIJANI, "Əə"),
            Map.entry(CATALAN, "Ïï"),
            Map.entry(CZECH, "ĚěŘřŮů"),
            Map.entry(Language.ESPERANTO, "ĈĉĜĝĤĥĴĵŜŝŬŭ"),
            Map.entry(GERMAN, "ß"),
            Map.entry(HUNGARIAN, "ŐőŰű"),
            Map.entry(KAZAKH, "ӘәҒғҚқҢңҰұ"),
            Map.entry(LATVIAN, "ĢģĶķĻļŅņ"),
            Map.entry(LITHUANIAN, "ĖėĮįŲų"),
            Map.entry(MACEDONIAN, "ЃѓЅѕЌќЏџ"),
            Map.entry(Language.MARATHI, "ळ"),
            Map.entry(MONGOLIAN, "ӨөҮү"),
            Map.entry(POLISH, "ŁłŃńŚśŹź"),
            Map.entry(ROMANIAN, "Țţ"),
            Map.entry(SERBIAN, "ЂђЋћ"),
            Map.entry(SLOVAK, "ĹĺĽľŔŕ"),
            Map.entry(SPANISH, "¿¡"),
            Map.entry(UKRAINIAN, "ҐґЄєЇї"),
            Map.entry(YORUBA, "Ṣṣ"));

    /** Letters a few languages share (Lingua's {@code CHARS_TO_LANGUAGES_MAPPING}). */
    private static final Map<String, Set<Language>> SHARED_CHARACTERS = Map.ofEntries(
            Map.entry("Ãã", EnumSet.of(PORTUGUESE, VIETNAMESE)),
            Map.entry("ĄąĘę", EnumSet.of(LITHUANIAN, POLISH)),
            Map.entry("Żż", EnumSet.of(POLISH, ROMANIAN)),
            Map.entry("Îî", EnumSet.of(FRENCH, ROMANIAN)),
            Map.entry("Ññ", EnumSet.of(BASQUE, SPANISH)),
            Map.entry("ŇňŤť", EnumSet.of(CZECH, SLOVAK)),
            Map.entry("Ăă", EnumSet.of(ROMANIAN, VIETNAMESE)),
            Map.entry("İıĞğ", EnumSet.of(AZERBAIJANI, TURKISH)),
            Map.entry("ЈјЉљЊњ", EnumSet.of(MACEDONIAN, SERBIAN)),
            Map.entry("ẸẹỌọ", EnumSet.of(VIETNAMESE, YORUBA)),
            Map.entry("ÐðÞþ", EnumSet.of(ICELANDIC, TURKISH)),
            Map.entry("Ûû", EnumSet.of(FRENCH, HUNGARIAN)),
            Map.entry("Ōō", EnumSet.of(MAORI, YORUBA)),
            Map.entry("ĀāĒēĪī", EnumSet.of(LATVIAN, MAORI, YORUBA)),
            Map.entry("Şş", EnumSet.of(AZERBAIJANI, ROMANIAN, TURKISH)),
            Map.entry("Ďď", EnumSet.of(CZECH, ROMANIAN, SLOVAK)),
            Map.entry("Ćć", EnumSet.of(BOSNIAN, CROATIAN, POLISH)),
            Map.entry("Đđ", EnumSet.of(BOSNIAN, CROATIAN, VIETNAMESE)),
            Map.entry("Іі", EnumSet.of(BELARUSIAN, KAZAKH, UKRAINIAN)),
            Map.entry("Ìì", EnumSet.of(ITALIAN, VIETNAMESE, YORUBA)),
            Map.entry("Øø", EnumSet.of(BOKMAL, DANISH, NYNORSK)),
            Map.entry("Ūū", EnumSet.of(LATVIAN, LITHUANIAN, MAORI, YORUBA)),
            Map.entry("Ëë", EnumSet.of(AFRIKAANS, ALBANIAN, DUTCH, FRENCH)),
            Map.entry("ÈèÙù", EnumSet.of(FRENCH, ITALIAN, VIETNAMESE, YORUBA)),
            Map.entry("Êê", EnumSet.of(AFRIKAANS, FRENCH, PORTUGUESE, VIETNAMESE)),
            Map.entry("Õõ", EnumSet.of(ESTONIAN, HUNGARIAN, PORTUGUESE, VIETNAMESE)),
            Map.entry("Ôô", EnumSet.of(FRENCH, PORTUGUESE, SLOVAK, VIETNAMESE)),
            Map.entry("ЁёЫыЭэ", EnumSet.of(BELARUSIAN, KAZAKH, MONGOLIAN, RUSSIAN)),
            Map.entry("ЩщЪъ", EnumSet.of(BULGARIAN, KAZAKH, MONGOLIAN, RUSSIAN)),
            Map.entry("Òò", EnumSet.of(CATALAN, ITALIAN, VIETNAMESE, YORUBA)),
            Map.entry("Ææ", EnumSet.of(BOKMAL, DANISH, ICELANDIC, NYNORSK)),
            Map.entry("Åå", EnumSet.of(BOKMAL, DANISH, NYNORSK, SWEDISH)),
            Map.entry("Ýý", EnumSet.of(CZECH, ICELANDIC, SLOVAK, TURKISH, VIETNAMESE)),
            Map.entry("Ää", EnumSet.of(ESTONIAN, FINNISH, GERMAN, SLOVAK, SWEDISH)),
            Map.entry("Àà", EnumSet.of(CATALAN, FRENCH, ITALIAN, PORTUGUESE, VIETNAMESE)),
            Map.entry("Ââ", EnumSet.of(FRENCH, PORTUGUESE, ROMANIAN, TURKISH, VIETNAMESE)),
            Map.entry("Üü", EnumSet.of(AZERBAIJANI, Language.CATALAN, ESTONIAN, GERMAN, HUNGARIAN, SPANISH, TURKISH)),
            Map.entry("ČčŠšŽž", EnumSet.of(BOSNIAN, CZECH, CROATIAN, LATVIAN, LITHUANIAN, SLOVAK, SLOVENE)),
            Map.entry("Çç", EnumSet.of(ALBANIAN, AZERBAIJANI, BASQUE, CATALAN, FRENCH, PORTUGUESE, TURKISH)),
            Map.entry("Öö", EnumSet.of(AZERBAIJANI, ESTONIAN, FINNISH, GERMAN, HUNGARIAN, ICELANDIC, SWEDISH, TURKISH)),
            Map.entry(
                    "Óó",
                    EnumSet.of(
                            CATALAN,
                            HUNGARIAN,
                            ICELANDIC,
                            IRISH,
                            POLISH,
                            PORTUGUESE,
                            SLOVAK,
                            SPANISH,
                            VIETNAMESE,
                            YORUBA)),
            Map.entry(
                    "ÁáÍíÚú",
                    EnumSet.of(
                            CATALAN,
                            CZECH,
                            ICELANDIC,
                            IRISH,
                            HUNGARIAN,
                            PORTUGUESE,
                            SLOVAK,
                            SPANISH,
                            VIETNAMESE,
                            YORUBA)),
            Map.entry(
                    "Éé",
                    EnumSet.of(
                            CATALAN,
                            CZECH,
                            FRENCH,
                            HUNGARIAN,
                            ICELANDIC,
                            IRISH,
                            ITALIAN,
                            PORTUGUESE,
                            SLOVAK,
                            SPANISH,
                            VIETNAMESE,
                            YORUBA)));

    private final Set<Language> languages;
    private final Map<UnicodeScript, Language> oneLanguageScripts = new EnumMap<>(UnicodeScript.class);
    /** The unique characters of the detector's languages, and the language of each. */
    private final String uniqueChars;

    private final List<Language> uniqueCharLanguages = new ArrayList<>();

    ScriptRules(final Set<Language> languages) {
        for (final Language language : languages) {
            if (!SCRIPTS.containsKey(language)) {
                throw new IllegalArgumentException("No scripts known for " + language);
            }
        }
        this.languages = Collections.unmodifiableSet(EnumSet.copyOf(languages));
        ONE_LANGUAGE_SCRIPTS.forEach((script, language) -> {
            if (languages.contains(language)) {
                oneLanguageScripts.put(script, language);
            }
        });
        final StringBuilder unique = new StringBuilder();
        UNIQUE_CHARACTERS.forEach((language, chars) -> {
            if (languages.contains(language)) {
                unique.append(chars);
                chars.chars().forEach(c -> uniqueCharLanguages.add(language));
            }
        });
        this.uniqueChars = unique.toString();
        final String all = String.join("", UNIQUE_CHARACTERS.values()) + String.join("", SHARED_CHARACTERS.keySet());
        if (all.chars().anyMatch(c -> c < 0x80)) {
            throw new IllegalStateException("An ASCII character among the unique or shared ones: " + all);
        }
    }

    /** The language the scripts and letters of {@code words} decide, or {@link Language#UNKNOWN}. */
    Language decide(final List<String> words) {
        final Map<Language, Integer> total = new EnumMap<>(Language.class);
        for (final String word : words) {
            total.merge(decideWord(word), 1, Integer::sum);
        }
        if (total.getOrDefault(UNKNOWN, 0) < 0.5 * words.size()) {
            total.remove(UNKNOWN);
        }
        if (total.isEmpty()) {
            return UNKNOWN;
        }
        if (total.size() == 1) {
            return total.keySet().iterator().next();
        }
        if (total.size() == 2 && total.containsKey(CHINESE) && total.containsKey(JAPANESE)) {
            return JAPANESE;
        }
        return mostFrequent(total);
    }

    private Language decideWord(final String word) {
        Map<Language, Integer> counts = null;
        for (int i = 0; i < word.length(); i++) {
            final char c = word.charAt(i);
            final UnicodeScript script = script(c);
            final Language one = oneLanguageScripts.get(script);
            Language counted = null;
            if (one != null) {
                counted = one;
            } else if (script == HAN) {
                counted = CHINESE;
            } else if (script == HIRAGANA || script == KATAKANA) {
                counted = JAPANESE;
            } else if (c >= 0x80 && (script == LATIN || script == CYRILLIC || script == DEVANAGARI)) {
                // no unique character is ASCII (the constructor checks)
                for (int at = uniqueChars.indexOf(c); at >= 0; at = uniqueChars.indexOf(c, at + 1)) {
                    counts = count(counts, uniqueCharLanguages.get(at));
                }
            }
            if (counted != null) {
                counts = count(counts, counted);
            }
        }
        if (counts == null) {
            return UNKNOWN;
        }
        final Language language =
                counts.size() == 1 ? counts.keySet().iterator().next() : mostFrequent(counts);
        return languages.contains(language) ? language : UNKNOWN;
    }

    private static Map<Language, Integer> count(final Map<Language, Integer> counts, final Language language) {
        final Map<Language, Integer> counted = counts == null ? new EnumMap<>(Language.class) : counts;
        counted.merge(language, 1, Integer::sum);
        return counted;
    }

    /** {@link UnicodeScript#of}, without its search for ASCII: letters are Latin, the rest common. */
    static UnicodeScript script(final int codePoint) {
        if (codePoint < 0x80) {
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z'
                    ? LATIN
                    : UnicodeScript.COMMON;
        }
        return UnicodeScript.of(codePoint);
    }

    /** The language counted most often, or {@link Language#UNKNOWN} when two share the highest count. */
    private static Language mostFrequent(final Map<Language, Integer> counts) {
        Language first = UNKNOWN;
        int firstCount = -1;
        int secondCount = -1;
        for (final Map.Entry<Language, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > firstCount) {
                secondCount = firstCount;
                first = entry.getKey();
                firstCount = entry.getValue();
            } else if (entry.getValue() > secondCount) {
                secondCount = entry.getValue();
            }
        }
        return firstCount == secondCount ? UNKNOWN : first;
    }

    /** The languages {@code words} can be in, judged by the most frequent script of the words and shared letters. */
    Set<Language> candidates(final List<String> words) {
        // insertion order: of two scripts equally frequent, the one met first wins, as in Lingua
        final List<UnicodeScript> scripts = new ArrayList<>(2);
        final List<Integer> counts = new ArrayList<>(2);
        for (final String word : words) {
            final UnicodeScript script = alphabet(word);
            if (script != null) {
                final int at = scripts.indexOf(script);
                if (at < 0) {
                    scripts.add(script);
                    counts.add(1);
                } else {
                    counts.set(at, counts.get(at) + 1);
                }
            }
        }
        if (scripts.isEmpty()
                || scripts.size() > 1 && counts.stream().distinct().count() == 1) {
            return languages;
        }
        UnicodeScript mostFrequent = scripts.get(0);
        int highest = counts.get(0);
        for (int i = 1; i < scripts.size(); i++) {
            if (counts.get(i) > highest) {
                mostFrequent = scripts.get(i);
                highest = counts.get(i);
            }
        }
        final Set<Language> filtered = EnumSet.noneOf(Language.class);
        for (final Language language : languages) {
            if (SCRIPTS.get(language).contains(mostFrequent)) {
                filtered.add(language);
            }
        }
        // how many words contain each letter beyond ASCII (no shared letter is ASCII; the constructor checks)
        final Map<Character, Integer> wordsWith = new HashMap<>();
        for (final String word : words) {
            for (int i = 0; i < word.length(); i++) {
                final char c = word.charAt(i);
                if (c >= 0x80 && word.indexOf(c) == i) {
                    wordsWith.merge(c, 1, Integer::sum);
                }
            }
        }
        final Map<Language, Integer> letterCounts = new EnumMap<>(Language.class);
        if (!wordsWith.isEmpty()) {
            SHARED_CHARACTERS.forEach((chars, sharing) -> {
                int count = 0;
                for (int i = 0; i < chars.length(); i++) {
                    count += wordsWith.getOrDefault(chars.charAt(i), 0);
                }
                if (count > 0) {
                    for (final Language language : sharing) {
                        if (filtered.contains(language)) {
                            letterCounts.merge(language, count, Integer::sum);
                        }
                    }
                }
            });
        }
        final Set<Language> subset = EnumSet.noneOf(Language.class);
        letterCounts.forEach((language, count) -> {
            if (count >= words.size() / 2.0) {
                subset.add(language);
            }
        });
        return subset.isEmpty() ? filtered : subset;
    }

    /** The script every char of {@code word} is in, if it is one of Lingua's alphabets; else null. */
    private static UnicodeScript alphabet(final String word) {
        final UnicodeScript script = script(word.codePointAt(0));
        if (!ALPHABETS.contains(script)) {
            return null;
        }
        for (int i = 0; i < word.length(); ) {
            final int codePoint = word.codePointAt(i);
            if (script(codePoint) != script) {
                return null;
            }
            i += Character.charCount(codePoint);
        }
        return script;
    }

    private static Map<Language, Set<UnicodeScript>> scripts() {
        final Map<Language, Set<UnicodeScript>> scripts = new EnumMap<>(Language.class);
        for (final Language language : List.of(
                BOKMAL,
                CROATIAN,
                CZECH,
                DANISH,
                DUTCH,
                ENGLISH,
                FINNISH,
                FRENCH,
                GERMAN,
                HUNGARIAN,
                INDONESIAN,
                ITALIAN,
                POLISH,
                PORTUGUESE,
                ROMANIAN,
                SPANISH,
                SWEDISH,
                TURKISH)) {
            scripts.put(language, EnumSet.of(LATIN));
        }
        scripts.put(ARABIC, EnumSet.of(UnicodeScript.ARABIC));
        scripts.put(CHINESE, EnumSet.of(HAN));
        scripts.put(GREEK, EnumSet.of(UnicodeScript.GREEK));
        scripts.put(HEBREW, EnumSet.of(UnicodeScript.HEBREW));
        scripts.put(JAPANESE, EnumSet.of(HIRAGANA, KATAKANA, HAN));
        scripts.put(KOREAN, EnumSet.of(HANGUL));
        scripts.put(RUSSIAN, EnumSet.of(CYRILLIC));
        scripts.put(UKRAINIAN, EnumSet.of(CYRILLIC));
        return Collections.unmodifiableMap(scripts);
    }
}
