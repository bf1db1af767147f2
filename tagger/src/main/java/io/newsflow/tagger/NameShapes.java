package io.newsflow.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a candidate's own words say about it, apart from the words around it: demonym and adjective endings
 * ("Kenyans", "Marxism"), a region of a known place ("Outer Mongolia"), a body named after a country ("Athletics
 * Kenya"), a storm's name, capitalised function words of a work's title ("Did n't Like Me Anyway"), given names on
 * both sides of an "&", and the spelling helpers these need (all capitals, Gaelic prefixes, title case).
 *
 * <p>Stateless apart from the read-only {@link Lexicon}; {@code a}–{@code b} is the candidate's token span, {@code b}
 * exclusive.
 */
final class NameShapes {

    private final Lexicon lexicon;

    NameShapes(final Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** "Laura & Bridget", "Francis & ANTHONY Lowe": a given name right before and right after an "&" in the span. */
    boolean givenNamesAroundAmpersand(final List<Token> tokens, final int a, final int b) {
        for (int q = a + 1; q < b - 1; q++) {
            if (tokens.get(q).text.equals("&")
                    && lexicon.isFirstNameInAnyCase(tokens.get(q - 1))
                    && lexicon.isFirstNameInAnyCase(tokens.get(q + 1))) {
                return true;
            }
        }
        return false;
    }

    static boolean isStormName(final List<Token> tokens, final int a, final int b) {
        final List<String> words = new ArrayList<>(b - a);
        for (int q = a; q < b; q++) {
            words.add(tokens.get(q).text);
        }
        return Lexicon.stormNameStart(words, 0, words.size()) > 0;
    }

    /**
     * "Athletics Kenya", "Cycling Australia": common words, then a country (a sports body or agency named after it).
     */
    boolean isBodyOfACountry(final List<Token> tokens, final int a, final int b) {
        final Lexicon.NameEntry head = lexicon.name(tokens.get(a).text);
        final boolean knownOrganisation = head != null && head.type() == EntityType.ORGANIZATION; // "Sony Australia"
        if (!knownOrganisation
                && (!lexicon.isOnlyCommonWord(tokens.get(a))
                        || NameParts.DIRECTIONS.contains(tokens.get(a).text)
                        || lexicon.isFirstName(tokens.get(a)))) {
            return false;
        }
        for (int q = a + 1; q < b; q++) {
            for (int e = b; e > q; e--) {
                final Lexicon.NameEntry place = lexicon.name(Lexicon.key(tokens, q, e, false));
                if (place != null && place.type() == EntityType.LOCATION && place.strength() >= 1.0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The name ends in a nationality, or its plural: "Australians", "Native Americans", "Thai Chinese". Not after a
     * known place, which makes it a region's people ("South African" is read as a region elsewhere).
     */
    boolean endsInDemonym(final List<Token> tokens, final int a, final int b) {
        final Token last = tokens.get(b - 1);
        final Lexicon.NameEntry asIs = b - a >= 2 ? lexicon.name(last.text) : null;
        final String text = last.text;
        final boolean demonym = asIs != null && asIs.type() == EntityType.MISC
                || text.length() > 4 && text.endsWith("s") && isMisc(text.substring(0, text.length() - 1));
        if (!demonym || b - a == 1) {
            return demonym;
        }
        if (tokens.get(b - 2).is("the")) {
            return false; // "Louis the Pious": an epithet
        }
        final Lexicon.NameEntry head = lexicon.name(Lexicon.key(tokens, a, b - 1, false));
        return head == null || head.type() != EntityType.LOCATION;
    }

    boolean isMisc(final String word) {
        final Lexicon.NameEntry e = lexicon.name(word);
        return e != null && e.type() == EntityType.MISC;
    }

    /** Direction words, then a known place or nationality: "Outer Mongolia", "South East Asia", "Northern Irish". */
    boolean isRegionOfKnownPlace(final List<Token> tokens, final int a, final int b) {
        int q = a;
        while (q < b - 1 && NameParts.DIRECTIONS.contains(tokens.get(q).text)) {
            q++;
        }
        if (q == a) {
            return false;
        }
        final Lexicon.NameEntry place = lexicon.name(Lexicon.key(tokens, q, b, false));
        return place != null && place.type() == EntityType.LOCATION && place.strength() >= 0.7;
    }

    /**
     * A pronoun, conjunction or preposition capitalised inside a run ("Did n't Like Me Anyway"): names of people,
     * bodies and places keep such words lower-case or do without them, titles of songs, books and films do not.
     */
    boolean hasCapitalisedFunctionWord(final List<Token> tokens, final int a, final int b) {
        for (int q = a + 1; q < b; q++) {
            final Token t = tokens.get(q);
            if (t.capitalised
                    && !t.allCaps
                    && lexicon.isFunctionWord(t)
                    && !NameSpans.isRegnalNumber(t)
                    && !NameParts.NAME_LINKS.contains(t.lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Demonym and adjective shapes ("-ian", "-ean", "-ican", "-ese", "-ite(s)", "-ic"), creeds and movements ("-ism",
     * "-ist": "Marxism", "Buddhists") and plural acronyms ("GIFs").
     */
    boolean isGroupOrAdjective(final Token t) {
        final String w = t.lower;
        if (lexicon.isFirstName(t)) {
            return false;
        }
        if (w.length() >= 3 && w.endsWith("s") && isAllCaps(t.text.substring(0, t.text.length() - 1))) {
            return true;
        }
        return w.length() >= 6
                && (w.endsWith("ian")
                        || w.endsWith("ians")
                        || w.endsWith("ean")
                        || w.endsWith("eans")
                        || w.endsWith("ans")
                        || w.endsWith("ican")
                        || w.endsWith("ese")
                        || w.endsWith("ite")
                        || w.endsWith("ites")
                        || w.endsWith("ic")
                        || w.endsWith("ism")
                        || w.endsWith("isms")
                        || w.endsWith("ist")
                        || w.endsWith("ists"));
    }

    static boolean isAllCaps(final String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return s.length() >= 2;
    }

    static int capitalisedWords(final List<Token> tokens, final int a, final int b) {
        int count = 0;
        for (int q = a; q < b; q++) {
            if (tokens.get(q).capitalised) {
                count++;
            }
        }
        return count;
    }

    static String titleCase(final String allCaps) {
        return allCaps.charAt(0) + allCaps.substring(1).toLowerCase(Locale.ROOT);
    }

    static boolean isGaelicName(final String text) {
        return text.startsWith("Mc")
                || text.startsWith("Mac")
                || text.startsWith("O'")
                || text.startsWith("Di")
                || text.startsWith("De")
                || text.startsWith("La")
                || text.startsWith("Le");
    }
}
