package io.newsflow.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds candidate names in one line and gathers the local evidence for each: capitalised-token runs, split at person
 * titles ("NATO Secretary General Mark Rutte" → "NATO" + title + "Mark Rutte"), trimmed of function words and
 * sentence-initial openers, then scored from gazetteers, heads ("… Ministry", "… Sea"), the words around them ("in",
 * "city of", "said", ", who") and their shape (acronym, given name). Each kind of evidence, with the type it speaks
 * for and its weight, is one {@link Evidence}; this class only decides where each is found.
 *
 * <p>Title-cased lines (headlines, headings) give no reliable runs: there every capitalised token and known
 * multi-word name is a candidate that {@link ArticleResolver} reports only if the article's prose confirms it.
 */
final class NameFinder {

    private final Lexicon lexicon;
    private final PlaceAsActor placeAsActor;
    private final NameSpans spans;

    NameFinder(final Lexicon lexicon) {
        this.lexicon = lexicon;
        this.placeAsActor = new PlaceAsActor(lexicon);
        this.spans = new NameSpans(lexicon);
    }

    /**
     * Matches gazetteer names that a run of capitals would not find whole ("Strait of Hormuz", "COVID-19") and
     * holidays ("Palm Sunday", which must win over the weekday). Holidays go to {@code dates}, the rest to
     * {@code out}.
     */
    void findAtomicNames(
            final List<Token> tokens,
            final String line,
            final int paragraph,
            final boolean[] used,
            final List<Mention> out,
            final List<TokenSpan> dates) {
        final int n = tokens.size();
        for (int k = 0; k < n; k++) {
            if (used[k] || !tokens.get(k).capitalised || !lexicon.mayStartAtomicName(tokens.get(k))) {
                continue;
            }
            for (int len = Math.min(lexicon.maxNameTokens(), n - k); len >= 2; len--) {
                final String key = Lexicon.key(tokens, k, k + len, false);
                if (lexicon.isAtomicName(key) && NameSpans.isFree(used, k, k + len)) {
                    final Lexicon.NameEntry entry = lexicon.name(key);
                    if (entry.type() == EntityType.MISC && spans.bodyNameFollows(tokens, k + len)) {
                        break; // "South African Reserve Bank": the nationality opens the body's name
                    }
                    if (entry.type() == EntityType.DATE) {
                        dates.add(new TokenSpan(k, k + len, EntityType.DATE, entry.canonical(), null, 0.9));
                    } else {
                        out.add(candidate(tokens, line, paragraph, k, k + len, false, false, false));
                    }
                    for (int u = k; u < k + len; u++) {
                        used[u] = true;
                    }
                    k += len - 1;
                    break;
                }
            }
        }
    }

    /** Candidates in a prose line (a body paragraph). */
    void findInProse(
            final List<Token> tokens,
            final String line,
            final int paragraph,
            final boolean[] used,
            final List<Mention> out) {
        final int n = tokens.size();
        int k = 0;
        while (k < n) {
            if (!spans.isNameToken(tokens, used, k)) {
                k++;
                continue;
            }
            final int end = spans.extendRun(tokens, used, k);
            splitRun(tokens, line, paragraph, k, end, out);
            k = end;
        }
    }

    /** Candidates in a title-cased line: every known multi-word name and every capitalised token. */
    void findInTitleCase(
            final List<Token> tokens,
            final String line,
            final int paragraph,
            final boolean[] used,
            final List<Mention> out) {
        final int n = tokens.size();
        int k = 0;
        while (k < n) {
            if (!spans.isNameToken(tokens, used, k)) {
                k++;
                continue;
            }
            int len = Math.min(lexicon.maxNameTokens(), n - k);
            while (len > 1
                    && (lexicon.name(Lexicon.key(tokens, k, k + len, false)) == null
                            || !NameSpans.isFree(used, k, k + len))) {
                len--;
            }
            final int title = lexicon.titleAt(tokens, k, n);
            if (len == 1 && title > 0 && k + title < n && spans.isNameToken(tokens, used, k + title)) {
                final Mention m = candidate(tokens, line, paragraph, k + title, k + title + 1, true, false, true);
                out.add(m);
                k += title + 1;
                continue;
            }
            if (len > 1 || !lexicon.isFunctionWord(tokens.get(k)) && title == 0) {
                out.add(candidate(tokens, line, paragraph, k, k + len, false, false, true));
            }
            k += len;
        }
    }

    /**
     * "Reporting by …; Editing by …", "Additional reporting by …", often in brackets: the line that credits a story's
     * journalists.
     */
    static boolean isCreditLine(final List<Token> tokens) {
        int first = !tokens.isEmpty() && tokens.get(0).is("(") ? 1 : 0;
        first += tokens.size() > first && tokens.get(first).is("additional") ? 1 : 0;
        return tokens.size() > first + 2
                && NameParts.CREDIT_WORDS.contains(tokens.get(first).lower)
                && tokens.get(first + 1).is("by");
    }

    /** A title-cased line: most content words capitalised and no sentence-ending period. */
    boolean isTitleCased(final List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        for (final Token t : tokens) {
            if (t.isWord() && (t.capitalised || !lexicon.isFunctionWord(t))) {
                words++;
                if (t.capitalised) {
                    capitalised++;
                }
            }
        }
        final Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        final boolean endsSentence = last != null && (last.text.equals(".") || last.text.equals("!"));
        return words >= 2 && capitalised >= 0.75 * words && !endsSentence;
    }

    /**
     * "National Institute of Civil Defense (Indeci)": a short form in brackets written as a word, after a name with an
     * organisation's head, starting with the initial of one of the name's words. Spanish, Portuguese and Italian
     * bodies write their acronyms this way ("Senamhi", "Indeci", "Petrobras").
     */
    private boolean isWordAcronymOf(final List<Token> tokens, final int a, final int b, final Token acronym) {
        if (!acronym.capitalised || acronym.text.length() > 10 || b - a < 2) {
            return false;
        }
        final char initial = acronym.text.charAt(0);
        return NameSpans.anyToken(tokens, a, b, lexicon::isOrgHead)
                && NameSpans.anyToken(tokens, a, b, t -> t.capitalised && t.text.charAt(0) == initial);
    }

    /** "turbine maker X", "shipping line X", "drugmaker X": a lower-case kind of business right before a name. */
    private static boolean isCompanyKind(final Token t) {
        return !t.capitalised
                && (ContextWords.COMPANY_KINDS.contains(t.lower) || t.lower.endsWith("maker") && t.lower.length() > 6);
    }

    /** The name at {@code a} follows "X-based" directly ("Trnovo-based Metalvex"). */
    private static boolean afterBased(final List<Token> tokens, final int a) {
        return a >= 3 && tokens.get(a - 1).is("based") && NameSpans.isJoiningHyphen(tokens, a - 2);
    }

    /** "Laura & Bridget", "Francis & ANTHONY Lowe": a given name right before and right after an "&" in the span. */
    private boolean givenNamesAroundAmpersand(final List<Token> tokens, final int a, final int b) {
        for (int q = a + 1; q < b - 1; q++) {
            if (tokens.get(q).text.equals("&")
                    && lexicon.isFirstNameInAnyCase(tokens.get(q - 1))
                    && lexicon.isFirstNameInAnyCase(tokens.get(q + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Splits a run at a person title: what stands before it is a modifier, what follows is the person. */
    private void splitRun(
            final List<Token> tokens,
            final String line,
            final int paragraph,
            final int from,
            final int to,
            final List<Mention> out) {
        if (to < tokens.size() && tokens.get(to).kind == Token.Kind.CITATION) {
            // "… needs Kyiv Independent1.": the source of a citation is not a mention; what stands before its "The"
            // ("in Kyiv The Guardian2.") still is
            int source = to - 1;
            while (source > from && !tokens.get(source).is("the")) {
                source--;
            }
            if (source == from) {
                return;
            }
            splitRun(tokens, line, paragraph, from, source, out);
            return;
        }
        if (lexicon.name(Lexicon.key(tokens, from, to, false)) == null
                && !lexicon.isOrgHead(tokens.get(to - 1))
                && !lexicon.isLocationHead(tokens.get(to - 1))) {
            // greedy longest titles left to right: the person follows the last one ("Chief Cabinet Secretary
            // Yoshimasa Hayashi"), the modifier stands before the first ("NATO Secretary General …")
            int firstTitle = -1;
            int afterLastTitle = -1;
            int nameEnd = to;
            while (nameEnd > from
                    && (NameParts.GENERATIONS.contains(tokens.get(nameEnd - 1).text)
                            || tokens.get(nameEnd - 1).text.equals(","))) {
                nameEnd--; // "Martin Luther King, Jr.": the title word "King" ends the name
            }
            int p = from;
            while (p < to) {
                final int title = lexicon.titleAt(tokens, p, to);
                final boolean possessed = title > 0
                        && p + title < tokens.size()
                        && tokens.get(p + title).kind == Token.Kind.POSSESSIVE; // "King's College"
                final boolean endsAName = title > 0
                        && p + title == nameEnd
                        && p > afterLastTitle
                        && (firstTitle >= 0 || p > from && lexicon.isFirstName(tokens.get(from)));
                if (title > 0 && !possessed && !endsAName) { // "President Martin Luther King" ends in a name
                    if (firstTitle < 0) {
                        firstTitle = p;
                    }
                    afterLastTitle = p + title;
                    p += title;
                } else {
                    p++;
                }
            }
            if (firstTitle >= 0) {
                // "Malaysian Trade Minister": a common word right before the title belongs to the office
                int modifierEnd = firstTitle;
                while (modifierEnd > from
                        && lexicon.isOnlyCommonWord(tokens.get(modifierEnd - 1))
                        && lexicon.name(tokens.get(modifierEnd - 1).text) == null) {
                    modifierEnd--;
                }
                if (modifierEnd > from) {
                    trimmed(tokens, line, paragraph, from, modifierEnd, false, true, out);
                }
                if (afterLastTitle < to) {
                    trimmed(tokens, line, paragraph, afterLastTitle, to, true, false, out);
                }
                return;
            }
        }
        final int place = spans.knownPlaceBeforeAName(tokens, from, to);
        if (place > 0) {
            trimmed(tokens, line, paragraph, from, from + place, false, false, out);
            trimmed(tokens, line, paragraph, from + place, to, false, false, out);
            return;
        }
        trimmed(tokens, line, paragraph, from, to, false, false, out);
    }

    private void trimmed(
            final List<Token> tokens,
            final String line,
            final int paragraph,
            final int from,
            final int to,
            final boolean titled,
            final boolean beforeTitle,
            final List<Mention> out) {
        int a = from;
        int b = to;
        if (lexicon.name(Lexicon.key(tokens, a, b, false)) == null) {
            a = spans.afterPortfolio(tokens, a, b);
            while (a < b && spans.isOpener(tokens, a, b)) {
                a++;
            }
            while (b > a
                    && (!tokens.get(b - 1).isWord()
                            || tokens.get(b - 1).is("of")
                            || !tokens.get(b - 1).capitalised
                                    && NameParts.PARTICLES.contains(tokens.get(b - 1).lower))) {
                b--;
            }
        }
        if (a >= b || b - a == 1 && (lexicon.isNotEntity(tokens.get(a)) || spans.isCodeOrDate(tokens, a))) {
            return;
        }
        final boolean sentenceInitial = a == from && tokens.get(a).sentenceStart;
        out.add(candidate(tokens, line, paragraph, a, b, titled, beforeTitle, false, sentenceInitial));
    }

    /**
     * "told a news conference at the Civic Centre", "outside the Kelvin Theatre": a name ending in a venue's head
     * after "at/outside/inside the" is the venue, not the body that runs it; not after a person's role ("an analyst
     * at the Kelvin Centre") and not with an "of"/"for" part ("at the Centre for Policy Studies").
     */
    private boolean isVenue(final List<Token> tokens, final int a, final int b) {
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

    private Mention candidate(
            final List<Token> tokens,
            final String line,
            final int paragraph,
            final int a,
            final int b,
            final boolean titled,
            final boolean beforeTitle,
            final boolean titleCased) {
        return candidate(tokens, line, paragraph, a, b, titled, beforeTitle, titleCased, tokens.get(a).sentenceStart);
    }

    private Mention candidate(
            final List<Token> tokens,
            final String line,
            final int paragraph,
            final int a,
            final int b,
            final boolean titled,
            final boolean beforeTitle,
            final boolean titleCased,
            final boolean sentenceInitial) {
        final int n = tokens.size();
        final Token first = tokens.get(a);
        final Token last = tokens.get(b - 1);
        final String key = Lexicon.key(tokens, a, b, false);
        final Mention m = new Mention(
                paragraph,
                first.start,
                last.end,
                line.substring(first.start, last.end),
                key,
                b - a,
                sentenceInitial,
                titleCased);
        final int len = b - a;
        Lexicon.NameEntry entry = lexicon.name(key);
        if (entry == null && len == 1 && first.allCaps && first.text.length() > 3) {
            entry = lexicon.name(titleCase(first.text)); // a dateline: "KYIV, Ukraine —"
        }
        if ((entry == null || entry.type() != EntityType.LOCATION) && a == 0 && first.dateline && last.allCaps) {
            // the dateline's place, listed or not: "VENLO, Netherlands (Newsflow) -" is Venlo, not its club;
            // "SAO PAULO" is the gazetteer's "São Paulo"
            final StringBuilder name = new StringBuilder();
            for (int q = a; q < b; q++) {
                name.append(q > a ? " " : "").append(titleCase(tokens.get(q).text));
            }
            final Lexicon.NameEntry listed = lexicon.name(name.toString());
            entry = listed != null && listed.type() == EntityType.LOCATION
                    ? listed
                    : new Lexicon.NameEntry(EntityType.LOCATION, name.toString(), 0.9);
        }
        if (a == 0 && first.dateline && last.allCaps && entry.type() == EntityType.LOCATION) {
            m.add(Evidence.DATELINE);
        }
        if (entry == null && len >= 2 && NameParts.LEGAL_FORMS.contains(last.text)) {
            final Lexicon.NameEntry company = lexicon.name(Lexicon.key(tokens, a, b - 1, false));
            if (company != null && company.type() == EntityType.ORGANIZATION) {
                entry = company; // "Google LLC" is "Google"
            }
        }
        final boolean region =
                entry != null && entry.type() == EntityType.ORGANIZATION && len == 1 && theGeographicName(tokens, a, b);
        if (region) {
            // "fires in the Amazon", "the Amazon basin": a company's one-word name with "the" in a place's context is
            // the place (companies go without "the": "Amazon said")
            entry = new Lexicon.NameEntry(EntityType.LOCATION, key, 0.8);
        }
        final boolean natural = entry != null && lexicon.isNaturalFeature(key);
        if (natural
                && len == 1
                && !(a > 0 && tokens.get(a - 1).is("the"))
                && !(b < tokens.size() && lexicon.isPlaceNoun(tokens.get(b)))) {
            entry = null; // a one-word river or range is "the Barito", "the Andes"; "Churchill", "Thompson" are people
        }
        if (entry != null) {
            m.entry = entry;
            m.add(Evidence.LISTED, entry.type(), 3 * entry.strength());
        }
        if (!titleCased && entry != null && entry.type() == EntityType.LOCATION && !natural && !region) {
            m.actsAsOrganisation = placeAsActor.actsAt(tokens, a, b); // known places: countries, cities, regions
        } else if (!titleCased
                && entry == null
                && a > 0
                && lexicon.isOpponentCue(tokens.get(a - 1))
                && !lexicon.smallPlaceCountries(key).isEmpty()) {
            m.actsAsOrganisation =
                    true; // "beat Stellenbosch": a small town's team; "Stellenbosch lost power" is the town
        }
        if (entry == null && len >= 2 && isRegionOfKnownPlace(tokens, a, b)) {
            m.add(Evidence.REGION_OF_KNOWN_PLACE);
        } else if (entry == null && len >= 2 && isBodyOfACountry(tokens, a, b)) {
            m.add(Evidence.BODY_OF_A_COUNTRY);
        }
        if (len >= 2 && entry == null && isPlaceAndNickname(tokens, a, b)) {
            m.add(Evidence.PLACE_AND_NICKNAME);
        }
        final boolean placeFirst = len >= 2
                && entry == null
                && !lexicon.isOrgHead(last)
                && (NameParts.PLACE_FIRST_WORDS.contains(first.text)
                        || NameParts.PLACE_FIRST_WORDS_BEFORE_A_PARTICLE.contains(first.text)
                                && len >= 3
                                && NameParts.PARTICLES.contains(tokens.get(a + 1).text));
        if (placeFirst) {
            m.add(Evidence.PLACE_FIRST_WORD);
        }
        if (len >= 2 && entry == null && NameParts.FOREIGN_ARTICLES.contains(first.text)) {
            m.add(Evidence.FOREIGN_ARTICLE);
        }
        final boolean knownBodyAtEnd = entry == null && len >= 3 && spans.endsInKnownBody(tokens, a, b);
        if (knownBodyAtEnd
                || len >= 2 && entry == null && NameParts.ORG_FIRST_WORDS.contains(first.text)
                // names joined by "&" are a firm's ("Delmont & Hale", "Simon & Kell"), unless given names on both
                // sides show two people written informally ("Laura & Bridget"): news joins people by "and"
                || len >= 3
                        && entry == null
                        && NameSpans.anyToken(tokens, a + 1, b - 1, t -> t.text.equals("&"))
                        && (!givenNamesAroundAmpersand(tokens, a, b)
                                || NameSpans.anyToken(tokens, a + 1, b - 1, t -> t.text.equals(",")))) {
            m.add(Evidence.BODY_NAME_SHAPE); // "Philippine Red Cross", "Banco Itapema", "Delmont & Hale"
        }
        if (len >= 2 && lexicon.isMiscHead(last)) {
            m.add(Evidence.MISC_HEAD);
        } else if (len >= 2 && lexicon.isOrgHead(last)) {
            m.add(Evidence.ORG_HEAD);
        } else if (len >= 3 && NameSpans.anyToken(tokens, a + 1, b - 1, lexicon::isOrgHead)) {
            m.add(Evidence.INNER_ORG_HEAD);
        }
        if (len >= 2 && lexicon.isLocationHead(last)) {
            m.add(Evidence.LOCATION_HEAD);
        }
        for (int q = a + 1; q < b - 1; q++) {
            if (tokens.get(q).is("for") && lexicon.isOrgOfHead(tokens.get(q - 1))) {
                m.add(Evidence.ORG_OF_HEAD); // "Bank for Reconstruction and Development", "Institute for …"
                break;
            }
            if (tokens.get(q).is("of")) {
                if (lexicon.isOrgOfHead(tokens.get(q - 1))) {
                    m.add(Evidence.ORG_OF_HEAD);
                } else if (lexicon.isLocationOfHead(tokens.get(q - 1))) {
                    m.add(Evidence.LOCATION_OF_HEAD);
                }
                break;
            }
        }
        if (len >= 3 && entry == null && tokens.get(b - 2).is("the") && lexicon.isFirstName(first)) {
            m.add(Evidence.EPITHET);
        }
        if (len >= 2 && entry == null && NameSpans.isRegnalNumber(last)) {
            m.add(Evidence.REGNAL_NUMBER);
        }
        if (titled
                || a > 0
                        && lexicon.titleEndingAt(tokens, a) > 0
                        && (!tokens.get(a - 1).capitalised
                                || lexicon.isNotEntity(tokens.get(a - 1)))) { // "Mrs Clinton"
            m.add(Evidence.TITLE);
        }
        if (entry == null
                && len >= 2
                && (len <= 4 || len <= 7 && capitalisedWords(tokens, a, b) <= 4) // "Carla Benavides de la Puente"
                && lexicon.isFirstName(first)
                && !teamAfterThe(tokens, a, b)
                && !knownBodyAtEnd
                && !placeFirst
                && !lexicon.isOrgHead(last)
                && !lexicon.isLocationHead(last)) {
            m.add(Evidence.GIVEN_NAME);
        } else if (len == 1 && lexicon.isFirstName(first)) {
            if (entry == null) {
                m.add(Evidence.LONE_GIVEN_NAME);
            } else {
                m.add(Evidence.LONE_GIVEN_NAME_OF_A_PLACE);
            }
        }
        final Token prev = a > 0 ? tokens.get(a - 1) : null;
        if (prev != null
                && (prev.is("by") || prev.is("and") || prev.text.equals(",") || prev.text.equals("&"))
                && (b >= n || !tokens.get(b).is("by"))
                && isCreditLine(tokens)) {
            m.add(Evidence.CREDIT_LINE); // "Reporting by Ana Lima and Tom Ridley; Editing by …"
        }
        m.afterListJoint = prev != null && (prev.text.equals(",") || prev.is("and") || prev.is("or"));
        final boolean clubTown = entry != null && len == 1 && lexicon.isOneWordClub(key);
        final boolean mayBePlace = entry == null || entry.type() == EntityType.LOCATION || clubTown;
        if (clubTown
                && prev != null
                && ContextWords.PLACE_PREPOSITIONS.contains(prev.lower)
                && !prev.is("to")
                && !prev.is("visit")
                && !prev.is("visited")
                && !prev.is("visiting")) {
            m.add(Evidence.CLUB_TOWN_AFTER_PREPOSITION);
        }
        if (!mayBePlace) {
            // a nationality or a known organisation: "the southern Brazilian state" is no place called "Brazilian"
        } else if (lexicon.locationCueEndingAt(tokens, a) > 0 || placeExamplesBefore(tokens, a)) {
            m.add(Evidence.LOCATION_CUE);
        } else if (prev != null && prev.is("at") && a >= 2 && lexicon.isRole(tokens.get(a - 2))) {
            m.add(Evidence.AT_AFTER_A_ROLE);
        } else if (prev != null && prev.is("at")) {
            // "at Karnak", "at Google": about two places to one body in GUM and EWT's annotated "at <Name>"
            m.add(Evidence.AT_A_PLACE);
            m.add(Evidence.AT_A_BODY);
        } else if (prev != null
                && prev.is("of")
                && len == 1
                && !first.allCaps
                && a >= 2
                && tokens.get(a - 2).capitalised) {
            m.add(Evidence.OF_AFTER_A_NAME);
        } else if (prev != null
                && ContextWords.PLACE_PREPOSITIONS.contains(prev.lower)
                && !first.allCaps
                && !(prev.is("to") && a >= 2 && tokens.get(a - 2).is("according"))) {
            m.add(Evidence.PLACE_PREPOSITION);
        }
        if (isVenue(tokens, a, b)) {
            m.add(Evidence.VENUE);
        }
        if (mayBePlace
                && b < n
                && (lexicon.isPlaceNoun(tokens.get(b))
                        || a > 0 && tokens.get(a - 1).is("and") && isPluralPlaceNoun(tokens.get(b)))) {
            m.add(Evidence.PLACE_NOUN_AFTER); // "Bududa district", "the A and B rivers"
        } else if (mayBePlace
                && prev != null
                && prev.is("between")
                && a >= 2
                && ContextWords.ROUTES.contains(tokens.get(a - 2).lower)) {
            m.add(Evidence.PLACE_NOUN_AFTER); // "the road between A and B"
        } else if (mayBePlace && b < n && tokens.get(b).is("department") && !lexicon.isCommonWord(last)) {
            m.add(Evidence.PLACE_NOUN_AFTER); // "Cusmayo department"; "the State department" is a ministry
        } else if (entry == null && facilityNounAfter(tokens, a, b) && !lexicon.isCommonWord(last)) {
            m.add(Evidence.FACILITY_NOUN_AFTER);
        } else if (mayBePlace && b + 2 < n && tokens.get(b).is("and") && placeNounAfterNextName(tokens, b + 1)) {
            m.add(Evidence.PLACE_NOUN_AFTER); // "in Ben Tre and Tra Vinh provinces", "the A and B rivers"
        }
        if (mayBePlace
                && b + 2 < n
                && tokens.get(b).text.equals(",")
                && ContextWords.PLACE_RELATIONS.contains(tokens.get(b + 1).lower)
                && !tokens.get(b + 1).capitalised) {
            m.add(Evidence.PLACE_APPOSITIVE); // "At Tan Chau, near the border", "Kungrad, north of"
        }
        if (len == 1 && mayBePlace && coordinatedWithKnownPlace(tokens, a, b)) {
            m.add(Evidence.LISTED_WITH_A_PLACE);
        }
        if (prev != null && (lexicon.isOrgCue(prev) || isCompanyKind(prev)) && entry == null) {
            m.add(Evidence.ORG_CUE);
        } else if (bodyExamplesBefore(tokens, a)) {
            m.add(Evidence.ORG_CUE); // "companies, including A and B", "lenders such as A"
        } else if (prev != null && entry == null && afterBased(tokens, a)) {
            m.add(Evidence.ORG_CUE); // "Trnovo-based Metalvex": a person is "a Trnovo-based engineer"
        } else if (prev != null && lexicon.isOrgCue(prev) && entry.type() == EntityType.LOCATION) {
            m.add(Evidence.ORG_CUE_BEFORE_A_PLACE, EntityType.ORGANIZATION, 3 * entry.strength() + 0.5);
        }
        if (prev != null
                && lexicon.isSpeechVerb(prev)
                && !first.allCaps
                && a >= 2
                && tokens.get(a - 2).kind == Token.Kind.PUNCT
                && endsPhrase(tokens, b)) {
            m.add(Evidence.SAID_AFTER_A_QUOTE);
        } else if (prev != null
                && lexicon.isSpeechVerb(prev)
                && !first.allCaps
                && a >= 2
                && tokens.get(a - 2).kind == Token.Kind.PUNCT) {
            m.add(Evidence.SAID_AFTER_A_QUOTE_GOES_ON);
        }
        if (len <= 2
                && (entry == null || entry.type() != EntityType.LOCATION || entry.strength() < 0.7)
                && isPersonSubject(tokens, b)) {
            m.add(Evidence.PERSON_PREDICATE);
        } else if (len == 2
                && entry == null
                && b < n
                && ContextWords.SCORES.contains(tokens.get(b).lower)
                && !last.lower.endsWith("s")
                && !lexicon.isCommonWord(last)) {
            // "Tavrek Olunde scored twice": a scorer of two names no list knows is a player; a team's name is a
            // known place ("Lazio scored") or ends in a plural or common word ("Denver Nuggets", "Kivu Sport")
            m.add(Evidence.PERSON_PREDICATE);
        }
        if (prev != null && prev.is("the") && !titled) {
            m.prior(EntityType.PERSON, -2);
        }
        if (b < n) {
            final Token next = tokens.get(b);
            if (lexicon.isSpeechVerb(next)) {
                // "Veltron Semiconductor announced": a common noun at the end speaks for a company, not a person
                final boolean company =
                        first.allCaps || len >= 2 && !lexicon.isFirstName(first) && lexicon.isOnlyCommonWord(last);
                m.add(company ? Evidence.COMPANY_SPEAKS : Evidence.SPEAKS);
            }
            if (b + 1 < n && next.text.equals(",") && tokens.get(b + 1).is("who")) {
                m.add(Evidence.WHO);
            }
            if (b + 2 < n && next.text.equals(",") && isAge(tokens, b + 1)) {
                m.add(Evidence.AGE);
            }
            if (b + 2 < n && next.text.equals(",") && isRoleAppositive(tokens, b + 1)) {
                m.add(Evidence.ROLE_APPOSITIVE);
            }
            if (b + 1 < n
                    && next.text.equals("-")
                    && next.glued
                    && tokens.get(b + 1).is("based")) {
                m.add(Evidence.BASED);
            }
            if (b + 2 < n
                    && next.text.equals("(")
                    && tokens.get(b + 2).text.equals(")")
                    && (tokens.get(b + 1).allCaps || isWordAcronymOf(tokens, a, b, tokens.get(b + 1)))) {
                m.acronym = tokens.get(b + 1).text;
            }
            if (!next.capitalised && ContextWords.STAFF.contains(next.lower)) {
                m.add(Evidence.STAFF_AFTER);
            }
            if (len == 1 && !next.capitalised && ContextWords.LEADER_OF.contains(next.lower)) {
                m.add(Evidence.LEADER_OF);
            }
            final int afterPossessive = next.kind == Token.Kind.POSSESSIVE ? b + 1 : b;
            final boolean titleFollows = afterPossessive < n
                    && !tokens.get(afterPossessive).capitalised
                    && lexicon.titleAt(tokens, afterPossessive, n) > 0;
            if ((beforeTitle || titleFollows) && (entry == null || entry.type() == EntityType.ORGANIZATION)) {
                m.add(Evidence.BEFORE_A_TITLE);
            }
        } else if (beforeTitle && entry == null) {
            m.add(Evidence.BEFORE_A_TITLE);
        }
        if (entry == null || entry.type() != EntityType.MISC) {
            addWireContext(tokens, a, b, entry, m);
        }
        if (len == 1 && first.allCaps && first.text.length() <= 6) {
            m.add(Evidence.SHORT_ACRONYM);
        } else if (len == 1 && !first.capitalised) {
            m.add(Evidence.LOWER_CASE_START);
        } else if (NameSpans.hasInnerCapital(first.text) && first.capitalised && !isGaelicName(first.text)) {
            m.add(Evidence.INNER_CAPITAL);
        }
        if (entry == null && endsInDemonym(tokens, a, b)) {
            m.add(Evidence.DEMONYM);
        }
        if (entry == null && len == 1 && isGroupOrAdjective(first)) {
            m.add(Evidence.GROUP_OR_ADJECTIVE);
            if (b < n && spans.modifiesANoun(tokens.get(b))) {
                m.add(Evidence.ADJECTIVE_BEFORE_A_NOUN);
            }
        }
        if (len >= 2 && Lexicon.mayOpenStormName(first.text) && isStormName(tokens, a, b)
                || len <= 2 && a >= 3 && (prev.is("and") || prev.text.equals(",")) && stormListBefore(tokens, a - 1)) {
            m.add(Evidence.STORM); // "Super Typhoon Belmar", "Typhoons Koral, Senna and Vidar"
        }
        if (len >= 2 && !titleCased && hasCapitalisedFunctionWord(tokens, a, b)) {
            m.add(Evidence.WORK_TITLE);
        }
        if (len >= 2) {
            // "Premium Bonds", "Stranger Things": a common noun at the end and no given name in front is no person;
            // nor are dictionary words ending in a singular one that is also a surname ("Labour Day", "Far East");
            // a plural there names a group more often ("Young Liberals", "Free Democrats")
            final boolean commonTail = !lexicon.isFirstName(first)
                    && (lexicon.isOnlyCommonWord(last)
                            || lexicon.isCommonWord(last) && lexicon.isCommonWord(first) && !last.lower.endsWith("s"));
            m.prior(EntityType.PERSON, commonTail ? -0.4 : 0.6);
            m.prior(EntityType.ORGANIZATION, 0.3);
            if (commonTail) {
                m.prior(EntityType.MISC, 0.4);
            }
        } else {
            // a lone capitalised word nothing else explains is most often a surname in news ("Seagal", "Aldrin")
            m.prior(EntityType.PERSON, 0.45);
            m.prior(EntityType.ORGANIZATION, 0.35);
            m.prior(EntityType.LOCATION, 0.2);
        }
        return m;
    }
    /**
     * "the Greyhollow mine", "Kelso airport"; after "the", "its" or a possessive also one lower-case word between:
     * "its Condoray gold mine" ("Lillesand lost power" is no facility).
     */
    private static boolean facilityNounAfter(final List<Token> tokens, final int a, final int b) {
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
    private boolean placeNounAfterNextName(final List<Token> tokens, final int k) {
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

    private boolean isPluralPlaceNoun(final Token t) {
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
    private static boolean teamAfterThe(final List<Token> tokens, final int a, final int b) {
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
    private void addWireContext(
            final List<Token> tokens, final int a, final int b, final Lexicon.NameEntry entry, final Mention m) {
        final int n = tokens.size();
        final Token prev = a > 0 ? tokens.get(a - 1) : null;
        final boolean unlisted = entry == null;
        if (prev != null
                && prev.text.equals(",")
                && a >= 2
                && (isLowerCaseRole(tokens.get(a - 2)) || isLowerCaseTitleEndingAt(tokens, a - 1))
                && (b >= n || tokens.get(b).text.equals(",") || lexicon.isSpeechVerb(tokens.get(b)))) {
            m.add(Evidence.ROLE_AND_COMMA_BEFORE); // "its lawyer, X,", "The agency's chief executive, X, said"
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
    private static boolean isMediaNoun(final List<Token> tokens, final int k) {
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
    private static boolean nextSentenceNamesABody(final List<Token> tokens, final int b) {
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
    private boolean itActsAfterSpeech(final List<Token> tokens, final int b) {
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
    private boolean isPlaceAndNickname(final List<Token> tokens, final int a, final int b) {
        final Token last = tokens.get(b - 1);
        if (!last.capitalised
                || last.allCaps
                || !last.lower.endsWith("s")
                || last.lower.endsWith("ss")
                || lexicon.isLocationHead(last)
                || lexicon.isOrgHead(last)
                || lexicon.isMiscHead(last)
                || isGroupOrAdjective(last) && !lexicon.isCommonWord(last)) {
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
    private boolean playsAMatch(final List<Token> tokens, final int a, final int b) {
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
    private static boolean isScoreEndingAt(final List<Token> tokens, final int k) {
        return k >= 2
                && tokens.get(k).kind == Token.Kind.NUMBER
                && tokens.get(k - 1).text.equals("-")
                && tokens.get(k - 2).kind == Token.Kind.NUMBER;
    }

    private static boolean isClosingQuote(final Token t) {
        return t.text.equals("\"") || t.text.equals("\u201d") || t.text.equals("'") || t.text.equals("\u2019");
    }

    /** "chief executive", "director general" in lower case, ending just before {@code end}. */
    private boolean isLowerCaseTitleEndingAt(final List<Token> tokens, final int end) {
        return !tokens.get(end - 1).capitalised && lexicon.titleEndingAt(tokens, end) > 0;
    }

    /** "engineers", "researchers": a lower-case plural role, not a kind of organisation ("lenders"). */
    private boolean isPluralRole(final Token t) {
        return t.isWord()
                && !t.capitalised
                && t.lower.endsWith("s")
                && lexicon.isRole(t)
                && !lexicon.isOrgCue(t)
                && !isCompanyKind(t);
    }

    /** A lower-case role or title word ("lawyer", "substitute", "hydrologist"), not a kind of organisation. */
    private boolean isLowerCaseRole(final Token t) {
        return t.isWord() && !t.capitalised && lexicon.isRole(t) && !t.lower.endsWith("s");
    }

    /**
     * The first pronoun in the rest of the sentence after a name's end, when no other name comes first and the name
     * is the subject of what follows ("X said he", "X, whose shares", "X told reporters its"); -1 if none.
     */
    private int referringPronoun(final List<Token> tokens, final int b) {
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
    private EntityType appositiveKind(final List<Token> tokens, final int k) {
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
    private static String singular(final String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * Is the name before {@code k} (a comma or "and") the last of a list opened by a place preposition: "in Peine and",
     * "in Ca Mau, Soc Trang and"? Each item is one to three capitalised words.
     */
    private boolean placeListBefore(final List<Token> tokens, final int k) {
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

    private static boolean isStormName(final List<Token> tokens, final int a, final int b) {
        final List<String> words = new ArrayList<>(b - a);
        for (int q = a; q < b; q++) {
            words.add(tokens.get(q).text);
        }
        return Lexicon.stormNameStart(words, 0, words.size()) > 0;
    }

    /**
     * Is the name before {@code k} (a comma or "and") in a list whose first item is a plural storm's: "Typhoons Koral,
     * Senna and"? Each item is one or two capitalised words.
     */
    private static boolean stormListBefore(final List<Token> tokens, final int k) {
        int q = k - 1;
        for (int items = 0; items < 5 && q >= 0; items++) {
            int start = q;
            while (start >= 0 && tokens.get(start).capitalised && q - start < 3) {
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
    private boolean theGeographicName(final List<Token> tokens, final int a, final int b) {
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
    private boolean bodyExamplesBefore(final List<Token> tokens, final int a) {
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

    private static boolean placeExamplesBefore(final List<Token> tokens, final int a) {
        if (a < 2) {
            return false;
        }
        final Token p = tokens.get(a - 1);
        final int noun;
        if (p.is("as") && a >= 3 && tokens.get(a - 2).is("such")) {
            noun = a - 3;
        } else if (p.is("including") || p.is("like") || p.is("of")) {
            noun = a - 2;
        } else {
            return false;
        }
        return !tokens.get(noun).capitalised && ContextWords.PLACE_PLURALS.contains(tokens.get(noun).lower);
    }

    /**
     * "Athletics Kenya", "Cycling Australia": common words, then a country (a sports body or agency named after it).
     */
    private boolean isBodyOfACountry(final List<Token> tokens, final int a, final int b) {
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
    private boolean endsInDemonym(final List<Token> tokens, final int a, final int b) {
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

    private boolean isMisc(final String word) {
        final Lexicon.NameEntry e = lexicon.name(word);
        return e != null && e.type() == EntityType.MISC;
    }

    /**
     * A lone name joined to a well-known place: by "and"/"or" on either side ("from Ashford and Dover"), followed by
     * a comma and a place that locates it ("Braunsberg, East Prussia"), or inside a comma list after one ("Toronto,
     * Omaha, New York"). A name after a place and a comma that a verb follows ("In Paris, Hidalgo said") is not in a
     * list.
     */
    private boolean coordinatedWithKnownPlace(final List<Token> tokens, final int a, final int b) {
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
    private boolean isPersonSubject(final List<Token> tokens, final int k) {
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
    private static boolean endsPhrase(final List<Token> tokens, final int k) {
        return k >= tokens.size()
                || tokens.get(k).kind == Token.Kind.PUNCT && !tokens.get(k).text.equals("-")
                || tokens.get(k).kind == Token.Kind.CITATION;
    }

    /** Direction words, then a known place or nationality: "Outer Mongolia", "South East Asia", "Northern Irish". */
    private boolean isRegionOfKnownPlace(final List<Token> tokens, final int a, final int b) {
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
    private boolean hasCapitalisedFunctionWord(final List<Token> tokens, final int a, final int b) {
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
    private boolean isGroupOrAdjective(final Token t) {
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

    private static boolean isAllCaps(final String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return s.length() >= 2;
    }

    private static boolean isAge(final List<Token> tokens, final int k) {
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

    private static int capitalisedWords(final List<Token> tokens, final int a, final int b) {
        int count = 0;
        for (int q = a; q < b; q++) {
            if (tokens.get(q).capitalised) {
                count++;
            }
        }
        return count;
    }

    /** ", a spokesman for", ", the former chief executive of", ", an analyst at", ", director of". */
    private boolean isRoleAppositive(final List<Token> tokens, final int k) {
        final Token article = tokens.get(k);
        if (!(article.is("a") || article.is("an") || article.is("the"))) {
            // ", director of plant protection at …": a role without an article, then what it is a role in
            return k + 1 < tokens.size()
                    && isLowerCaseRole(article)
                    && !lexicon.isOrgCue(article)
                    && ContextWords.ROLE_OF.contains(tokens.get(k + 1).lower);
        }
        for (int q = k + 1; q < Math.min(tokens.size(), k + 5); q++) {
            final Token t = tokens.get(q);
            if (t.kind == Token.Kind.POSSESSIVE) {
                continue; // ", the summit's president,"
            }
            if (!t.isWord() || t.capitalised) {
                return false;
            }
            if (lexicon.isRole(t) && !lexicon.isOrgCue(t)) {
                return true;
            }
        }
        return false;
    }

    private static String titleCase(final String allCaps) {
        return allCaps.charAt(0) + allCaps.substring(1).toLowerCase(Locale.ROOT);
    }

    private static boolean isGaelicName(final String text) {
        return text.startsWith("Mc")
                || text.startsWith("Mac")
                || text.startsWith("O'")
                || text.startsWith("Di")
                || text.startsWith("De")
                || text.startsWith("La")
                || text.startsWith("Le");
    }
}
