package io.newsflow.tagger;

import java.util.List;

/**
 * Finds candidate names in one line and gathers the local evidence for each: capitalised-token runs, split at person
 * titles ("NATO Secretary General Mark Rutte" → "NATO" + title + "Mark Rutte"), trimmed of function words and
 * sentence-initial openers, then scored from gazetteers, heads ("… Ministry", "… Sea"), the words around them ("in",
 * "city of", "said", ", who") and their shape (acronym, given name). Each kind of evidence, with the type it speaks
 * for and its weight, is one {@link Evidence}; this class only decides where each is found.
 *
 * <p>Title-cased lines (headlines, headings) give no reliable runs: there every capitalised token and known
 * multi-word name is a candidate that {@link ArticleResolver} reports only if the article's prose confirms it.
 *
 * <p>This class runs the passes over a line and builds each candidate's {@link Mention} in a fixed order of checks;
 * the parts live apart: {@link NameSpans} says where a name starts and ends, {@link NameShapes} what its own words
 * say, {@link ContextEvidence} what the words around it say, and {@link NameParts} and {@link ContextWords} hold the
 * word lists.
 */
final class NameFinder {

    private final Lexicon lexicon;
    private final PlaceAsActor placeAsActor;
    private final NameSpans spans;
    private final NameShapes shapes;
    private final ContextEvidence context;

    NameFinder(final Lexicon lexicon) {
        this.lexicon = lexicon;
        this.placeAsActor = new PlaceAsActor(lexicon);
        this.spans = new NameSpans(lexicon);
        this.shapes = new NameShapes(lexicon);
        this.context = new ContextEvidence(lexicon, spans, shapes);
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
            int end = spans.extendRun(tokens, used, k);
            final int spelled = spans.spelledNameStart(tokens, used, k, end);
            if (spelled >= 0) {
                // the words a short form in brackets spells are one name; what stands before them is another, except
                // a body's head that takes them as its "of" part ("Office of the US Trade Representative (USTR)")
                final int head = tokens.get(k).is("the") ? k + 1 : k;
                if (spelled > k && !(head < spelled && lexicon.isOrgOfHead(tokens.get(head)))) {
                    int before = spelled;
                    while (before > k && !tokens.get(before - 1).capitalised) {
                        before--;
                    }
                    splitRun(tokens, line, paragraph, k, before, out);
                    k = spelled;
                }
                end = spans.acronymSpelledEnd(tokens, used, spelled);
            }
            splitRun(tokens, line, paragraph, spans.ordinalBeforeUnit(tokens, used, k, end), end, out);
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
            if (len == 1) {
                len = givenNameAndSurnames(tokens, used, k);
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

    /**
     * In a title-cased line, a known given name and one or two capitalised words no dictionary knows after it are one
     * person's name ("Jeff Dasovich" as a signature, "Sent by: Kay Marlow", "Tova Brennick Wins Gold"); every other
     * capitalised word stands alone. Like every name on such a line it is reported only when the prose or a list vouches
     * for it (reported on its own it cost web text more than it gained).
     */
    private int givenNameAndSurnames(final List<Token> tokens, final boolean[] used, final int k) {
        if (!lexicon.isFirstName(tokens.get(k))) {
            return 1;
        }
        int end = k + 1;
        while (end < tokens.size()
                && end - k < 3
                && spans.isNameToken(tokens, used, end)
                && !tokens.get(end).allCaps
                && !lexicon.isCommonWord(tokens.get(end))
                && !lexicon.isFunctionWord(tokens.get(end))) {
            end++;
        }
        return end - k;
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
                && !lexicon.isLocationHead(tokens.get(to - 1))
                && !spans.endsInSpelledName(tokens, from, to)) { // "Office of the US Trade Representative (USTR)"
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
                        && (firstTitle >= 0
                                || p > from && lexicon.isFirstName(tokens.get(from))
                                // "chief executive Anish Shah": after a title the run is the name, its last word
                                // the surname
                                || p > from && from > 0 && lexicon.titleEndingAt(tokens, from) > 0);
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
            // "Belgian Wout Verhaeghe", "Estonian Rasmus Tamm": a nationality introduces a person the way a title does
            // (a country before a name does not: "France Emmanuel Macron" is how a list or a caption runs)
            final Lexicon.NameEntry opener = lexicon.name(Lexicon.key(tokens, from, from + place, false));
            final Token last = tokens.get(to - 1);
            final boolean nationality = opener != null
                    && opener.type() == EntityType.MISC
                    && !lexicon.isMiscHead(last) // "African Cross Country Championships" is an event
                    && !lexicon.isLocationHead(last);
            trimmed(tokens, line, paragraph, from + place, to, nationality, false, out);
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
        boolean proven = titled;
        if (lexicon.name(Lexicon.key(tokens, a, b, false)) == null) {
            a = spans.afterPortfolio(tokens, a, b);
            proven |= a > from; // the title before the portfolio is the person's: "Minister for Sports Talia Brenner"
            while (a < b && spans.isOpener(tokens, a, b)) {
                a++;
            }
            if (b - a >= 3 && ContextWords.BODY_KINDS_IN_CAPITALS.contains(tokens.get(a + 1).text)) {
                final Lexicon.NameEntry nationality = lexicon.name(tokens.get(a).text);
                if (nationality != null && nationality.type() == EntityType.MISC) {
                    a += 2; // "the Spanish NGO Caminos Libres": the nationality and the kind of body are no name
                }
            } else if (b - a >= 2 && ContextWords.BODY_KINDS_IN_CAPITALS.contains(tokens.get(a).text)) {
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
        if (b - a == 1
                && b < tokens.size()
                && ContextWords.PORTFOLIO_TITLES.contains(tokens.get(b).text)
                && lexicon.isCommonWord(tokens.get(a))
                && !tokens.get(a).allCaps) {
            return; // "Labour Minister Ana Kelvik", "Labour Secretary": a portfolio, not the party of that name
        }
        final boolean sentenceInitial = a == from && tokens.get(a).sentenceStart;
        out.add(candidate(tokens, line, paragraph, a, b, proven, beforeTitle, false, sentenceInitial));
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
            entry = lexicon.name(NameShapes.titleCase(first.text)); // a dateline: "KYIV, Ukraine —"
        }
        if ((entry == null || entry.type() != EntityType.LOCATION) && a == 0 && first.dateline && last.allCaps) {
            // the dateline's place, listed or not: "VENLO, Netherlands (Newsflow) -" is Venlo, not its club;
            // "SAO PAULO" is the gazetteer's "São Paulo"
            final StringBuilder name = new StringBuilder();
            for (int q = a; q < b; q++) {
                name.append(q > a ? " " : "").append(NameShapes.titleCase(tokens.get(q).text));
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
        final boolean region = entry != null
                && entry.type() == EntityType.ORGANIZATION
                && len == 1
                && context.theGeographicName(tokens, a, b);
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
        if (entry == null && len >= 2 && shapes.isRegionOfKnownPlace(tokens, a, b)) {
            m.add(Evidence.REGION_OF_KNOWN_PLACE);
        } else if (entry == null
                && len >= 2
                && !lexicon.isLocationHead(last)
                && !(lexicon.isLocationOfHead(first) && tokens.get(a + 1).is("of"))
                && shapes.isBodyOfACountry(tokens, a, b)) {
            // "Athletics Kenya"; but "Trans Niger Pipeline" ends in a place's head and "Republic of Congo" opens with
            // one
            m.add(Evidence.BODY_OF_A_COUNTRY);
        }
        if (len >= 2 && entry == null && context.isPlaceAndNickname(tokens, a, b)) {
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
                        && (!shapes.givenNamesAroundAmpersand(tokens, a, b)
                                || NameSpans.anyToken(tokens, a + 1, b - 1, t -> t.text.equals(",")))) {
            m.add(Evidence.BODY_NAME_SHAPE); // "Philippine Red Cross", "Banco Itapema", "Delmont & Hale"
        }
        // a place listed whole keeps its reading over its last word: "the former Soviet Union", "Ho Chi Minh City"
        final boolean listedPlace =
                entry != null && entry.type() == EntityType.LOCATION && entry.strength() >= 0.9 && len >= 2;
        if (len >= 2 && lexicon.isMiscHead(last)) {
            m.add(Evidence.MISC_HEAD);
        } else if (len >= 2 && lexicon.isOrgHead(last) && !listedPlace) {
            m.add(Evidence.ORG_HEAD);
        } else if (len >= 3 && NameSpans.anyToken(tokens, a + 1, b - 1, lexicon::isOrgHead)) {
            m.add(Evidence.INNER_ORG_HEAD);
        }
        if (len >= 2 && lexicon.isLocationHead(last)) {
            m.add(Evidence.LOCATION_HEAD);
        } else if (len == 1 && entry == null && !lexicon.isFirstName(first) && lexicon.hasPlaceSuffix(first.text)) {
            m.add(Evidence.PLACE_SUFFIX);
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
                && (len <= 4
                        || len <= 7 && NameShapes.capitalisedWords(tokens, a, b) <= 4) // "Carla Benavides de la Puente"
                && lexicon.isFirstName(first)
                && !ContextEvidence.teamAfterThe(tokens, a, b)
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
        } else if (lexicon.locationCueEndingAt(tokens, a) > 0
                || ContextEvidence.placeExamplesBefore(tokens, a)
                // "residents of the Terai", "north of the Kessel": a cue that ends in "of", then "the"
                || entry == null
                        && prev != null
                        && prev.is("the")
                        && a >= 2
                        && tokens.get(a - 2).is("of")
                        && lexicon.locationCueEndingAt(tokens, a - 1) > 1
                        && !lexicon.isOrgHead(last)) {
            m.add(Evidence.LOCATION_CUE);
        } else if (prev != null
                && prev.is("at")
                && a >= 2
                && lexicon.isRole(tokens.get(a - 2))
                // "a nurse at Budiriro polyclinic": a name before a site's common noun is where the site stands;
                // "an analyst at Lyon-based asset manager X", "at Kelso consultancy X": the employer comes later
                && !(entry == null && ContextEvidence.facilityNounAfter(tokens, a, b))
                && !ContextEvidence.beforeBasedOrCompanyKind(tokens, b)) {
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
        } else if (entry == null
                && prev != null
                && prev.is("the")
                && a >= 2
                && ContextWords.PLACES_AFTER_THE.contains(tokens.get(a - 2).lower)
                && !(a >= 3 && ContextWords.SEATS_IN_A_BODY.contains(tokens.get(a - 3).lower))
                && !first.allCaps
                && !lexicon.isOrgHead(last)) {
            m.add(Evidence.PLACE_PREPOSITION); // "villages in the High Atlas", "on the Ustyurt", "across the Gobi"
        }
        if (context.isVenue(tokens, a, b)) {
            m.add(Evidence.VENUE);
        }
        if (mayBePlace
                && b < n
                && (lexicon.isPlaceNoun(tokens.get(b))
                        || a > 0 && tokens.get(a - 1).is("and") && context.isPluralPlaceNoun(tokens.get(b)))) {
            m.add(Evidence.PLACE_NOUN_AFTER); // "Bududa district", "the A and B rivers"
        } else if (mayBePlace
                && prev != null
                && prev.is("between")
                && a >= 2
                && ContextWords.ROUTES.contains(tokens.get(a - 2).lower)) {
            m.add(Evidence.PLACE_NOUN_AFTER); // "the road between A and B"
        } else if (mayBePlace && b < n && tokens.get(b).is("department") && !lexicon.isCommonWord(last)) {
            m.add(Evidence.PLACE_NOUN_AFTER); // "Cusmayo department"; "the State department" is a ministry
        } else if (entry == null && ContextEvidence.facilityNounAfter(tokens, a, b) && !lexicon.isCommonWord(last)) {
            m.add(Evidence.FACILITY_NOUN_AFTER);
        } else if (mayBePlace
                && b + 2 < n
                && tokens.get(b).is("and")
                && context.placeNounAfterNextName(tokens, b + 1)) {
            m.add(Evidence.PLACE_NOUN_AFTER); // "in Ben Tre and Tra Vinh provinces", "the A and B rivers"
        } else if (entry == null
                && len == 1
                && prev != null
                && ContextWords.DETERMINERS_OF_A_MODIFIER.contains(prev.lower)
                && !prev.capitalised
                && b < n
                && tokens.get(b).isWord()
                && !tokens.get(b).capitalised
                && !lexicon.isFunctionWord(tokens.get(b))
                && !lexicon.isSpeechVerb(tokens.get(b))
                && lexicon.isCommonWord(tokens.get(b))
                && !lexicon.isCommonWord(first)) {
            m.add(Evidence.MODIFIER_AFTER_THE); // "the Linate slots", "the Shidiya phosphate mines", "its Mona campus"
            m.wireOnlyEvidence = Evidence.MODIFIER_AFTER_THE.weight;
        }
        if (mayBePlace
                && b + 2 < n
                && tokens.get(b).text.equals(",")
                && ContextWords.PLACE_RELATIONS.contains(tokens.get(b + 1).lower)
                && !tokens.get(b + 1).capitalised) {
            m.add(Evidence.PLACE_APPOSITIVE); // "At Tan Chau, near the border", "Kungrad, north of"
        }
        if (len == 1 && mayBePlace && context.coordinatedWithKnownPlace(tokens, a, b)) {
            m.add(Evidence.LISTED_WITH_A_PLACE);
        }
        if (prev != null
                && (lexicon.isOrgCue(prev)
                        || ContextEvidence.isCompanyKind(prev)
                        || ContextWords.BODY_KINDS_IN_CAPITALS.contains(prev.text))
                && entry == null) {
            m.add(Evidence.ORG_CUE);
        } else if (context.bodyExamplesBefore(tokens, a)) {
            m.add(Evidence.ORG_CUE); // "companies, including A and B", "lenders such as A"
        } else if (prev != null
                && entry == null
                && ContextEvidence.afterBased(tokens, a)
                && !(len >= 2 && lexicon.isFirstName(first) && !lexicon.isCommonWord(last))) {
            // "Trnovo-based Metalvex": a person is "a Trnovo-based engineer", or named in full ("Hong Kong-based
            // Sam Haines"), a given name then a word that is no common noun
            m.add(Evidence.ORG_CUE);
        } else if (prev != null && lexicon.isOrgCue(prev) && entry.type() == EntityType.LOCATION) {
            m.add(Evidence.ORG_CUE_BEFORE_A_PLACE, EntityType.ORGANIZATION, 3 * entry.strength() + 0.5);
        }
        if (prev != null
                && lexicon.isSpeechVerb(prev)
                && !first.allCaps
                && a >= 2
                && tokens.get(a - 2).kind == Token.Kind.PUNCT
                && ContextEvidence.endsPhrase(tokens, b)) {
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
                && context.isPersonSubject(tokens, b)) {
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
            if (b + 2 < n && next.text.equals(",") && ContextEvidence.isAge(tokens, b + 1)) {
                m.add(Evidence.AGE);
            }
            if (b + 2 < n && next.text.equals(",") && context.isRoleAppositive(tokens, b + 1)) {
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
                    && (tokens.get(b + 1).allCaps || context.isWordAcronymOf(tokens, a, b, tokens.get(b + 1)))) {
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
            context.addWireContext(tokens, a, b, entry, m);
        }
        if (len == 1 && first.allCaps && first.text.length() <= 6) {
            m.add(Evidence.SHORT_ACRONYM);
        } else if (len == 1 && !first.capitalised) {
            m.add(Evidence.LOWER_CASE_START);
        } else if (NameSpans.hasInnerCapital(first.text) && first.capitalised && !NameShapes.isGaelicName(first.text)) {
            m.add(Evidence.INNER_CAPITAL);
        }
        if (entry == null && shapes.endsInDemonym(tokens, a, b)) {
            m.add(Evidence.DEMONYM);
        }
        if (entry == null && len == 1 && shapes.isGroupOrAdjective(first)) {
            m.add(Evidence.GROUP_OR_ADJECTIVE);
            if (b < n && spans.modifiesANoun(tokens.get(b))) {
                m.add(Evidence.ADJECTIVE_BEFORE_A_NOUN);
            }
        }
        if (len >= 2 && NameShapes.isModelCode(last) && first.capitalised && !first.allCaps
                || len == 1 && first.allCaps && NameShapes.codeNumberFollows(tokens, b)) {
            m.add(Evidence.MODEL_CODE);
        }
        if (len == 1 && first.allCaps && NameShapes.isAcronymOfLowerCaseWords(tokens, a)) {
            m.add(Evidence.ACRONYM_OF_WORDS);
        }
        if (len >= 2 && Lexicon.mayOpenStormName(first.text) && NameShapes.isStormName(tokens, a, b)
                || len <= 2
                        && a >= 3
                        && (prev.is("and") || prev.text.equals(","))
                        && ContextEvidence.stormListBefore(tokens, a - 1)) {
            m.add(Evidence.STORM); // "Super Typhoon Belmar", "Typhoons Koral, Senna and Vidar"
        }
        if (len >= 2 && !titleCased && shapes.hasCapitalisedFunctionWord(tokens, a, b)) {
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
}
