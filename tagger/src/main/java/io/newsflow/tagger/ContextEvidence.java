package io.newsflow.tagger;

import java.util.List;
import java.util.Set;

/**
 * The words around a candidate that make it a body, a person or a place: a role or title in apposition ("its
 * lawyer, X,", ", a spokesman for"), an office of a body ("chief executive of X", "a stake in X"), a company's speech
 * ("X said in a statement", "X said it would cut"), "X, which makes …", "X, a village near", money and shares,
 * facilities and place nouns after it ("the X mine", "X and Y provinces"), lists after a place preposition ("in A, B
 * and C"), examples ("towns such as X", "lenders such as X"), a match ("beat X", "X 20-12"), venues, and a person's
 * predicates ("X was born", "X, 34,"). Each finding is an {@link Evidence} added to the {@link Mention}, or a yes/no
 * that {@link NameFinder} turns into one; its weight lives in {@link Evidence}, not here.
 *
 * <p>Stateless apart from the read-only {@link Lexicon}; {@code a}–{@code b} is the candidate's token span, {@code b}
 * exclusive.
 */
final class ContextEvidence {

    /** Past participles before "by" whose doer is a person: "chaired by X", "coached by X", "refereed by X". */
    private static final Set<String> ONLY_PEOPLE_BY =
            Set.of("chaired", "coached", "captained", "skippered", "refereed", "umpired", "directed");

    /** Words that may stand between "as" and a title: "as its next director". */
    private static final Set<String> AS_DETERMINERS =
            Set.of("its", "his", "her", "their", "the", "a", "an", "next", "new", "interim", "acting", "first");

    private final Lexicon lexicon;
    private final NameSpans spans;
    private final NameShapes shapes;

    ContextEvidence(final Lexicon lexicon, final NameSpans spans, final NameShapes shapes) {
        this.lexicon = lexicon;
        this.spans = spans;
        this.shapes = shapes;
    }

    /**
     * "National Institute of Civil Defense (Indeci)": a short form in brackets written as a word, after a name with an
     * organisation's head, starting with the initial of one of the name's words. Spanish, Portuguese and Italian
     * bodies write their acronyms this way ("Senamhi", "Indeci", "Petrobras").
     */
    boolean isWordAcronymOf(final List<Token> tokens, final int a, final int b, final Token acronym) {
        if (!acronym.capitalised || acronym.text.length() > 10 || b - a < 2) {
            return false;
        }
        final char initial = acronym.text.charAt(0);
        return NameSpans.anyToken(tokens, a, b, lexicon::isOrgHead)
                && NameSpans.anyToken(tokens, a, b, t -> t.capitalised && t.text.charAt(0) == initial);
    }

    /** "turbine maker X", "shipping line X", "drugmaker X": a lower-case kind of business right before a name. */
    static boolean isCompanyKind(final Token t) {
        return !t.capitalised
                && (ContextWords.COMPANY_KINDS.contains(t.lower) || t.lower.endsWith("maker") && t.lower.length() > 6);
    }

    /**
     * The name that ends before {@code b} is followed by "-based" ("Lyon-based") or by a lower-case kind of company
     * ("Kelso consultancy"): it names where a body is, or modifies a body's kind, and is not that body.
     */
    static boolean beforeBasedOrCompanyKind(final List<Token> tokens, final int b) {
        if (b >= tokens.size()) {
            return false;
        }
        return b + 1 < tokens.size() && tokens.get(b + 1).is("based") && NameSpans.isJoiningHyphen(tokens, b)
                || isCompanyKind(tokens.get(b));
    }

    /** The name at {@code a} follows "X-based" directly ("Trnovo-based Metalvex"). */
    static boolean afterBased(final List<Token> tokens, final int a) {
        return a >= 3 && tokens.get(a - 1).is("based") && NameSpans.isJoiningHyphen(tokens, a - 2);
    }

    /**
     * "told a news conference at the Civic Centre", "outside the Kelvin Theatre": a name ending in a venue's head
     * after "at/outside/inside the" is the venue, not the body that runs it; not after a person's role ("an analyst
     * at the Kelvin Centre") and not with an "of"/"for" part ("at the Centre for Policy Studies").
     */
    boolean isVenue(final List<Token> tokens, final int a, final int b) {
        if (a < 2
                || b - a < 2
                || !NameParts.VENUE_HEADS.contains(tokens.get(b - 1).text)
                || !tokens.get(a - 1).is("the")
                || !ContextWords.VENUE_PREPOSITIONS.contains(tokens.get(a - 2).lower)
                || a >= 3 && isLowerCaseRole(tokens.get(a - 3))
                || NameSpans.anyToken(tokens, a, b, t -> t.is("of") || t.is("for"))) {
            return false;
        }
        return lexicon.name(Lexicon.key(tokens, a, b, false)) == null;
    }
    /**
     * "the Greyhollow mine", "Kelso airport"; after "the", "its" or a possessive also one lower-case word between:
     * "its Condoray gold mine" ("Lillesand lost power" is no facility).
     */
    static boolean facilityNounAfter(final List<Token> tokens, final int a, final int b) {
        final boolean determined = a > 0
                && (tokens.get(a - 1).is("the")
                        || tokens.get(a - 1).is("its")
                        || tokens.get(a - 1).kind == Token.Kind.POSSESSIVE);
        for (int q = b; q < Math.min(tokens.size(), determined ? b + 2 : b + 1); q++) {
            final Token t = tokens.get(q);
            if (!t.isWord() || t.capitalised) {
                return false;
            }
            if (ContextWords.FACILITY_NOUNS.contains(t.lower)) {
                return true;
            }
        }
        return false;
    }

    /** The capitalised name from {@code k} is followed by a plural place noun: "Tra Vinh provinces". */
    boolean placeNounAfterNextName(final List<Token> tokens, final int k) {
        int q = k;
        while (q < tokens.size()
                && q < k + 4
                && tokens.get(q).capitalised
                && tokens.get(q).isWord()) {
            q++;
        }
        if (q == k || q >= tokens.size()) {
            return false;
        }
        final Token noun = tokens.get(q);
        return isPluralPlaceNoun(noun);
    }

    boolean isPluralPlaceNoun(final Token t) {
        if (t.capitalised || !t.isWord() || t.lower.length() < 4 || !t.lower.endsWith("s")) {
            return false;
        }
        final String singular = t.lower.substring(0, t.lower.length() - 1);
        return ContextWords.PLACE_PLURALS.contains(t.lower)
                || lexicon.isPlaceNoun(Tokenizer.tokenize(singular).get(0));
    }

    /**
     * "the Denver Nuggets", "the Dallas Mavericks": "the", then two capitalised words ending in a plural, is a
     * team's name even when its first word is also a given name; people's names take no "the".
     */
    static boolean teamAfterThe(final List<Token> tokens, final int a, final int b) {
        final String last = tokens.get(b - 1).lower;
        return b - a == 2 && a > 0 && tokens.get(a - 1).is("the") && last.endsWith("s") && !last.endsWith("ss");
    }

    /**
     * Context that news gives organisations, places and people beyond titles and gazetteers: a role in apposition
     * ("its lawyer, X,", "substitute X"), a pronoun that refers back ("X said he", "X said its"), a company's
     * statement ("X said in a statement"), money and shares ("invested in X", "X's shares", "chief executive of X"),
     * an appositive that names the kind of thing ("X, a trading house", "X, a village near"), and a list after a
     * place preposition ("in A, B and C").
     */
    void addWireContext(
            final List<Token> tokens, final int a, final int b, final Lexicon.NameEntry entry, final Mention m) {
        final int n = tokens.size();
        final Token prev = a > 0 ? tokens.get(a - 1) : null;
        final boolean unlisted = entry == null;
        if (prev != null
                && prev.text.equals(",")
                && a >= 2
                && roleOrKinEndsAt(tokens, a - 1)
                && (b >= n
                        || tokens.get(b).text.equals(",")
                        || tokens.get(b).text.equals(".")
                        || lexicon.isSpeechVerb(tokens.get(b)))) {
            // "its lawyer, X,", "The agency's chief executive, X, said", "his predecessor, X.", "his wife, X,",
            // "the governor of the Arvale region, X, said"
            m.add(Evidence.ROLE_AND_COMMA_BEFORE);
        } else if (prev != null
                && isLowerCaseRole(prev)
                && !prev.sentenceStart
                && !lexicon.isOrgCue(prev)
                && !isCompanyKind(prev)) {
            m.add(Evidence.ROLE_BEFORE);
        } else if (prev != null
                && b + 1 < n
                && tokens.get(b).is("and")
                && tokens.get(b + 1).capitalised
                && isPluralRole(prev)) {
            m.add(Evidence.ROLE_BEFORE); // "engineers X and Y": the list's second name joins the proven first
        }
        if (asATitleAfter(tokens, b)) {
            m.add(Evidence.AS_A_TITLE);
        } else if (prev != null && prev.is("by") && a >= 2 && ONLY_PEOPLE_BY.contains(tokens.get(a - 2).lower)) {
            m.add(Evidence.ROLE_BEFORE); // "a commission chaired by X", "a team coached by X": only people do these
        }
        if (b + 2 < n && tokens.get(b).text.equals(",") && tokens.get(b + 1).is("whose")) {
            if (ContextWords.OWNED_BY_A_BODY.contains(tokens.get(b + 2).lower) || lexicon.isOrgCue(tokens.get(b + 2))) {
                m.add(Evidence.WHOSE_HOLDINGS);
            } else {
                m.add(Evidence.WHOSE);
            }
        }
        final boolean statement = b + 3 < n
                && lexicon.isSpeechVerb(tokens.get(b))
                && tokens.get(b + 1).is("in")
                && ContextWords.STATEMENTS.contains(tokens.get(b + 3).lower);
        if (unlisted && statement) {
            m.add(Evidence.STATEMENT);
        } else if (b < n
                && lexicon.isSpeechVerb(tokens.get(b))
                && a >= 2
                && tokens.get(a - 1).kind == Token.Kind.PUNCT
                && isClosingQuote(tokens.get(a - 1))
                && tokens.get(a - 2).kind == Token.Kind.PUNCT) {
            m.add(Evidence.QUOTE_SPEAKER);
        }
        final boolean subject = b < n
                && tokens.get(b).isWord()
                && !tokens.get(b).capitalised
                && (prev == null
                        || !ContextWords.PLACE_PREPOSITIONS.contains(prev.lower) && !prev.is("of") && !prev.is("at"));
        final int pronoun = subject ? referringPronoun(tokens, b) : -1;
        if (pronoun >= 0 && ContextWords.PERSON_PRONOUNS.contains(tokens.get(pronoun).lower)) {
            m.add(Evidence.PERSON_PRONOUN);
        } else if (pronoun >= 0 && unlisted) {
            m.add(Evidence.BODY_PRONOUN);
        }
        if (prev != null
                && a >= 2
                && (prev.is("of")
                        || prev.is("at")
                        || prev.is("in") && tokens.get(a - 2).lower.startsWith("share"))
                && ContextWords.OF_A_BODY.contains(tokens.get(a - 2).lower)) {
            // "in" only after shares: "employees in X", "a unit in X" are as often where they are
            m.add(unlisted ? Evidence.OFFICE_OF_A_BODY : Evidence.OFFICE_OF_A_LISTED_BODY);
        } else if (unlisted
                && prev != null
                && prev.is("in")
                && a >= 2
                && ContextWords.IN_A_BODY.contains(tokens.get(a - 2).lower)) {
            m.add(Evidence.INVESTED_IN);
        }
        if (prev != null && prev.is("from") && a >= 2 && ContextWords.PLAYS.contains(tokens.get(a - 2).lower)) {
            m.add(Evidence.PLAYER_FROM);
        }
        if (b + 1 < n
                && tokens.get(b).kind == Token.Kind.POSSESSIVE
                && (tokens.get(b + 1).is("shares") || tokens.get(b + 1).is("stock"))) {
            m.add(Evidence.POSSESSIVE_SHARES);
        } else if (unlisted
                && b < n
                && (tokens.get(b).is("shares") || tokens.get(b).is("stock"))) {
            m.add(Evidence.SHARES_AFTER);
        }
        if (unlisted
                && b + 1 < n
                && (tokens.get(b).is("raised") || tokens.get(b).is("raises"))
                && (tokens.get(b + 1).kind == Token.Kind.NUMBER || lexicon.currencySign(tokens.get(b + 1)) != null)) {
            m.add(Evidence.RAISED_MONEY);
        }
        if (b < n && isMediaNoun(tokens, b)) {
            m.add(Evidence.MEDIA_AFTER);
        }
        if (unlisted && b < n && tokens.get(b).text.equals("(") && NameSpans.tickerEnd(tokens, b) > 0) {
            m.add(Evidence.TICKER); // "Ostrander (OSTR.L) rose"
        }
        if (unlisted
                && b + 2 < n
                && NameSpans.isJoiningHyphen(tokens, b)
                && ContextWords.OWNED.contains(tokens.get(b + 1).lower)) {
            m.add(Evidence.OWNER); // "Harbinor-owned Vestry"
        }
        if (unlisted
                && b + 2 < n
                && tokens.get(b).text.equals(",")
                && tokens.get(b + 1).is("which")
                && ContextWords.BUSINESS_VERBS.contains(tokens.get(b + 2).lower)) {
            m.add(Evidence.BODY_APPOSITIVE); // "Ferrant, which makes cables,"
        }
        if (unlisted
                && b - a == 1
                && (a == 0 || tokens.get(a).sentenceStart)
                && !lexicon.isFirstName(tokens.get(a))
                && nextSentenceNamesABody(tokens, b)) {
            m.add(Evidence.BODY_PRONOUN); // "Vortana cut 300 jobs. The company said …"
        }
        if (unlisted && subject && itActsAfterSpeech(tokens, b)) {
            m.add(Evidence.BODY_PRONOUN); // "Vortana said it would cut 300 jobs"
        }
        if (unlisted
                && prev != null
                && prev.is("at")
                && a >= 2
                && ContextWords.EMPLOYED.contains(tokens.get(a - 2).lower)) {
            m.add(Evidence.AT_AFTER_A_ROLE); // "works at Quillam"
        }
        if (b + 2 < n && tokens.get(b).text.equals(",")) {
            final EntityType kind = appositiveKind(tokens, b + 1);
            if (kind != null
                    && (unlisted
                            || kind == EntityType.ORGANIZATION
                                    && entry.type() == EntityType.LOCATION
                                    && entry.strength() < 0.8)) {
                m.add(kind == EntityType.ORGANIZATION ? Evidence.BODY_APPOSITIVE : Evidence.PLACE_APPOSITIVE);
            }
        }
        final boolean clubTown = entry != null && b - a == 1 && lexicon.isOneWordClub(entry.canonical());
        if ((unlisted || clubTown)
                && a >= 3
                && (prev.is("and") || prev.text.equals(","))
                && placeListBefore(tokens, a - 1)) {
            // "In Peine and Camar", "in Ca Mau, Soc Trang and Kien Giang", "in Genk and Hasselt"
            m.add(clubTown ? Evidence.CLUB_TOWN_IN_A_PLACE_LIST : Evidence.PLACE_LIST);
        }
    }

    /**
     * Does a news outlet's noun follow at {@code k}: "Zodiak radio", "Antara news agency", "Kompas TV", "Kyodo
     * news"? Only outlets carry these nouns right after their name; a person is "a radio host".
     */
    static boolean isMediaNoun(final List<Token> tokens, final int k) {
        final Token t = tokens.get(k);
        if (t.text.equals("TV")) {
            return true;
        }
        if (t.capitalised || !t.isWord()) {
            return false;
        }
        if (t.is("news") && k + 1 < tokens.size()) {
            final Token next = tokens.get(k + 1);
            return next.is("agency") || next.is("service") || next.is("website") || next.is("channel");
        }
        return ContextWords.MEDIA_NOUNS.contains(t.lower);
    }

    /**
     * Does the sentence after the one at {@code b} open with "The company", "The firm", "The miner" …? A one-word name
     * that opened the sentence before is that body ("Vortana cut 300 jobs. The company said …").
     */
    static boolean nextSentenceNamesABody(final List<Token> tokens, final int b) {
        final int n = tokens.size();
        for (int q = b; q + 1 < n && q < b + 40; q++) {
            final Token t = tokens.get(q);
            if (t.sentenceStart) {
                return t.is("the") && ContextWords.BODY_ANAPHORS.contains(tokens.get(q + 1).lower);
            }
        }
        return false;
    }

    /**
     * "X said it would cut 300 jobs", "X said it plans to …": "it" as the subject of a body's act right after its
     * speech. "it" before "be", "was", "is" is as often a dummy subject ("Klein said it would be difficult").
     */
    boolean itActsAfterSpeech(final List<Token> tokens, final int b) {
        final int n = tokens.size();
        if (b + 3 >= n || !lexicon.isSpeechVerb(tokens.get(b))) {
            return false;
        }
        int q = b + 1;
        if (tokens.get(q).is("that")) {
            q++;
        }
        if (q + 2 >= n || !tokens.get(q).is("it")) {
            return false;
        }
        final Token verb = tokens.get(q + 1);
        if (ContextWords.PLANS.contains(verb.lower)) {
            return true;
        }
        final Token next = tokens.get(q + 2);
        return ContextWords.MODALS.contains(verb.lower)
                && next.isWord()
                && !next.capitalised
                && !next.is("be")
                && !next.is("been")
                && !next.is("not")
                && !lexicon.isFunctionWord(next);
    }

    /**
     * "the Sydney Kings", "the Perth Wildcats", "the New Zealand Breakers": "the", a known place and one capitalised
     * plural that is no place head ("the Cayman Islands", "the Golan Heights") nor a people ("Kosovo Albanians") is a
     * team's name. Without "the" such pairs are as often lists of capitalised words in web text ("Tours Agents"), so
     * there the sentence must show a match: "beat Brisbane Broncos", "Leeds Rhinos won", "Leeds Rhinos 20-12"; with a
     * match, a word no list or dictionary knows may stand for the place ("Kelvport Marauders lost").
     */
    boolean isPlaceAndNickname(final List<Token> tokens, final int a, final int b) {
        final Token last = tokens.get(b - 1);
        if (!last.capitalised
                || last.allCaps
                || !last.lower.endsWith("s")
                || last.lower.endsWith("ss")
                || lexicon.isLocationHead(last)
                || lexicon.isOrgHead(last)
                || lexicon.isMiscHead(last)
                || shapes.isGroupOrAdjective(last) && !lexicon.isCommonWord(last)) {
            return false;
        }
        final boolean the = a > 0 && tokens.get(a - 1).is("the");
        final boolean match = !the && playsAMatch(tokens, a, b);
        if (!the && !match) {
            return false;
        }
        final Lexicon.NameEntry place = lexicon.name(Lexicon.key(tokens, a, b - 1, false));
        if (place == null) {
            final Token first = tokens.get(a);
            return match && b - a == 2 && !lexicon.isCommonWord(first) && !lexicon.isFirstName(first);
        }
        return place.type() == EntityType.LOCATION && (place.strength() >= 0.5 || match);
    }

    /** A match around the name: an opponent before it ("beat X", "lost to X"), a result or a score after it. */
    boolean playsAMatch(final List<Token> tokens, final int a, final int b) {
        final int n = tokens.size();
        if (a > 0
                && (lexicon.isOpponentCue(tokens.get(a - 1))
                        || !tokens.get(a - 1).capitalised
                                && ContextWords.MATCH_RESULTS.contains(tokens.get(a - 1).lower))) {
            return true; // "beat X", "host X"
        }
        if (a >= 2
                && (tokens.get(a - 1).is("to") || tokens.get(a - 1).is("with"))
                && (lexicon.isActorVerb(tokens.get(a - 2)) || isScoreEndingAt(tokens, a - 2))) {
            return true; // "lost to X", "drew with X", "lost 18-16 to X"
        }
        if (b >= n) {
            return false;
        }
        final Token next = tokens.get(b);
        return !next.capitalised && ContextWords.MATCH_RESULTS.contains(next.lower)
                || next.kind == Token.Kind.NUMBER
                        && b + 2 < n
                        && tokens.get(b + 1).text.equals("-")
                        && tokens.get(b + 2).kind == Token.Kind.NUMBER;
    }

    /** "18-16" ends at {@code k}. */
    static boolean isScoreEndingAt(final List<Token> tokens, final int k) {
        return k >= 2
                && tokens.get(k).kind == Token.Kind.NUMBER
                && tokens.get(k - 1).text.equals("-")
                && tokens.get(k - 2).kind == Token.Kind.NUMBER;
    }

    static boolean isClosingQuote(final Token t) {
        return t.text.equals("\"") || t.text.equals("\u201d") || t.text.equals("'") || t.text.equals("\u2019");
    }

    /** "chief executive", "director general" in lower case, ending just before {@code end}. */
    boolean isLowerCaseTitleEndingAt(final List<Token> tokens, final int end) {
        return !tokens.get(end - 1).capitalised && lexicon.titleEndingAt(tokens, end) > 0;
    }

    /**
     * Does a person's role or kin end right before {@code end} (a comma that opens an apposition)? A lower-case role
     * or title ("its lawyer", "his predecessor"), a kin noun after a possessive ("his wife", "Okafor's son"), or a
     * role that an "of" or "for" phrase of up to five words follows ("the governor for the Arvale region", "a
     * spokeswoman for the ministry"): only people are named in apposition to these.
     */
    boolean roleOrKinEndsAt(final List<Token> tokens, final int end) {
        if (isLowerCaseRole(tokens.get(end - 1)) || isLowerCaseTitleEndingAt(tokens, end)) {
            return true;
        }
        if (end >= 2 && lexicon.isKinNoun(tokens.get(end - 1)) && isPossessor(tokens.get(end - 2))) {
            return true;
        }
        for (int q = end - 2; q >= Math.max(1, end - 6); q--) {
            final Token t = tokens.get(q);
            if (t.kind == Token.Kind.PUNCT || t.sentenceStart) {
                return false;
            }
            if ((t.is("of") || t.is("for"))
                    && (isLowerCaseRole(tokens.get(q - 1)) || isLowerCaseTitleEndingAt(tokens, q))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Does the clause after a name's end at {@code b} give it a person's title with "as": "appointed X as its next
     * director", "confirmed X for another term as prime minister"? Up to four lower-case words may stand between;
     * another name, punctuation or a company's role ("as lead underwriter") end the search.
     */
    boolean asATitleAfter(final List<Token> tokens, final int b) {
        final int n = tokens.size();
        for (int q = b; q < Math.min(n - 1, b + 5); q++) {
            final Token t = tokens.get(q);
            if (!t.isWord() || t.capitalised) {
                return false;
            }
            if (t.is("as")) {
                int r = q + 1;
                while (r < n && r < q + 4 && AS_DETERMINERS.contains(tokens.get(r).lower)) {
                    r++;
                }
                return r < n
                        && !tokens.get(r).capitalised
                        && !lexicon.isOrgCue(tokens.get(r))
                        && lexicon.titleAt(tokens, r, n) > 0;
            }
        }
        return false;
    }

    /** "his", "her", "their" or a possessive "'s": what owns the kin noun after it. */
    private static boolean isPossessor(final Token t) {
        return t.is("his") || t.is("her") || t.is("their") || t.kind == Token.Kind.POSSESSIVE;
    }

    /** "engineers", "researchers": a lower-case plural role, not a kind of organisation ("lenders"). */
    boolean isPluralRole(final Token t) {
        return t.isWord()
                && !t.capitalised
                && t.lower.endsWith("s")
                && lexicon.isRole(t)
                && !lexicon.isOrgCue(t)
                && !isCompanyKind(t);
    }

    /** A lower-case role or title word ("lawyer", "substitute", "hydrologist"), not a kind of organisation. */
    boolean isLowerCaseRole(final Token t) {
        return t.isWord() && !t.capitalised && lexicon.isRole(t) && !t.lower.endsWith("s");
    }

    /**
     * The first pronoun in the rest of the sentence after a name's end, when no other name comes first and the name
     * is the subject of what follows ("X said he", "X, whose shares", "X told reporters its"); -1 if none.
     */
    int referringPronoun(final List<Token> tokens, final int b) {
        final int n = tokens.size();
        for (int q = b; q < Math.min(n, b + 25); q++) {
            final Token t = tokens.get(q);
            if (t.sentenceStart
                    || t.text.equals(".")
                    || t.text.equals(";")
                    || t.text.equals("\"")
                    || t.text.equals("\u201c")
                    || t.text.equals("\u201d")) {
                return -1;
            }
            if (t.capitalised && q > b && !lexicon.isNotEntity(t) && !QuantityRecognizer.isDateWord(t)) {
                return -1; // another name may be what the pronoun refers to; a date ("said on Tuesday its") is not
            }
            if (ContextWords.PERSON_PRONOUNS.contains(t.lower) || ContextWords.BODY_PRONOUNS.contains(t.lower)) {
                return q;
            }
        }
        return -1;
    }

    /**
     * ", a trading house", ", the state copper miner", ", a village near": an appositive whose noun is a kind of body
     * or of place. Returns ORGANIZATION, LOCATION or null.
     */
    EntityType appositiveKind(final List<Token> tokens, final int k) {
        final Token article = tokens.get(k);
        if (!(article.is("a") || article.is("an") || article.is("the") || article.is("one"))) {
            return null;
        }
        for (int q = k + 1; q < Math.min(tokens.size(), k + 6); q++) {
            final Token t = tokens.get(q);
            if (t.kind == Token.Kind.POSSESSIVE || t.text.equals("-") && t.glued) {
                continue; // ", the world's second-largest container line"
            }
            if (!t.isWord()
                    || t.is("of")
                    || t.is("that")
                    || t.is("which")
                    || t.is("who")
                    || ContextWords.APPOSITIVE_ENDS.contains(t.lower)) {
                return null; // ", a partner at Copenhagen consultancy X": the kind is the name's after "at"
            }
            if (lexicon.isOrgCue(t)
                    || ContextWords.BODY_NOUNS.contains(t.lower)
                    || ContextWords.BODY_NOUNS.contains(singular(t.lower))
                    || isCompanyKind(t)) {
                return EntityType.ORGANIZATION;
            }
            if (lexicon.isPlaceNoun(t) && !t.is("area") || ContextWords.SETTLEMENTS.contains(t.lower)) {
                return EntityType.LOCATION;
            }
            if (lexicon.isRole(t) || lexicon.isKinNoun(t)) {
                return null;
            }
        }
        return null;
    }

    /** "houses" → "house", "miners" → "miner"; other words unchanged. */
    static String singular(final String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * Is the name before {@code k} (a comma or "and") the last of a list opened by a place preposition: "in Peine and",
     * "in Ca Mau, Soc Trang and"? Each item is one to three capitalised words.
     */
    boolean placeListBefore(final List<Token> tokens, final int k) {
        int q = k - 1;
        for (int items = 0; items < 5 && q >= 0; items++) {
            int start = q;
            while (start >= 0
                    && tokens.get(start).capitalised
                    && q - start < 3
                    && !ContextWords.PLACE_PREPOSITIONS.contains(tokens.get(start).lower)) {
                start--;
            }
            if (start == q || start < 0) {
                return false;
            }
            final Token before = tokens.get(start);
            final boolean movesTo =
                    before.is("to") && start > 0 && ContextWords.MOVEMENT.contains(tokens.get(start - 1).lower);
            if (ContextWords.PLACE_PREPOSITIONS.contains(before.lower) && !before.is("to")
                    || movesTo
                    || lexicon.locationCueEndingAt(tokens, start + 1) > 0
                    || placeExamplesBefore(tokens, start + 1)) {
                return true;
            }
            if (!(before.text.equals(",") || before.is("and") || before.is("or"))) {
                return false;
            }
            q = start - 1;
        }
        return false;
    }

    /**
     * Is the name before {@code k} (a comma or "and") in a list whose first item is a plural storm's: "Typhoons Koral,
     * Senna and"? Each item is one or two capitalised words.
     */
    /** A hyphen glued inside a name, or the lower-case part glued after it: the "-" and "rey" of "Kong-rey". */
    private static boolean isHyphenatedPart(final List<Token> tokens, final int k) {
        final Token t = tokens.get(k);
        return t.glued && k > 0 && (t.text.equals("-") || tokens.get(k - 1).text.equals("-") && t.isWord());
    }

    static boolean stormListBefore(final List<Token> tokens, final int k) {
        int q = k - 1;
        for (int items = 0; items < 5 && q >= 0; items++) {
            int start = q;
            // an item is up to three capitalised words, a hyphenated name counted whole ("Kong-rey")
            while (start >= 0 && (tokens.get(start).capitalised || isHyphenatedPart(tokens, start)) && q - start < 5) {
                if (Lexicon.isStormPlural(tokens.get(start).text)) {
                    return true;
                }
                start--;
            }
            if (start == q || start < 0) {
                return false;
            }
            final Token before = tokens.get(start);
            if (!(before.text.equals(",") || before.is("and"))) {
                return false;
            }
            q = start - 1;
        }
        return false;
    }

    /**
     * "in the Amazon", "the Amazon rainforest": a lower-case "the" before the name, and a place noun after it, or a
     * place preposition before it when a river, basin or the like of that name is known ("Amazon River").
     */
    boolean theGeographicName(final List<Token> tokens, final int a, final int b) {
        if (a < 1 || !tokens.get(a - 1).is("the") || tokens.get(a - 1).capitalised) {
            return false;
        }
        if (b < tokens.size()
                && (lexicon.isPlaceNoun(tokens.get(b))
                        || ContextWords.GEOGRAPHIC_NOUNS.contains(tokens.get(b).lower))) {
            return true;
        }
        if (a < 2 || !ContextWords.PLACE_PREPOSITIONS.contains(tokens.get(a - 2).lower)) {
            return false;
        }
        // "in the Senate", "in the Times" are bodies: only a name a known river, basin or the like shares is a place
        final String name = tokens.get(a).text;
        for (final String feature : ContextWords.FEATURE_HEADS) {
            final Lexicon.NameEntry place = lexicon.name(name + " " + feature);
            if (place != null && place.type() == EntityType.LOCATION) {
                return true;
            }
        }
        return false;
    }

    /** "towns such as A", "villages including A", "cities like A", "the towns of A": places given as examples. */
    /** "companies, including X", "lenders such as X": examples of a plural kind of body. */
    boolean bodyExamplesBefore(final List<Token> tokens, final int a) {
        if (a < 2) {
            return false;
        }
        final Token p = tokens.get(a - 1);
        int noun;
        if (p.is("as") && a >= 3 && tokens.get(a - 2).is("such")) {
            noun = a - 3;
        } else if (p.is("including") || p.is("like")) {
            noun = a - 2;
        } else {
            return false;
        }
        if (noun > 0 && tokens.get(noun).text.equals(",")) {
            noun--;
        }
        final Token t = tokens.get(noun);
        return t.isWord()
                && !t.capitalised
                && t.lower.endsWith("s")
                && (ContextWords.BODY_PLURALS.contains(t.lower)
                        || lexicon.isOrgCue(
                                Tokenizer.tokenize(singular(t.lower)).get(0)));
    }

    static boolean placeExamplesBefore(final List<Token> tokens, final int a) {
        if (a < 2) {
            return false;
        }
        final Token p = tokens.get(a - 1);
        final int noun;
        // "rivers such as the Tana", "lakes including the Inari": the article a river's or lake's name takes
        final int q = p.is("the") && a >= 3 && !tokens.get(a - 2).is("of") ? a - 1 : a;
        final Token before = tokens.get(q - 1);
        if (before.is("as") && q >= 3 && tokens.get(q - 2).is("such")) {
            noun = q - 3;
        } else if (before.is("including") || before.is("like") || before.is("of") && q == a) {
            noun = q - 2;
        } else {
            return false;
        }
        if (noun < 0) {
            return false;
        }
        return !tokens.get(noun).capitalised && ContextWords.PLACE_PLURALS.contains(tokens.get(noun).lower);
    }

    /**
     * A lone name joined to a well-known place: by "and"/"or" on either side ("from Ashford and Dover"), followed by
     * a comma and a place that locates it ("Braunsberg, East Prussia"), or inside a comma list after one ("Toronto,
     * Omaha, New York"). A name after a place and a comma that a verb follows ("In Paris, Hidalgo said") is not in a
     * list.
     */
    boolean coordinatedWithKnownPlace(final List<Token> tokens, final int a, final int b) {
        final int n = tokens.size();
        if (a >= 2
                && (tokens.get(a - 1).is("and") || tokens.get(a - 1).is("or"))
                && spans.isKnownPlace(tokens, a - 2)) {
            return true;
        }
        if (b + 1 < n
                && (tokens.get(b).is("and") || tokens.get(b).is("or"))
                && spans.knownPlaceLengthAt(tokens, b + 1) > 0) {
            return true;
        }
        if (b + 1 < n && tokens.get(b).text.equals(",")) {
            final int place = spans.knownPlaceLengthAt(tokens, b + 1);
            if (place > 0 && endsPhrase(tokens, b + 1 + place)) {
                return true; // "Braunsberg, East Prussia, then part of Poland"
            }
        }
        // a third item: "Toronto, Omaha, Portland"
        return a >= 4
                && endsPhrase(tokens, b)
                && tokens.get(a - 1).text.equals(",")
                && spans.isKnownPlace(tokens, a - 2)
                && tokens.get(a - 3).text.equals(",");
    }

    /**
     * Does a predicate only people have follow at {@code k}: a person verb, after at most one auxiliary ("was born",
     * "died", "has starred"), or "has"/"had" and a family noun ("has a brother", "had two daughters")?
     */
    boolean isPersonSubject(final List<Token> tokens, final int k) {
        final int n = tokens.size();
        if (k >= n) {
            return false;
        }
        final Token next = tokens.get(k);
        if (lexicon.isPersonVerb(next)) {
            return true;
        }
        if (!(lexicon.isAuxiliary(next) || next.is("was") || next.is("is")) || k + 1 >= n) {
            return false;
        }
        final Token after = tokens.get(k + 1);
        if (lexicon.isPersonVerb(after)) {
            return true;
        }
        if (!(next.is("has") || next.is("had")) || k + 2 >= n) {
            return false;
        }
        final boolean determiner =
                after.is("a") || after.is("an") || after.kind == Token.Kind.NUMBER || lexicon.numberWord(after) != null;
        return determiner && lexicon.isKinNoun(tokens.get(k + 2));
    }

    /** Does nothing that continues a list or a clause stand at {@code k}: the end, or punctuation? */
    static boolean endsPhrase(final List<Token> tokens, final int k) {
        return k >= tokens.size()
                || tokens.get(k).kind == Token.Kind.PUNCT && !tokens.get(k).text.equals("-")
                || tokens.get(k).kind == Token.Kind.CITATION;
    }

    static boolean isAge(final List<Token> tokens, final int k) {
        final Token t = tokens.get(k);
        if (t.is("now") || t.is("aged")) {
            return k + 1 < tokens.size() && isAge(tokens, k + 1); // "Okafor, now 31, is on trial"
        }
        return t.kind == Token.Kind.NUMBER
                && t.text.length() <= 3
                && !t.text.contains(".")
                && k + 1 < tokens.size()
                && tokens.get(k + 1).text.equals(",");
    }

    /** ", a spokesman for", ", the former chief executive of", ", an analyst at", ", director of". */
    boolean isRoleAppositive(final List<Token> tokens, final int k) {
        final Token article = tokens.get(k);
        if (!(article.is("a") || article.is("an") || article.is("the"))) {
            // ", director of plant protection at …": a role without an article, then what it is a role in
            return k + 1 < tokens.size()
                    && isLowerCaseRole(article)
                    && !lexicon.isOrgCue(article)
                    && ContextWords.ROLE_OF.contains(tokens.get(k + 1).lower);
        }
        boolean named = false;
        for (int q = k + 1; q < Math.min(tokens.size(), k + 7); q++) {
            final Token t = tokens.get(q);
            if (t.kind == Token.Kind.POSSESSIVE) {
                continue; // ", the summit's president,"
            }
            if (t.isWord() && t.capitalised && !t.sentenceStart) {
                named = true; // ", the charity's Yemen country director", ", the MILF chairman"
                continue;
            }
            if (!t.isWord()) {
                return false;
            }
            if (lexicon.isRole(t) && !lexicon.isOrgCue(t)) {
                // a team leads a league ("Arvale, the Premier League leader,"); a person leads a named body too
                return !named || !t.is("leader");
            }
        }
        return false;
    }
}
