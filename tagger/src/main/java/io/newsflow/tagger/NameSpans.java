package io.newsflow.tagger;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where names start and end in one line of tokens, before any scoring: runs of capitalised tokens joined by particles
 * ("Ursula von der Leyen"), hyphens, regnal numbers and generation suffixes, "of"/"for"/"and" parts of bodies'
 * names ("Ministry of Agriculture and Rural Development"), firms of partners ("Dunmore, Pratt & Kell"); tokens that
 * are no name (units, ordinals, tickers, compound prefixes, credits); openers trimmed from a run's front ("Economist",
 * "The") and places split from a name that follows ("France Emmanuel Macron"). Also what the lexicon says of a span
 * that both span building and scoring ask ("a known place ends here", "a plain dictionary word").
 *
 * <p>Stateless apart from the read-only {@link Lexicon}; indices are token positions, {@code to}/{@code b} exclusive,
 * and {@code used} marks tokens an earlier pass already claimed.
 */
final class NameSpans {

    private final Lexicon lexicon;

    NameSpans(final Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Capitalised words from {@code k} that end in an organisation's head: "Reserve Bank", "Red Cross Society". */
    boolean bodyNameFollows(final List<Token> tokens, final int k) {
        for (int q = k; q < Math.min(tokens.size(), k + 4); q++) {
            final Token t = tokens.get(q);
            if (!t.isWord() || !t.capitalised) {
                return false;
            }
            if (lexicon.isOrgHead(t)) {
                return true;
            }
        }
        return false;
    }

    boolean isNameToken(final List<Token> tokens, final boolean[] used, final int k) {
        final Token t = tokens.get(k);
        return t.isWord()
                && !used[k]
                && !t.credit
                && (t.capitalised || hasInnerCapital(t.text))
                && (!lexicon.isNotEntity(t) || isSaint(tokens, k))
                && !isShoutedWord(tokens, k)
                && !isContractedVerb(tokens, k)
                && !isUnitOrOrdinal(tokens, k)
                && !isCompoundPrefix(tokens, k)
                && !(k > 0 && tokens.get(k - 1).text.equals("(") && tickerEnd(tokens, k - 1) > 0)
                && !(k > 1 && NameParts.EXCHANGES.contains(tokens.get(k - 2).text) && tickerEnd(tokens, k - 2) > 0);
    }

    /**
     * An English word written in capitals for emphasis, as web text does ("I will NEVER go back", "GREAT SERVICE"): a
     * dictionary word that no list knows as a name in capitals or title case ("WHO", "US" and "CAIRO" are listed), with
     * no other capitalised word beside it. Next to one it is part of a name ("MAD Solutions", "OZ KOVO", "MARK
     * TREVANNICK"). Dateline places are read elsewhere.
     */
    boolean isShoutedWord(final List<Token> tokens, final int k) {
        return isShoutedDictionaryWord(tokens.get(k))
                && !isOtherCapitalised(tokens, k - 1)
                && !isOtherCapitalised(tokens, k + 1);
    }

    private boolean isShoutedDictionaryWord(final Token t) {
        return t.allCaps
                && t.text.length() >= 2
                && !t.dateline
                && lexicon.isCommonWord(t)
                && lexicon.name(t.text) == null
                && lexicon.name(NameShapes.titleCase(t.text)) == null;
    }

    private boolean isOtherCapitalised(final List<Token> tokens, final int k) {
        return k >= 0
                && k < tokens.size()
                && tokens.get(k).isWord()
                && tokens.get(k).capitalised
                && tokens.get(k).text.length() >= 2
                && !isShoutedDictionaryWord(tokens.get(k));
    }

    /**
     * A verb with its negation, "Don't", "Can't", "Isn’t", or before a split-off one, as tokenised text writes it ("Do
     * n't"): no name, though a sentence's first word no dictionary knows would be one.
     */
    static boolean isContractedVerb(final List<Token> tokens, final int k) {
        final String next = k + 1 < tokens.size() ? tokens.get(k + 1).lower : "";
        return isNegation(tokens.get(k).lower) || isNegation(next) && next.length() == 3;
    }

    private static boolean isNegation(final String lowerCase) {
        return lowerCase.endsWith("n't") || lowerCase.endsWith("n\u2019t");
    }

    /**
     * A sentence's capitalised first word that is only the prefix of a compound ("Co-author Ana Lima said", "Ex-minister
     * …", "Anti-graft campaigners"): the hyphen and a lower-case word follow it, glued.
     */
    static boolean isCompoundPrefix(final List<Token> tokens, final int k) {
        return k + 2 < tokens.size()
                && NameParts.COMPOUND_PREFIXES.contains(tokens.get(k).lower)
                && isJoiningHyphen(tokens, k + 1)
                && tokens.get(k + 2).isWord()
                && !tokens.get(k + 2).capitalised;
    }

    /** Whether a token from {@code from} (inclusive) to {@code to} (exclusive) passes {@code test}. */
    static boolean anyToken(final List<Token> tokens, final int from, final int to, final Predicate<Token> test) {
        for (int q = from; q < to; q++) {
            if (test.test(tokens.get(q))) {
                return true;
            }
        }
        return false;
    }

    /** A hyphen at {@code k} written without spaces, joining the words on both sides: "al-Faisal", "Harbinor-owned". */
    static boolean isJoiningHyphen(final List<Token> tokens, final int k) {
        return k + 1 < tokens.size()
                && tokens.get(k).text.equals("-")
                && tokens.get(k).glued
                && tokens.get(k + 1).glued;
    }

    /**
     * A listed company's ticker in brackets at {@code k} (the opening bracket, or the exchange after it): "(OSTR.L)",
     * "(VALE3.SA)", "(NYSE: KLM)". Returns the index after the closing bracket, or -1.
     */
    static int tickerEnd(final List<Token> tokens, final int k) {
        final int n = tokens.size();
        int q = k;
        if (q < n && tokens.get(q).text.equals("(")) {
            q++;
        }
        if (q + 1 < n
                && NameParts.EXCHANGES.contains(tokens.get(q).text)
                && tokens.get(q + 1).text.equals(":")) {
            q += 2;
            if (q + 1 < n && tokens.get(q).allCaps && tokens.get(q + 1).text.equals(")")) {
                return q + 2;
            }
            return -1;
        }
        if (q + 1 < n
                && tokens.get(q).isWord()
                && tokens.get(q).text.matches("[A-Z0-9]{1,6}\\.[A-Z]{1,2}")
                && tokens.get(q + 1).text.equals(")")) {
            return q + 2; // "OSTR.L" as one token
        }
        if (q + 3 < n
                && tokens.get(q).isWord()
                && Character.isUpperCase(tokens.get(q).text.charAt(0))
                && tokens.get(q).text.length() <= 6
                && tokens.get(q + 1).text.equals(".")
                && tokens.get(q + 1).glued
                && tokens.get(q + 2).glued
                && tokens.get(q + 2).isWord()
                && tokens.get(q + 2).text.length() <= 2
                && tokens.get(q + 2).text.equals(tokens.get(q + 2).text.toUpperCase(Locale.ROOT))
                && tokens.get(q + 3).text.equals(")")) {
            return q + 4;
        }
        return -1;
    }

    /**
     * A unit after a number ("0.8 C", "45 F", "3 GW") or a numeral that counts a common noun's steps ("Phase II",
     * "Phase II/III", "Stage IV"): capital letters that name nothing.
     */
    boolean isUnitOrOrdinal(final List<Token> tokens, final int k) {
        if (k == 0) {
            return false;
        }
        final Token t = tokens.get(k);
        final Token prev = tokens.get(k - 1);
        if (prev.kind == Token.Kind.NUMBER) {
            return NameParts.UNITS.contains(t.text);
        }
        return isRegnalNumber(t) && (prev.text.equals("/") || prev.capitalised && isCountedNoun(prev));
    }

    /** "Phase", "Stage", "Article": a capitalised common noun whose roman numeral is an ordinal, not a reign. */
    boolean isCountedNoun(final Token t) {
        return lexicon.isOnlyCommonWord(t) && !lexicon.isFirstName(t) && lexicon.titleEndingAt(List.of(t), 1) == 0;
    }

    /** "St Helens", "St. Mary's Hospital": "St" before a name is a saint's, part of the name. */
    static boolean isSaint(final List<Token> tokens, final int k) {
        final Token t = tokens.get(k);
        if (!(t.text.equals("St") || t.text.equals("St.")) || k + 1 >= tokens.size()) {
            return false;
        }
        final Token next = tokens.get(k + 1);
        return next.capitalised && !next.sentenceStart && !next.allCaps;
    }

    int extendRun(final List<Token> tokens, final boolean[] used, final int from) {
        final int n = tokens.size();
        int j = from + 1;
        while (j < n) {
            final Token t = tokens.get(j);
            if (isNameToken(tokens, used, j) && !t.sentenceStart) {
                j++;
            } else if (t.text.equals("TV") && !used[j] && !tokens.get(j - 1).allCaps) {
                j++; // "Kompas TV", "Channel One TV": a broadcaster's name; "TV" alone is none
            } else if (isRegnalNumber(t)
                    && !used[j]
                    && !tokens.get(j - 1).allCaps
                    && !isPronounI(tokens, from, j)
                    && !isCountedNoun(tokens.get(j - 1))) {
                j++; // "Ramesses II", "Pope Paul VI"
            } else if (j - from <= 3 && isGenerationSuffix(tokens, j)) {
                j += t.text.equals(",") ? 2 : 1; // "Sammy Davis, Jr.", "Cal Ripken Jr."
            } else if (j + 1 < n && j - from <= 2 && isEpithet(tokens, used, from, j)) {
                j += 2; // "Ivan the Terrible", "Louis the Pious"
            } else if (j + 2 < n
                    && NameParts.ARABIC_PARTICLES.contains(t.text)
                    && isJoiningHyphen(tokens, j + 1)
                    && isNameToken(tokens, used, j + 2)) {
                j += 3; // "Abdel Fattah el-Sisi", "Khalid al-Faisal"
            } else if (j + 1 < n && isConnector(tokens, used, from, j) && isNameToken(tokens, used, j + 1)) {
                j += 2;
            } else if (j + 2 < n
                    && j > from
                    && NameParts.PARTICLES.contains(t.lower)
                    && !t.capitalised
                    && !used[j]
                    && isParticle(tokens.get(j + 1))
                    && !used[j + 1]
                    && isNameToken(tokens, used, j + 2)) {
                j += 3; // "Hendrik van der Westhuizen", "Jean de la Fontaine", "Ursula von der Leyen"
            } else if (j + 2 < n
                    && t.is("of")
                    && tokens.get(j + 1).is("the")
                    && allowsOf(tokens, j)
                    && isNameToken(tokens, used, j + 2)) {
                j += 3;
            } else if (isJoiningHyphen(tokens, j)
                    && isNameToken(tokens, used, j + 1)
                    && !joinsTwoPlaces(tokens, from, j)) {
                j += 2;
            } else if (j + 1 < n
                    && j - from >= 2
                    && t.text.equals("-")
                    && t.glued
                    && tokens.get(j + 1).glued
                    && isSyllable(tokens.get(j + 1))
                    && (j + 2 == n || !tokens.get(j + 2).glued || tokens.get(j + 2).kind != Token.Kind.WORD)) {
                j += 2; // "Kim Jong-un", "Lee Cheuk-yan": the second syllable of an East Asian given name
            } else if (j + 1 < n && t.is("and") && j > from + 1 && coordinatedOrgPartEnd(tokens, used, from, j) > 0) {
                j = coordinatedOrgPartEnd(tokens, used, from, j); // "Ministry of Agriculture and Rural Development"
            } else if (j + 1 < n
                    && t.text.equals(",")
                    && j > from + 1
                    && commaListOrgPartEnd(tokens, used, from, j) > 0) {
                j = commaListOrgPartEnd(tokens, used, from, j); // "Ministry of Agriculture, Livestock and Fisheries"
            } else if (j + 1 < n
                    && (j == from + 1 || j == from + 2 && isSaint(tokens, from))
                    && joinsOrgName(tokens, from, j)
                    && isNameToken(tokens, used, j + 1)
                    && !(t.is("and") && startsListedBody(tokens, j + 1))
                    && endsWithOrgHead(tokens, used, j + 1)) {
                j = extendRun(tokens, used, j + 1); // "Competition and Markets Authority", "King's College"
            } else if (j == from + 1 && firmNameEnd(tokens, used, j) > 0) {
                j = firmNameEnd(tokens, used, j); // "Dunmore, Pratt & Kell": a firm of partners' surnames
            } else if (j > from && isPossessiveInsideOrgName(tokens, used, j)) {
                j = extendRun(tokens, used, j + 1); // "Kelvin People's Defence Forces", "Paper Workers' Union"
            } else if (j > from + 1 && placeOfABodyEnd(tokens, used, j) > 0) {
                j = placeOfABodyEnd(tokens, used, j); // "National Archive of Veldoria", "Working Group on Fisheries"
            } else if (j + 1 < n && t.is("and") && orgNameAcrossAndEnd(tokens, used, from, j) > 0) {
                j = orgNameAcrossAndEnd(tokens, used, from, j); // "Independent Electoral and Boundaries Commission"
            } else if (j + 1 < n
                    && t.is("for")
                    && !used[j]
                    && isNameToken(tokens, used, j + 1)
                    && (hasOrgOfHead(tokens, from, j)
                            || lexicon.isOrgOfHead(tokens.get(j - 1)) && isPlainWord(tokens.get(j + 1))
                            || j > from + 1 && lexicon.isOrgHead(tokens.get(j - 1)) && opensForPart(tokens, used, j))) {
                j += 2; // "Board of Control for Cricket", "Ostrava Bank for Reconstruction", "X Trust for Island Music"
            } else if (t.is("in") && !used[j] && countryEndingAForPart(tokens, from, j) > 0) {
                j += 1 + countryEndingAForPart(tokens, from, j); // "Board of Control for Cricket in India"
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * Where a name that a bracketed short form spells ({@link #acronymSpelledEnd}) starts among the run {@code from}–
     * {@code end}'s words when it goes on past the run's end ("Office of the US Trade Representative (USTR)", where a
     * title stops the run), or -1.
     */
    int spelledNameStart(final List<Token> tokens, final boolean[] used, final int from, final int end) {
        for (int s = from; s < end; s++) {
            if (tokens.get(s).capitalised && acronymSpelledEnd(tokens, used, s) > end) {
                return s;
            }
        }
        return -1;
    }

    /** Lower-case words a body's short form may skip or spell: "Office of the …", "Mission in …", "Forum for …". */
    private static final Set<String> ACRONYM_JOINTS =
            Set.of("of", "and", "for", "the", "in", "to", "on", "de", "du", "des", "la", "el", "at", "&");

    /** Last words of a military unit's name, which may open with an ordinal: "444th Combat Brigade". */
    private static final Set<String> UNIT_HEADS =
            Set.of("Brigade", "Battalion", "Regiment", "Division", "Squadron", "Corps", "Fleet", "Army", "Infantry");

    /**
     * "444th Combat Brigade", "3rd Infantry Division": an ordinal written in digits right before a run {@code from}–
     * {@code end} that ends in a military unit's head opens the unit's name. Returns where the name starts.
     */
    int ordinalBeforeUnit(final List<Token> tokens, final boolean[] used, final int from, final int end) {
        if (from == 0 || used[from - 1] || !UNIT_HEADS.contains(tokens.get(end - 1).text)) {
            return from;
        }
        final Token ordinal = tokens.get(from - 1);
        return ordinal.isWord() && ordinal.lower.matches("[0-9]+(st|nd|rd|th)") ? from - 1 : from;
    }

    /** How many tokens before a bracketed short form its full name may take: "Agency Coordinating Body for …". */
    private static final int ACRONYM_REACH = 14;

    /**
     * "National Energy Regulator of South Africa (Nersa)", "Irish Nurses and Midwives Organisation (INMO)",
     * "Canadian Radio-television and Telecommunications Commission (CRTC)": capitalised words from {@code from}, with
     * "of", "and", "for", "the", "in", "to", "on" (and "de", "du", …) between them, right before a short form in
     * brackets whose letters they spell in order (case aside) are one name, whatever the run builder made of them. Each
     * capitalised word gives its initial (or up to three first letters, an all-capitals word its whole self, "UN Support
     * Mission in Libya (UNSMIL)"); the small words and a hyphenated word's second part give theirs or nothing. Returns
     * the index of the opening bracket, or -1.
     */
    int acronymSpelledEnd(final List<Token> tokens, final boolean[] used, final int from) {
        final int n = tokens.size();
        if (!isNameToken(tokens, used, from) || from > 0 && isJoiningHyphen(tokens, from - 1)) {
            return -1; // "Director-General of the …": a compound's second part opens no name
        }
        int q = from + 1;
        boolean lowerCaseWord = false;
        while (q < n && q - from <= ACRONYM_REACH) {
            final Token t = tokens.get(q);
            if (t.text.equals("(")) {
                break;
            }
            final boolean word = isNameToken(tokens, used, q) && !t.sentenceStart;
            final boolean joint = !used[q] && !t.capitalised && ACRONYM_JOINTS.contains(t.lower);
            final boolean hyphenPart =
                    isJoiningHyphen(tokens, q) && tokens.get(q + 1).isWord();
            // one lower-case word between capitalised ones: "Medicines and Healthcare products Regulatory Agency"
            final boolean inner = !lowerCaseWord
                    && !used[q]
                    && t.isWord()
                    && !t.capitalised
                    && q + 1 < n
                    && tokens.get(q + 1).capitalised
                    && tokens.get(q - 1).capitalised;
            if (hyphenPart) {
                q += 2;
            } else if (word || joint || inner) {
                lowerCaseWord |= inner && !joint && !word;
                q++;
            } else {
                return -1;
            }
        }
        return isSpelledByShortForm(tokens, from, q) ? q : -1;
    }

    /** Some of the tokens {@code from}–{@code to}, up to the last, spell the short form in brackets after them. */
    boolean endsInSpelledName(final List<Token> tokens, final int from, final int to) {
        for (int s = from; s < to - 1; s++) {
            if (isSpelledByShortForm(tokens, s, to)) {
                return true;
            }
        }
        return false;
    }

    /** The tokens {@code from}–{@code to} spell the short form in brackets right after them (see above). */
    boolean isSpelledByShortForm(final List<Token> tokens, final int from, final int to) {
        if (to + 2 >= tokens.size()
                || to - from < 2
                || !tokens.get(to).text.equals("(")
                || !tokens.get(to + 2).text.equals(")")
                || !tokens.get(to - 1).capitalised
                || !tokens.get(from).capitalised
                || !isShortForm(tokens.get(to + 1))) {
            return false;
        }
        final String letters = tokens.get(to + 1).text.toUpperCase(Locale.ROOT);
        return spells(tokens, from, to, letters, 0, new HashSet<>());
    }

    /** "NERSA", "Nersa", "RAMSI": one word of two to ten letters, capitalised, no plural of an acronym ("NGOs"). */
    private static boolean isShortForm(final Token t) {
        return t.isWord()
                && t.capitalised
                && t.text.length() >= 2
                && t.text.length() <= 10
                && t.text.chars().allMatch(Character::isLetter)
                && (t.allCaps || t.text.substring(1).equals(t.text.substring(1).toLowerCase(Locale.ROOT)));
    }

    /**
     * Do the tokens {@code q}–{@code to} spell {@code letters} from {@code l}? {@code failed} remembers (token, letter)
     * pairs already ruled out, so a long name costs a few hundred steps at most.
     */
    private static boolean spells(
            final List<Token> tokens,
            final int q,
            final int to,
            final String letters,
            final int l,
            final Set<Integer> failed) {
        if (q == to) {
            return l == letters.length();
        }
        final int state = q * 16 + l;
        if (failed.contains(state)) {
            return false;
        }
        final Token t = tokens.get(q);
        final String upper = t.text.toUpperCase(Locale.ROOT);
        final boolean optional = !t.capitalised || q > 0 && isJoiningHyphen(tokens, q - 1);
        if (t.text.equals("-")) {
            if (spells(tokens, q + 1, to, letters, l, failed)) {
                return true;
            }
        } else {
            if (optional && spells(tokens, q + 1, to, letters, l, failed)) {
                return true;
            }
            final int most = t.allCaps ? upper.length() : Math.min(3, upper.length());
            for (int len = 1; len <= most && l + len <= letters.length(); len++) {
                if (!letters.regionMatches(l, upper, 0, len)) {
                    break;
                }
                if (spells(tokens, q + 1, to, letters, l + len, failed)) {
                    return true;
                }
            }
        }
        failed.add(state);
        return false;
    }

    /**
     * Is the "I" after the name at {@code from} the pronoun ("In Boston I did see", "in Lyon I ate")? It is a
     * regnal number after a title ("king Charles I signed") and before punctuation or a preposition ("Henry I of
     * England", "succeeded Mieszko I as duke").
     */
    boolean isPronounI(final List<Token> tokens, final int from, final int j) {
        if (!tokens.get(j).text.equals("I") || j + 1 >= tokens.size()) {
            return false;
        }
        if (from > 0 && lexicon.titleEndingAt(tokens, from) > 0) {
            return false;
        }
        final Token next = tokens.get(j + 1);
        final boolean verbLike = lexicon.isAuxiliary(next) || next.is("was") || next.is("am");
        return next.isWord() && !(lexicon.isFunctionWord(next) && !verbLike);
    }

    /** "Jr." or "Sr.", directly or after a comma, closing a person's name: "Sammy Davis, Jr.". */
    static boolean isGenerationSuffix(final List<Token> tokens, final int j) {
        final Token t = tokens.get(j);
        if (t.text.equals(",")) {
            return j + 1 < tokens.size() && NameParts.GENERATIONS.contains(tokens.get(j + 1).text);
        }
        return NameParts.GENERATIONS.contains(t.text);
    }

    /**
     * "Ivan the Terrible", "Louis the Pious", "Alfred the Great": a given name that is no English word ("See the
     * Tips" is no person), at most one more name, "the" and one capitalised adjective, or a nationality that no noun
     * follows ("told John the Chinese government" is two things).
     */
    boolean isEpithet(final List<Token> tokens, final boolean[] used, final int from, final int j) {
        if (!tokens.get(j).is("the")
                || used[j]
                || !lexicon.isFirstName(tokens.get(from))
                || lexicon.isCommonWord(tokens.get(from))
                || !isNameToken(tokens, used, j + 1)) {
            return false;
        }
        final Token epithet = tokens.get(j + 1);
        final Lexicon.NameEntry entry = lexicon.name(epithet.text);
        final boolean adjective = entry == null
                ? lexicon.isCommonWord(epithet) && !lexicon.isFirstName(epithet)
                : entry.type() == EntityType.MISC;
        if (!adjective || lexicon.isOrgHead(epithet) || lexicon.isLocationHead(epithet)) {
            return false;
        }
        final int after = j + 2;
        return entry == null
                || after >= tokens.size()
                || tokens.get(after).kind != Token.Kind.WORD
                || !tokens.get(after).capitalised && !modifiesANoun(tokens.get(after));
    }

    /**
     * "Ministry of Agriculture and Rural Development", "National Institute for Public Health and the Environment":
     * after an organisation head and its "of"/"for" part, "and" (and perhaps "the") joins more capitalised dictionary
     * words to the name. Returns the end of the joined part, or -1; a known name or a given name after "and" is
     * another entity ("the Ministry of Defence and Airbus").
     */
    int coordinatedOrgPartEnd(final List<Token> tokens, final boolean[] used, final int from, final int j) {
        boolean headed = false;
        for (int q = from; q + 1 < j && !headed; q++) {
            final Token joint = tokens.get(q + 1);
            headed = lexicon.isOrgOfHead(tokens.get(q)) && (joint.is("of") || joint.is("for"))
                    || lexicon.isOrgHead(tokens.get(q)) && (joint.is("for") || joint.is("on"));
        }
        if (!headed || used[j]) {
            return -1;
        }
        int q = j + 1;
        final boolean article = q < tokens.size() && tokens.get(q).is("the") && !tokens.get(q).capitalised && !used[q];
        if (article) {
            q++;
        }
        final int start = q;
        boolean plain = false;
        // after "and the" a word no list knows opens another body: "and the Mellor Trust"
        while (q < tokens.size()
                && isNameToken(tokens, used, q)
                && !tokens.get(q).sentenceStart
                && (article
                        ? isPlainWord(tokens.get(q))
                        : isFieldWord(tokens.get(q)) || q > start && isUnlistedCommonWord(tokens.get(q)))
                && q - start < 4) {
            // a given name that is also a word goes on a field's name ("Health and Social Care"); a science's name
            // no dictionary knows is a field too ("Institute of Seismology and Volcanology")
            plain |= isPlainWord(tokens.get(q))
                    || q > start && isUnlistedCommonWord(tokens.get(q))
                    || isScienceName(tokens.get(q));
            q++;
        }
        if (!plain || q < tokens.size() && isNameToken(tokens, used, q) && !tokens.get(q).sentenceStart) {
            return -1; // nothing plain joined, or the part goes on with a name: "and Tata Steel"
        }
        return q;
    }

    /**
     * "Ministry of Agriculture, Livestock and Fisheries": after an organisation head's "of" or "for" part, a comma, one
     * to three plain capitalised words per item and a last item after "and" are the one name. Returns its end, or -1.
     */
    int commaListOrgPartEnd(final List<Token> tokens, final boolean[] used, final int from, final int j) {
        int q = j;
        while (q < tokens.size() && tokens.get(q).text.equals(",") && !used[q]) {
            final int start = q + 1;
            q = start;
            while (q < tokens.size()
                    && q - start < 3
                    && isNameToken(tokens, used, q)
                    && !tokens.get(q).sentenceStart
                    && isFieldWord(tokens.get(q))) {
                q++;
            }
            if (q == start || q >= tokens.size()) {
                return -1;
            }
        }
        return q + 1 < tokens.size() && tokens.get(q).is("and") ? coordinatedOrgPartEnd(tokens, used, from, q) : -1;
    }

    /**
     * "Independent Electoral and Boundaries Commission", "National Disaster Risk Reduction and Management Council":
     * capitalised dictionary words (with "of", "for", "the", "and" between them) on both sides of the "and" at {@code
     * j}, the last an organisation head, are one name. Returns the end of that head, or -1. A known name or a given
     * name on either side makes two entities ("Trump and Acme Council", "the European Commission and Council").
     */
    int orgNameAcrossAndEnd(final List<Token> tokens, final boolean[] used, final int from, final int j) {
        if (used[j] || lexicon.isOrgHead(tokens.get(j - 1))) {
            return -1; // a head before "and" ends a name: "the Court and National Assembly" are two bodies
        }
        final int first = tokens.get(from).is("the") ? from + 1 : from;
        for (int q = first; q < j; q++) {
            final Token t = tokens.get(q);
            // a country or a word no list knows may open the name: "the U.S. Food and Drug Administration"
            final boolean country =
                    q == first && j - q >= 2 && (isCountryWord(t) || isNationalityWord(t) || isUnlistedWord(t));
            // a compound's parts ("Anti-Corruption and Civil Rights Commission") and a word that is also a given
            // name ("Land and Titles Court") are words of the name as well
            final boolean compound = isJoiningHyphen(tokens, q) || q > first && isJoiningHyphen(tokens, q - 1);
            final boolean word = isPlainWord(t) || isUnlistedCommonWord(t) && !t.allCaps;
            if (compound) {
                continue;
            }
            if (t.capitalised ? !word && !country : !NameParts.NAME_JOINTS.contains(t.lower)) {
                return -1;
            }
        }
        int q = j + 1;
        while (q < tokens.size() && q - j <= 6) {
            final Token t = tokens.get(q);
            if (isNameToken(tokens, used, q) && !t.sentenceStart && (isPlainWord(t) || isUnlistedCommonWord(t))) {
                q++;
                final boolean nameGoesOn =
                        q < tokens.size() && isNameToken(tokens, used, q) && !tokens.get(q).sentenceStart;
                if (lexicon.isOrgHead(t) && !nameGoesOn) {
                    return q;
                }
            } else if (!t.capitalised && !used[q] && NameParts.NAME_JOINTS.contains(t.lower) && q > j + 1) {
                q++;
            } else {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Lisbon-Madrid", "China-Europe": a hyphen at {@code j} between two known places is a route or a relation, not
     * one name, unless the whole is a listed name ("Guinea-Bissau").
     */
    boolean joinsTwoPlaces(final List<Token> tokens, final int from, final int j) {
        if (!isKnownPlace(tokens, j - 1) || knownPlaceLengthAt(tokens, j + 1) != 1) {
            return false;
        }
        for (int a = from; a < j; a++) {
            if (lexicon.name(Lexicon.key(tokens, a, j + 2, false)) != null) {
                return false;
            }
        }
        return true;
    }

    /** A listed organisation's name of two words or more starts at {@code k}: "(Kelvo and) Air Astravia". */
    boolean startsListedBody(final List<Token> tokens, final int k) {
        for (int len = Math.min(lexicon.maxNameTokens(), tokens.size() - k); len >= 2; len--) {
            if (isListedBody(tokens, k, k + len)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Dunmore, Pratt & Kell", "Arnott, Bell, Carr & Dey": one-word names joined by commas and a last "&" are a firm
     * (law, accounting, consulting). Returns the end of the last name, or -1; a list with "and" is a list.
     */
    int firmNameEnd(final List<Token> tokens, final boolean[] used, final int j) {
        int q = j;
        while (q + 2 < tokens.size()
                && tokens.get(q).text.equals(",")
                && !used[q]
                && isNameToken(tokens, used, q + 1)
                && !tokens.get(q + 1).sentenceStart
                && q - j < 8) {
            q += 2;
        }
        final boolean ampersand = q > j
                && q + 1 < tokens.size()
                && tokens.get(q).text.equals("&")
                && !used[q]
                && isNameToken(tokens, used, q + 1);
        final boolean nameGoesOn = ampersand
                && q + 2 < tokens.size()
                && isNameToken(tokens, used, q + 2)
                && !tokens.get(q + 2).sentenceStart;
        return ampersand && !nameGoesOn ? q + 2 : -1;
    }

    /**
     * "Paper Workers' Union", "Kelvin People's Defence Forces", "Women Runners' Association": a possessive at {@code
     * j} after a plural noun, followed by the rest of an organisation's name, is inside the name. Not after a name
     * ("Acme's Research Group" is the group of Acme).
     */
    boolean isPossessiveInsideOrgName(final List<Token> tokens, final boolean[] used, final int j) {
        final Token t = tokens.get(j);
        final Token owner = tokens.get(j - 1);
        final boolean plural = t.kind == Token.Kind.POSSESSIVE
                ? NameParts.POSSESSIVE_NAME_PARTS.contains(owner.lower)
                : (t.text.equals("'") || t.text.equals("\u2019"))
                        && t.glued
                        && owner.capitalised
                        && owner.lower.endsWith("s")
                        && isPlainWord(owner);
        return plural
                && !used[j]
                && j + 1 < tokens.size()
                && isNameToken(tokens, used, j + 1)
                && !tokens.get(j + 1).sentenceStart
                && endsWithOrgHead(tokens, used, j + 1);
    }

    /**
     * "National Archive of Veldoria", "Regional Government of Pelmora", "Joint Steering Group on Fisheries": after a
     * modified organisation head (not the first word of the run: "Government of Kenya" is the country's), "of" and a
     * known place, or "on" and one to three plain capitalised words, that end the run belong to the name ("The
     * Council on Ethics" too). Returns the end of the name, or -1.
     */
    int placeOfABodyEnd(final List<Token> tokens, final boolean[] used, final int j) {
        final Token joint = tokens.get(j);
        if (used[j]
                || joint.capitalised
                || !lexicon.isOrgHead(tokens.get(j - 1))
                || joint.is("of") && tokens.get(j - 2).is("the") // "The Government of Peru" opens a sentence
                || j + 1 >= tokens.size()) {
            return -1;
        }
        int q = j + 1;
        // a mission is named after where it is sent: "Kelvin Assistance Mission in Veldoria", "… Mission to Tarvia"
        final boolean mission =
                (joint.is("in") || joint.is("to")) && tokens.get(j - 1).text.equals("Mission");
        if (joint.is("of") || mission) {
            q += knownPlaceLengthAt(tokens, q);
        } else if (joint.is("on")) {
            while (q < tokens.size()
                    && q - j <= 3
                    && isNameToken(tokens, used, q)
                    && !tokens.get(q).sentenceStart
                    && isPlainWord(tokens.get(q))) {
                q++;
            }
        }
        // "the Metropolitan Club on Kelvin Street": a street or square after "on" is where the body is
        if (q == j + 1 || !isFree(used, j + 1, q) || joint.is("on") && lexicon.isLocationHead(tokens.get(q - 1))) {
            return -1;
        }
        final boolean nameGoesOn = q < tokens.size()
                && (isNameToken(tokens, used, q) && !tokens.get(q).sentenceStart
                        || tokens.get(q).kind == Token.Kind.POSSESSIVE);
        return nameGoesOn ? -1 : q;
    }

    /**
     * Does a body's "for" part open at {@code j + 1} ("Trust for Island Heritage", "Trust for Caribbean Music")? A
     * plain capitalised word, or a known place or nationality before one.
     */
    boolean opensForPart(final List<Token> tokens, final boolean[] used, final int j) {
        final Token first = tokens.get(j + 1);
        if (first.sentenceStart) {
            return false;
        }
        if (isPlainWord(first)) {
            return true;
        }
        final Lexicon.NameEntry e = lexicon.name(first.text);
        return e != null
                && (e.type() == EntityType.LOCATION || e.type() == EntityType.MISC)
                && j + 2 < tokens.size()
                && isNameToken(tokens, used, j + 2)
                && !tokens.get(j + 2).sentenceStart
                && isPlainWord(tokens.get(j + 2));
    }

    /** "Care", "Land": a dictionary word no list knows as a name, though it may be a given name too. */
    boolean isUnlistedCommonWord(final Token t) {
        return lexicon.isCommonWord(t) && lexicon.name(t.text) == null;
    }

    /** "Volcanology", "Geomatics": the name of a science, a field in a body's name ("Institute of … and …"). */
    static boolean isScienceName(final Token t) {
        return t.capitalised
                && !t.allCaps
                && t.text.length() > 6
                && (t.lower.endsWith("ology") || t.lower.endsWith("ics") || t.lower.endsWith("graphy"));
    }

    /** "Kelvonian": a capitalised word no dictionary or list knows. */
    boolean isUnlistedWord(final Token t) {
        return !lexicon.isCommonWord(t) && !lexicon.isFirstName(t) && lexicon.name(t.text) == null;
    }

    /**
     * A word of a field in a body's name ("Economic", "Volcanology", "Informatics"): a plain dictionary word, or a
     * word no list knows that is no acronym.
     */
    boolean isFieldWord(final Token t) {
        return isPlainWord(t) || !t.allCaps && isUnlistedWord(t);
    }

    /** "U.S.", "Kenya", "Lagos": a one-word well-known place, which may open an organisation's name. */
    boolean isCountryWord(final Token t) {
        final Lexicon.NameEntry e = lexicon.name(t.text);
        return e != null && e.type() == EntityType.LOCATION && e.strength() >= 0.9;
    }

    /** "Norwegian", "Nigerian": a one-word nationality, which may open a body's name like a country. */
    boolean isNationalityWord(final Token t) {
        final Lexicon.NameEntry e = lexicon.name(t.text);
        return e != null && e.type() == EntityType.MISC && e.strength() >= 0.9;
    }

    /** A capitalised dictionary word that is neither a given name nor a listed name: "Electoral", "Boundaries". */
    boolean isPlainWord(final Token t) {
        return lexicon.isCommonWord(t) && !lexicon.isFirstName(t) && lexicon.name(t.text) == null;
    }

    /** An organisation head that takes "of" opens the run: "Board of Control", "Centre for …". */
    boolean hasOrgOfHead(final List<Token> tokens, final int from, final int j) {
        for (int q = from; q < j - 1; q++) {
            if (lexicon.isOrgOfHead(tokens.get(q)) && tokens.get(q + 1).is("of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Board of Control for Cricket in India": after an organisation head's "of" part and a "for" part, "in" and a
     * country or continent that ends the run belong to the name. Returns the place's length, or 0. Without the "of"
     * part the place is where the body is: "the Leibniz Institute for Baltic Sea Research in Germany".
     */
    int countryEndingAForPart(final List<Token> tokens, final int from, final int j) {
        boolean forPart = false;
        for (int q = from + 1; q < j - 1 && !forPart; q++) {
            forPart = tokens.get(q).is("for") && !tokens.get(q).capitalised && hasOrgOfHead(tokens, from, q);
        }
        if (!forPart || j + 1 >= tokens.size() || !tokens.get(j + 1).capitalised) {
            return 0;
        }
        final int len = knownPlaceLengthAt(tokens, j + 1);
        if (len == 0 || j + 1 + len < tokens.size() && tokens.get(j + 1 + len).capitalised) {
            return 0;
        }
        final Lexicon.NameEntry place = lexicon.name(Lexicon.key(tokens, j + 1, j + 1 + len, false));
        return place.strength() >= 1.0 ? len : 0;
    }

    /**
     * "Competition and Markets Authority", "King's College": one word, then "and" or a possessive, then the rest of an
     * organisation's name. Not after a known name, a given name or a word no dictionary knows ("Trump and Acme Corp",
     * "Feedzai and Sword Health").
     */
    boolean joinsOrgName(final List<Token> tokens, final int from, final int j) {
        final Token first = tokens.get(from);
        final Token joint = tokens.get(j);
        if (joint.kind == Token.Kind.POSSESSIVE) {
            return NameParts.POSSESSIVE_NAME_PARTS.contains(first.lower);
        }
        if (!joint.is("and") || lexicon.isFirstName(first) || lexicon.titleAt(tokens, from, from + 1) != 0) {
            return false;
        }
        // a body named after two places ("Lochalsh and Skye Housing Association"); otherwise a word no dictionary
        // knows, or a listed name, before "and" is a name of its own ("Feedzai and Sword Health" are two)
        final boolean twoPlaces = !first.allCaps
                && knownPlaceLengthAt(tokens, j + 1) > 0
                && (lexicon.name(first.text) == null || isKnownPlace(tokens, from));
        return twoPlaces || lexicon.isCommonWord(first) && lexicon.name(first.text) == null;
    }

    boolean endsWithOrgHead(final List<Token> tokens, final boolean[] used, final int from) {
        int j = from;
        while (j < tokens.size() && isNameToken(tokens, used, j) && (j == from || !tokens.get(j).sentenceStart)) {
            j++;
        }
        for (int q = from; q < j; q++) {
            if (lexicon.isOrgHead(tokens.get(q))) {
                return true;
            }
        }
        return false;
    }

    static boolean isParticle(final Token t) {
        return !t.capitalised && NameParts.PARTICLES.contains(t.lower);
    }

    boolean isConnector(final List<Token> tokens, final boolean[] used, final int from, final int j) {
        final Token t = tokens.get(j);
        if (used[j] || t.capitalised) {
            return false;
        }
        if (t.is("of") || t.is("for")) {
            return allowsOf(tokens, j);
        }
        return NameParts.PARTICLES.contains(t.lower) && j > from;
    }

    /**
     * May the "of" at {@code j} join a name? After an organisation or place head ("Ministry of Defence", "Gulf of
     * Mexico"), or inside a title that has it ("Secretary of State"); not after other titles, where it introduces the
     * office's country or body ("President of France Emmanuel Macron").
     */
    boolean allowsOf(final List<Token> tokens, final int j) {
        final Token before = tokens.get(j - 1);
        if (lexicon.isOrgOfHead(before) || lexicon.isLocationOfHead(before)) {
            return true;
        }
        return lexicon.isTitleFirstWord(before) && lexicon.titleAt(tokens, j - 1, tokens.size()) > 1;
    }

    /**
     * "(President of) France Emmanuel Macron": a known place or nationality, then a given name and more. Returns the
     * place's length in tokens, or 0. "Jordan Henderson" and "Paris Saint-Germain" stay whole: no given name follows.
     */
    int knownPlaceBeforeAName(final List<Token> tokens, final int from, final int to) {
        if (lexicon.name(Lexicon.key(tokens, from, to, false)) != null
                || lexicon.isOrgHead(tokens.get(to - 1))
                || endsInKnownBody(tokens, from, to)) { // "Kelvorian Red Cross": a listed body's national branch
            return 0;
        }
        for (int len = Math.min(to - from - 2, lexicon.maxNameTokens()); len >= 1; len--) {
            final Lexicon.NameEntry entry = lexicon.name(Lexicon.key(tokens, from, from + len, false));
            if (entry != null
                    && entry.strength() >= 0.7
                    && (entry.type() == EntityType.LOCATION || entry.type() == EntityType.MISC)
                    && (lexicon.isFirstName(tokens.get(from + len))
                            || entry.type() == EntityType.MISC && isUnknownPersonName(tokens, from + len, to))
                    && !lexicon.isOrgHead(tokens.get(from + len)) // "Ostrava Bank for …" is one body
                    && !isListedBody(tokens, from + len, to)) { // "Philippine Red Cross": the body's branch
                return len;
            }
        }
        return 0;
    }

    /** The tokens {@code from}–{@code to} are a listed organisation's name: "Red Cross", "Air Astravia". */
    boolean isListedBody(final List<Token> tokens, final int from, final int to) {
        final Lexicon.NameEntry entry = lexicon.name(Lexicon.key(tokens, from, to, false));
        return entry != null && entry.type() == EntityType.ORGANIZATION;
    }

    /**
     * "(Estonian) Rasmus Tamm": two or three words that no dictionary or list knows, written as a person's name, after
     * a nationality.
     */
    boolean isUnknownPersonName(final List<Token> tokens, final int from, final int to) {
        int words = 0;
        for (int q = from; q < to; q++) {
            final Token t = tokens.get(q);
            if (q > from && q + 1 < to && isJoiningHyphen(tokens, q)) {
                continue; // "Olo Marquiz-Dal": a double-barrelled surname is one word of the name
            }
            final boolean afterHyphen = q > from && isJoiningHyphen(tokens, q - 1);
            if (!t.isWord() || t.allCaps || !t.capitalised || !afterHyphen && !isUnlistedWord(t)) {
                return false;
            }
            if (!afterHyphen) {
                words++;
            }
        }
        return words >= 2 && words <= 3;
    }

    /**
     * "Minister for Sports Talia Brenner", "Minister of Foreign Affairs Kelvin Otto": a run right after a title's "for"
     * or "of" opens with the office's portfolio, plain capitalised words before a given name. Returns where the person
     * starts, or {@code a}.
     */
    int afterPortfolio(final List<Token> tokens, final int a, final int b) {
        final int of = portfolioStart(tokens, a);
        if (of < 2
                || !(tokens.get(of - 1).is("for") || tokens.get(of - 1).is("of"))
                || tokens.get(of - 1).capitalised
                || lexicon.titleEndingAt(tokens, of - 1) == 0) {
            return a;
        }
        for (int q = a; q < b - 1; q++) {
            if (!isPlainWord(tokens.get(q))) {
                // "Minister for Climate, Energy and the Environment Darragh Keane": the last part of a portfolio
                // of several, then two words no dictionary knows
                final boolean unknownName = of < a && isUnknownPersonName(tokens, q, b);
                return q > a && (lexicon.isFirstName(tokens.get(q)) || unknownName) ? q : a;
            }
        }
        return a;
    }

    /**
     * Where a title's portfolio starts when the run at {@code a} is its last part: back over "and", "the", commas
     * and plain capitalised words ("Minister of Equipment and Water …"); {@code a} itself when nothing joins it.
     */
    private int portfolioStart(final List<Token> tokens, final int a) {
        int q = a;
        while (q > 0) {
            final Token t = tokens.get(q - 1);
            if (t.is("and") || t.is("the") || t.text.equals(",") || t.capitalised && isPlainWord(t)) {
                q--;
            } else {
                break;
            }
        }
        while (q < a && !tokens.get(q).capitalised) {
            q++; // the portfolio opens with a capitalised word
        }
        return q;
    }

    /**
     * One token that names nothing: a single letter ("T", "C"), a letter-and-digit code no list knows ("W3"), or a
     * month abbreviation before a number ("Nov 21").
     */
    boolean isCodeOrDate(final List<Token> tokens, final int a) {
        final Token t = tokens.get(a);
        if (t.text.length() == 1) {
            return true;
        }
        if (NameParts.MONTH_ABBREVIATIONS.contains(t.text)) {
            return a + 1 < tokens.size() && tokens.get(a + 1).kind == Token.Kind.NUMBER;
        }
        return t.text.matches("[A-Z]{1,2}[0-9]{1,3}") && lexicon.name(t.text) == null;
    }

    /** A word at the front of a run that is not part of the name: "The", or a sentence opener like "Looking". */
    boolean isOpener(final List<Token> tokens, final int a, final int b) {
        final Token t = tokens.get(a);
        if (t.allCaps) {
            return false;
        }
        if (t.is("the") || t.is("a") || t.is("an")) {
            return true;
        }
        if (!t.sentenceStart) {
            return false;
        }
        if (lexicon.isFunctionWord(t)) {
            return true;
        }
        if (b - a > 2
                && lexicon.isOnlyCommonWord(t)
                && !lexicon.isFirstName(t)
                && lexicon.name(t.text) == null
                && !NameParts.PLACE_FIRST_WORDS.contains(t.text)
                && lexicon.isFirstName(tokens.get(a + 1))
                && !Lexicon.isStormWord(tokens.get(a + 1).text) // "Tropical Storm Ardena"
                && !lexicon.isOrgHead(tokens.get(b - 1))
                && !lexicon.isLocationHead(tokens.get(b - 1))) {
            return true; // "Economist Sarah Lind argues": an occupation opens the sentence, the name follows
        }
        if (b - a == 2 && isKindOfBodyOrRival(t) && isUnknownWord(tokens.get(a + 1))) {
            return true; // "Rival Ferrosul said", "Miner Tavrex said": a kind of body opens the sentence
        }
        if (b - a >= 2
                && b - a <= 4
                && (lexicon.isRole(t) || ContextWords.PERSON_NOUNS.contains(t.lower))
                && lexicon.isOnlyCommonWord(t)
                && lexicon.name(t.text) == null
                && (isUnknownWord(tokens.get(a + 1))
                        || lexicon.isFirstName(tokens.get(a + 1))
                        || b - a > 2 && lexicon.name(tokens.get(a + 1).text) == null)
                && !lexicon.isOrgHead(tokens.get(b - 1))
                && !lexicon.isLocationHead(tokens.get(b - 1))) {
            return true; // "Teenager Kovalenko won", "Teenager Hope Vell won": a kind of person opens the sentence
        }
        return b - a > 1
                && (t.lower.endsWith("ly") || t.lower.endsWith("ing"))
                && !lexicon.isFirstName(t)
                && lexicon.name(t.text) == null;
    }

    /** "Rival", "Miner", "Lender", "Analyst": a capitalised word that names a kind of body, a rival or a role. */
    boolean isKindOfBodyOrRival(final Token t) {
        return lexicon.isOnlyCommonWord(t)
                && lexicon.name(t.text) == null
                && !lexicon.isOrgHead(t)
                && (ContextWords.RIVALS.contains(t.lower)
                        || ContextWords.BODY_NOUNS.contains(t.lower)
                        || lexicon.isOrgCueWord(t.lower));
    }

    /** A capitalised word no list or dictionary knows: "Ferrosul". */
    boolean isUnknownWord(final Token t) {
        return t.capitalised
                && !t.sentenceStart
                && !lexicon.isCommonWord(t)
                && !lexicon.isFirstName(t)
                && lexicon.name(t.text) == null;
    }

    /** The token ends a well-known place's name: "Dover", "New York". */
    boolean isKnownPlace(final List<Token> tokens, final int end) {
        for (int len = 1; len <= 3 && end - len + 1 >= 0; len++) {
            final int from = end - len + 1;
            if (tokens.get(from).capitalised && isKnownPlace(Lexicon.key(tokens, from, end + 1, false))) {
                return true;
            }
        }
        return false;
    }

    /** Length of the well-known place's name starting at the token ("Dover" 1, "East Prussia" 2), 0 if none. */
    int knownPlaceLengthAt(final List<Token> tokens, final int from) {
        for (int len = Math.min(3, tokens.size() - from); len >= 1; len--) {
            if (tokens.get(from).capitalised && isKnownPlace(Lexicon.key(tokens, from, from + len, false))) {
                return len;
            }
        }
        return 0;
    }

    boolean isKnownPlace(final String key) {
        final Lexicon.NameEntry e = lexicon.name(key);
        return e != null && e.type() == EntityType.LOCATION && e.strength() >= 0.7;
    }

    /** A lower-case content word that is not a verb we know: what an adjective before it would modify. */
    boolean modifiesANoun(final Token next) {
        return next.isWord()
                && !next.capitalised
                && !next.glued
                && lexicon.isCommonWord(next)
                && !lexicon.isFunctionWord(next)
                && !lexicon.isSpeechVerb(next)
                && !lexicon.isActorVerb(next)
                && !lexicon.isAuxiliary(next)
                && !next.lower.endsWith("ed");
    }

    /**
     * A short lower-case word after a full name and a hyphen: "un", "yan", "tat", "hing" (some are English words too,
     * so only the shape counts; "based", "led", "era" and the like are excluded).
     */
    boolean isSyllable(final Token t) {
        return t.isWord()
                && !t.capitalised
                && t.text.length() <= 4
                && !lexicon.isFunctionWord(t)
                && !NameParts.NOT_SYLLABLES.contains(t.lower);
    }

    static boolean isRegnalNumber(final Token t) {
        return NameParts.REGNAL.contains(t.text);
    }

    /**
     * A place or nationality, then a listed organisation of two words or more: "Philippine Red Cross", "Ostrava Red
     * Cross" (a body's branch). Not after other words: "Sesto San Giovanni" is a town that a club's name ends.
     */
    boolean endsInKnownBody(final List<Token> tokens, final int a, final int b) {
        for (int q = Math.max(a + 1, b - lexicon.maxNameTokens()); q <= b - 2; q++) {
            final Lexicon.NameEntry body = lexicon.name(Lexicon.key(tokens, q, b, false));
            if (body != null && body.type() == EntityType.ORGANIZATION) {
                final Lexicon.NameEntry place = lexicon.name(Lexicon.key(tokens, a, q, false));
                return place != null && (place.type() == EntityType.LOCATION || place.type() == EntityType.MISC);
            }
        }
        return false;
    }

    /** An upper-case letter inside a mixed-case word: "iPhone", "SpaceX", "JPMorgan", "McDonald". */
    static boolean hasInnerCapital(final String text) {
        for (int i = 1; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (Character.isUpperCase(c)
                    && (Character.isLowerCase(text.charAt(i - 1))
                            || i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1)) && i >= 2)) {
                return true;
            }
        }
        return false;
    }

    static boolean isFree(final boolean[] used, final int from, final int to) {
        for (int k = from; k < to; k++) {
            if (used[k]) {
                return false;
            }
        }
        return true;
    }
}
