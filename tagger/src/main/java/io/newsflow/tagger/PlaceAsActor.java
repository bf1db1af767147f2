package io.newsflow.tagger;

import java.util.List;
import java.util.Set;

/**
 * Recognises a place that stands for its team or government in one sentence: "Sweden defeated South Korea", "Russia
 * has vetoed the resolution", "lost 1–2 to England", "a match against Brazil". Such a mention is an organisation,
 * while the same name stays a place elsewhere in the article ("the border with Russia"), so the decision is made per
 * mention, not per name.
 *
 * <p>Only a subject qualifies: the place opens its clause (nothing but punctuation, a conjunction or "the" before
 * it) and an acting verb follows it, directly, after an auxiliary ("has signed"), or after the rest of a list of
 * names ("Sweden, Belgium and England win" is covered by the verb of the list: the list's names all stand before it).
 * Verbs of being, having and wanting are not acting verbs: "Iraq wants peace" and "France is large" stay places.
 */
final class PlaceAsActor {

    /** Words after which a name opens a clause. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(
            "and",
            "but",
            "while",
            "as",
            "that",
            "when",
            "after",
            "before",
            "because",
            "if",
            "the",
            "then",
            "so",
            "where",
            "since",
            "although",
            "though");
    /** Past forms after a place that describe it rather than an act: "Paris based", "Texas located". */
    private static final Set<String> STATIVE_PARTICIPLES = Set.of(
            "based",
            "located",
            "situated",
            "called",
            "named",
            "known",
            "used",
            "related",
            "owned",
            "headquartered",
            "bordered",
            "surrounded",
            "populated",
            "inhabited",
            "occupied",
            "divided",
            "united");
    /** Words that open an object: "passed its bill", "freed the prisoners". */
    private static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "its", "their", "his", "her", "all", "some", "several", "many", "most", "both", "this",
            "these", "those", "that", "no", "two", "three", "four", "five");
    /** How many tokens of a list of names ("Belgium, England and …") may stand between a subject and its verb. */
    private static final int MAX_LIST_TOKENS = 8;

    private final Lexicon lexicon;

    PlaceAsActor(final Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Does the name at tokens [a, b) act as a team or government here? */
    boolean actsAt(final List<Token> tokens, final int a, final int b) {
        return isOpponent(tokens, a)
                || opensClause(tokens, a) && actingVerbFollows(tokens, b)
                || playedFor(tokens, a)
                || squadFollows(tokens, b);
    }

    /** Verbs of a player's career before "for": "played for Monterrey", "signed for Getafe". */
    private static final Set<String> PLAYED =
            Set.of("played", "plays", "playing", "signed", "scored", "debuted", "starred", "appeared", "capped");
    /** A team's people right after its name: "Monterrey coach", "Monterrey's goalkeeper", "Brazil fans". */
    private static final Set<String> SQUAD = Set.of(
            "coach",
            "manager",
            "goalkeeper",
            "keeper",
            "striker",
            "midfielder",
            "defender",
            "winger",
            "captain",
            "forward",
            "fans",
            "supporters",
            "squad",
            "players",
            "player",
            "skipper",
            "full-back",
            "playmaker");

    private static boolean playedFor(final List<Token> tokens, final int a) {
        return a >= 2 && tokens.get(a - 1).is("for") && PLAYED.contains(tokens.get(a - 2).lower);
    }

    private static boolean squadFollows(final List<Token> tokens, final int b) {
        int k = b;
        if (k < tokens.size() && tokens.get(k).kind == Token.Kind.POSSESSIVE) {
            k++;
        }
        return k < tokens.size() && !tokens.get(k).capitalised && SQUAD.contains(tokens.get(k).lower);
    }

    private boolean isOpponent(final List<Token> tokens, final int a) {
        if (a == 0) {
            return false;
        }
        final Token prev = tokens.get(a - 1);
        if (lexicon.isOpponentCue(prev)) {
            return !possessed(tokens, a); // "against Israel's barrier" opposes the barrier
        }
        // "lost to England", "drew with Spain"
        return a >= 2 && (prev.is("to") || prev.is("with")) && lexicon.isActorVerb(tokens.get(a - 2));
    }

    private static boolean opensClause(final List<Token> tokens, final int a) {
        if (a == 0) {
            return true;
        }
        final Token prev = tokens.get(a - 1);
        if ((prev.is("and") || prev.text.equals(",")) && afterPreposition(tokens, a - 1)) {
            return false; // "pharmacists in Genk and Hasselt said": the last of a list a preposition governs
        }
        return prev.kind == Token.Kind.PUNCT && !prev.text.equals("-") || CLAUSE_OPENERS.contains(prev.lower);
    }

    /** Does a preposition open the list of capitalised names that ends before {@code k} ("in Genk and")? */
    private static boolean afterPreposition(final List<Token> tokens, final int k) {
        int q = k - 1;
        while (q >= 0
                && (tokens.get(q).capitalised
                        || tokens.get(q).text.equals(",")
                        || tokens.get(q).is("and"))) {
            q--;
        }
        return q >= 0 && q < k - 1 && PREPOSITIONS.contains(tokens.get(q).text);
    }

    private static final Set<String> PREPOSITIONS =
            Set.of("in", "from", "near", "at", "of", "between", "across", "around", "outside", "inside", "to", "into");

    private boolean actingVerbFollows(final List<Token> tokens, final int b) {
        final int n = tokens.size();
        final int k = afterListOfPlaces(tokens, b);
        if (k < 0) {
            return false;
        }
        if (k < n && lexicon.isAuxiliary(tokens.get(k))) {
            return k + 1 < n && isActingVerb(tokens, k + 1);
        }
        return k < n && isActingVerb(tokens, k);
    }

    /**
     * Skips the rest of a list of known places (", Belgium and England"), returning where it ends; -1 if the tokens
     * after the name start a list of anything else ("Indiana, Thomas Lincoln worked").
     */
    private int afterListOfPlaces(final List<Token> tokens, final int b) {
        final int n = tokens.size();
        int k = b;
        while (k < n
                && k - b < MAX_LIST_TOKENS
                && (tokens.get(k).text.equals(",") || tokens.get(k).is("and"))) {
            final int place = k + 1 < n && tokens.get(k + 1).capitalised ? knownPlaceAt(tokens, k + 1) : 0;
            if (place == 0) {
                return tokens.get(k).text.equals(",") && k + 1 < n && tokens.get(k + 1).capitalised ? -1 : k;
            }
            k += 1 + place;
        }
        return k;
    }

    /** Length of the known place starting at {@code k} ("South Korea" is 2), 0 if none. */
    private int knownPlaceAt(final List<Token> tokens, final int k) {
        for (int len = Math.min(3, tokens.size() - k); len >= 1; len--) {
            final Lexicon.NameEntry e = lexicon.name(Lexicon.key(tokens, k, k + len, false));
            if (e != null && e.type() == EntityType.LOCATION) {
                return len;
            }
        }
        return 0;
    }

    /**
     * A listed acting verb, or another verb in the past tense with an object ("passed its bill", "freed Cuba"); an
     * intransitive one ("the Danube increased to …") and a participle of state ("Paris based") describe the place.
     */
    private boolean isActingVerb(final List<Token> tokens, final int k) {
        final Token t = tokens.get(k);
        if (lexicon.isActorVerb(t) || lexicon.isSpeechVerb(t)) {
            return true;
        }
        if (t.capitalised
                || t.glued
                || t.lower.length() <= 4
                || !t.lower.endsWith("ed")
                || STATIVE_PARTICIPLES.contains(t.lower)
                || !lexicon.isCommonWord(t)) {
            return false;
        }
        if (k + 1 >= tokens.size()) {
            return false;
        }
        final Token object = tokens.get(k + 1);
        return object.isWord()
                && (object.capitalised || DETERMINERS.contains(object.lower) || !lexicon.isFunctionWord(object));
    }

    private static boolean possessed(final List<Token> tokens, final int a) {
        int k = a;
        while (k < tokens.size() && tokens.get(k).isWord() && tokens.get(k).capitalised) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).kind == Token.Kind.POSSESSIVE;
    }
}
