package io.newsflow.tagger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides, once per article, what each name is: all mentions of a name pool their evidence, so one title ("President
 * Volodymyr Zelenskyy") makes every "Zelenskyy" a person; short forms resolve to the full name found in the same
 * article ("Rutte" → "Mark Rutte", "Acme" → "Acme Corp", "WHO" after "World Health Organization (WHO)"); gazetteer
 * aliases give the cross-article key ("UK" → "United Kingdom").
 *
 * <p>A name is reported only when something besides its capital letter speaks for it: a gazetteer entry, a strong
 * cue, a mention inside a sentence, or a full name it shortens. That drops the capitalised common words that open
 * sentences ("Looking ahead", "Security experts") and whatever stands only in title-cased lines.
 */
final class ArticleResolver {

    /** What the article says about one name. */
    static final class Decision {
        final String key;
        final double[] scores = new double[EntityType.values().length];
        final double[] evidence = new double[EntityType.values().length];
        double personProof;
        double speakerProof;
        double givenNameProof;
        double bodyProof;
        /** What of {@link #personProof} the article lets stand, see {@link #standingProof}. */
        double proof;

        double strongCues;
        boolean midSentence;
        boolean inProse;
        int tokenCount;
        Lexicon.NameEntry entry;
        EntityType type;
        String canonical;
        double confidence;
        boolean report;
        /** Resolved to a longer name of the same article. */
        boolean shortForm;

        Decision(final String key) {
            this.key = key;
        }

        /** Evidence about the name as a whole, found at article level. */
        void add(final Evidence e) {
            scores[e.type.ordinal()] += e.weight;
            evidence[e.type.ordinal()] += e.weight;
            if (e.strong) {
                strongCues += e.weight;
            }
        }
    }

    private static final Decision AMBIGUOUS = new Decision("");

    private final Map<String, Decision> byKey = new HashMap<>();
    /** A person's given name → the only full name of the article it opens, see {@link #shortForms}. */
    private final Map<String, Decision> givenNameForms = new HashMap<>();

    /**
     * @param wireStory the article opens with a wire dateline ("TALLINN (Reuters) -"): a wire story introduces every
     *     person with a given name, a title or a role, so there a name that nothing proves a person ("Northvolt",
     *     "Harju Elekter") is taken for an organisation (news dev articles 0.825 → 0.900 at document level);
     *     elsewhere (excerpts, web text, essays, where "Garibaldi" or "Klein" stand alone, and Wikinews, where given
     *     names no list holds are common: "Dries Mertens", "Junius Ho") it stays a person
     * @param agency the key of the agency the dateline credits ("Andina Wire"), or null: the body's mentions of it
     *     ("…, Andina Wire reported", "told Andina Wire") are that organisation, whatever else it looks like
     */
    ArticleResolver(
            final Lexicon lexicon,
            final List<Mention> mentions,
            final Set<String> lowerCaseWords,
            final boolean wireStory,
            final String agency) {
        final Map<String, String> acronyms = new HashMap<>();
        for (final Mention m : mentions) {
            final Decision d = byKey.computeIfAbsent(m.key, Decision::new);
            for (int t = 0; t < d.scores.length; t++) {
                d.scores[t] += m.scores[t];
                d.evidence[t] += m.evidence[t];
            }
            if (!wireStory && m.wireOnlyEvidence > 0) {
                d.scores[Evidence.MODIFIER_AFTER_THE.type.ordinal()] -= m.wireOnlyEvidence;
                d.evidence[Evidence.MODIFIER_AFTER_THE.type.ordinal()] -= m.wireOnlyEvidence;
            }
            d.personProof += m.personProof;
            d.speakerProof += m.speakerProof;
            d.givenNameProof += m.givenNameProof;
            d.bodyProof += m.bodyProof;
            d.strongCues += m.strongCues;
            d.tokenCount = m.tokenCount;
            if (m.entry != null) {
                d.entry = m.entry;
            }
            if (!m.isContext() && !m.titleCased) {
                d.inProse = true;
                // a second capitalised word shows a name even at a sentence start ("Goldman Sachs economists")
                d.midSentence |= !m.sentenceInitial || m.tokenCount > 1;
            }
            if (m.acronym != null) {
                acronyms.put(m.acronym, m.key);
            }
        }
        surnameProofToFullName();
        final Decision credited = agency == null ? null : byKey.get(agency);
        if (credited != null && (credited.entry == null || credited.entry.type() != EntityType.ORGANIZATION)) {
            credited.entry = new Lexicon.NameEntry(EntityType.ORGANIZATION, agency, 1.0);
            credited.add(Evidence.CREDITED_AGENCY);
        }
        for (final Decision d : byKey.values()) {
            d.proof = standingProof(lexicon, d, wireStory);
        }
        final Set<String> listedWithPeople = listedWithPeople(mentions);
        addSmallPlaceEvidence(lexicon, listedWithPeople);
        if (wireStory) {
            addListedWithPlaces(mentions);
        }
        for (final Decision d : byKey.values()) {
            d.type = best(d.scores);
            if (d.type == EntityType.PERSON
                    && d.proof == 0
                    && !listedWithPeople.contains(d.key)
                    && (d.entry == null || d.entry.type() != EntityType.PERSON)) {
                d.type = withoutPersonProof(d, wireStory ? EntityType.ORGANIZATION : EntityType.PERSON);
            }
            final String lower = d.key.toLowerCase(Locale.ROOT);
            final boolean single = d.tokenCount == 1;
            // a word no dictionary knows is a name even at a sentence start ("Kesha said"); a word that is only ever
            // a common noun needs more than its capital ("the Government", "Treaty")
            final boolean unknownWord = single
                    && d.inProse
                    && !lexicon.isCommonWord(lower)
                    && !lexicon.isFunctionWord(lower)
                    && !lexicon.isBuiltPlural(lower);
            final boolean commonNoun = single && lexicon.isOnlyCommonWord(lower);
            d.report = d.entry != null || d.strongCues > 0 || d.midSentence && !commonNoun || unknownWord;
        }
        final Map<String, Decision> shortForms = shortForms(lexicon);
        for (final Map.Entry<String, Decision> e : byKey.entrySet()) {
            final String key = e.getKey();
            final Decision d = e.getValue();
            Decision full = shortForms.get(key);
            if (full == null && d.report && d.inProse) {
                // a given name alone resolves only where the prose reports it: a title-cased headline's
                // "US President Barack Obama Tweets" splits into capitalised words that name nothing alone
                full = givenNameForms.get(key);
            }
            final String expanded = acronyms.get(key);
            if (full == null && expanded != null) {
                full = byKey.get(expanded);
            }
            if (full != null && full != AMBIGUOUS && full != d && full.report) {
                d.type = full.type;
                d.canonical = canonicalOf(full, full.key);
                d.report = true;
                d.shortForm = true;
                d.confidence = full.confidence > 0 ? full.confidence : confidence(full.scores);
                continue;
            }
            d.canonical = canonicalOf(d, key);
            d.confidence = confidence(d.scores);
            if (d.report
                    && d.entry == null
                    && !d.midSentence
                    && d.tokenCount == 1
                    && lowerCaseWords.contains(key.toLowerCase(Locale.ROOT))) {
                d.report = false; // "Security experts … security guarantees": a common word
            }
        }
    }

    /**
     * A one-word name proven a person ("…," Bumrah said) that is the last word of a longer name of the article
     * ("Jasprit Bumrah took five wickets") proves that name too: news names a person again by the surname, a company
     * by its first word ("Acme Corp" → "Acme"), so the proof of a surname belongs to the full name, which the
     * surname then resolves to. Not for a full name with evidence of an organisation or place.
     */
    private void surnameProofToFullName() {
        Map<String, Decision> byLastWord = null;
        for (final Decision d : byKey.values()) {
            if (d.tokenCount < 2 || d.tokenCount > 5 || d.entry != null || d.bodyProof > 0 || isOneWord(d.key)) {
                continue; // "Frimpong-Boateng" is a surname of its own, not a full name that it shortens
            }
            if (d.evidence[EntityType.ORGANIZATION.ordinal()] > 0 || d.evidence[EntityType.LOCATION.ordinal()] > 0) {
                continue;
            }
            if (byLastWord == null) {
                byLastWord = new HashMap<>();
            }
            final String last = d.key.substring(d.key.lastIndexOf(' ') + 1);
            byLastWord.merge(last, d, (x, y) -> AMBIGUOUS);
        }
        if (byLastWord == null) {
            return;
        }
        for (final Map.Entry<String, Decision> e : byLastWord.entrySet()) {
            final Decision surname = byKey.get(e.getKey());
            final Decision full = e.getValue();
            if (full == AMBIGUOUS || surname == null || surname.personProof <= 0 || surname.bodyProof > 0) {
                continue;
            }
            full.personProof += surname.personProof;
            full.speakerProof += surname.speakerProof;
            full.scores[EntityType.PERSON.ordinal()] += surname.personProof;
            full.evidence[EntityType.PERSON.ordinal()] += surname.personProof;
        }
    }

    /**
     * Names that stand in a list next to a proven person ("Romelu Lukaku, Yannick Carrasco and Dries Mertens"): a list
     * holds one kind of thing, so they are people too. Neighbours are mentions of one paragraph at most
     * {@link #LIST_GAP} characters apart, joined by ", ", " and ", ", and " ("Marcos Albuquerque of Banco Itapema" is
     * no list).
     */
    private Set<String> listedWithPeople(final List<Mention> mentions) {
        final Set<String> listed = new HashSet<>();
        Mention previous = null;
        for (final Mention m : mentions) {
            if (listedAfter(previous, m, LIST_GAP)) {
                if (isProvenPerson(previous)) {
                    listed.add(m.key);
                }
                if (isProvenPerson(m)) {
                    listed.add(previous.key);
                }
            }
            previous = m;
        }
        return listed;
    }

    private static final int LIST_GAP = 6;

    /** " and " and ", " join a list of places; ", and " (six characters) does not, see {@link #addListedWithPlaces}. */
    private static final int PLACE_LIST_GAP = 5;

    /** Does {@code m} follow {@code previous} in one list: same paragraph, a list joint at most {@code gap} long? */
    private static boolean listedAfter(final Mention previous, final Mention m, final int gap) {
        return previous != null
                && previous.paragraph == m.paragraph
                && m.start > previous.end
                && m.start - previous.end <= gap
                && m.afterListJoint;
    }

    /**
     * Names in a list next to a name the article shows to be a place ("between Ostvik and Marrasby", "Skye, Lochaber
     * and Badenoch"): a list holds one kind of thing. Only for a name nothing else explains: no list entry, no proof
     * of a person, no evidence of a body or a place of its own. The place beside it must be one by a list or by
     * evidence the article found, not by this rule: one pass, from the places decided before it. ", and" joins
     * clauses as often as list items ("between Ostvik and Marrasby, and Kelmar Freight suspended …"), so it is no
     * joint here.
     */
    private void addListedWithPlaces(final List<Mention> mentions) {
        final Set<Decision> listed = new HashSet<>();
        final List<Decision> run = new ArrayList<>();
        Mention previous = null;
        for (final Mention m : mentions) {
            if (!listedAfter(previous, m, PLACE_LIST_GAP)) {
                addIfAPlaceIsListed(run, listed);
                run.clear();
            }
            run.add(byKey.get(m.key));
            previous = m;
        }
        addIfAPlaceIsListed(run, listed);
        for (final Decision d : listed) {
            d.add(Evidence.LISTED_WITH_PLACES);
        }
    }

    /** The unexplained names of one list ("A, B and C"), if the list holds a place. */
    private static void addIfAPlaceIsListed(final List<Decision> run, final Set<Decision> listed) {
        if (run.size() < 2 || run.stream().noneMatch(ArticleResolver::isPlace)) {
            return;
        }
        for (final Decision d : run) {
            if (isUnexplained(d)) {
                listed.add(d);
            }
        }
    }

    /** A place by its list entry, or by the evidence the article found for it. */
    private static boolean isPlace(final Decision d) {
        final int place = EntityType.LOCATION.ordinal();
        return d != null
                && d.proof == 0
                && (d.entry != null && d.entry.type() == EntityType.LOCATION
                        || d.entry == null && d.evidence[place] > 0 && d.scores[place] >= max(d.scores));
    }

    private static boolean isUnexplained(final Decision d) {
        return d != null
                && d.entry == null
                && d.proof == 0
                && d.evidence[EntityType.ORGANIZATION.ordinal()] == 0
                && d.evidence[EntityType.LOCATION.ordinal()] == 0
                && d.evidence[EntityType.MISC.ordinal()] == 0;
    }

    /**
     * Small towns, villages and districts of the small-town gazetteer, for names nothing else explains: no proof of a
     * person, no evidence of an organisation, no list entry, no proven person beside it. A town of a country the
     * article names ("Husum" in an article that names Germany, Hamburg or Bavaria) is that town more likely than not.
     * Any other town of two words or more ("Thunder Bay") is weak evidence, which decides only a name with no other
     * (one that would default to a person, or in a wire story an organisation) and not one that speaks; a one-word
     * town from another country is no evidence at all: the surname list that cleaned the gazetteer is American, and
     * one-word towns are many other countries' surnames ("Obama", "Garibaldi") and companies' names.
     */
    private void addSmallPlaceEvidence(final Lexicon lexicon, final Set<String> listedWithPeople) {
        Set<String> countries = null;
        for (final Decision d : byKey.values()) {
            if (d.entry != null
                    // the standing proof, as every other decision uses; a quote's speaker whose proof the
                    // article overruled ("Lillesand said output rose" in a wire story) still speaks, which a town
                    // does not: it stays the organisation the wire story takes it for (measured: the same scores on
                    // every set as the raw person proof, which equals this condition wherever it can differ)
                    || d.proof > 0
                    || d.speakerProof > 0
                    || d.evidence[EntityType.ORGANIZATION.ordinal()] > 0
                    || listedWithPeople.contains(d.key)) {
                continue;
            }
            final List<String> places = lexicon.smallPlaceCountries(d.key);
            if (places.isEmpty()) {
                continue;
            }
            if (countries == null) {
                countries = articleCountries(lexicon);
            }
            if (places.stream().anyMatch(countries::contains)) {
                d.add(Evidence.SMALL_PLACE_IN_ITS_COUNTRY);
            } else if (d.tokenCount > 1 && d.evidence[EntityType.PERSON.ordinal()] == 0) {
                d.add(Evidence.LISTED_SMALL_PLACE);
            }
        }
    }

    /** The countries of the listed countries, cities and regions the article names. */
    private Set<String> articleCountries(final Lexicon lexicon) {
        final Set<String> countries = new HashSet<>();
        for (final Decision d : byKey.values()) {
            if (d.entry != null && d.entry.type() == EntityType.LOCATION) {
                final String code = lexicon.countryOf(d.entry.canonical());
                if (code != null) {
                    countries.add(code);
                }
            }
        }
        return countries;
    }

    private boolean isProvenPerson(final Mention m) {
        final Decision d = byKey.get(m.key);
        return d != null && d.proof > 0 && d.scores[EntityType.PERSON.ordinal()] >= max(d.scores);
    }

    private static double max(final double[] scores) {
        double most = scores[0];
        for (final double s : scores) {
            most = Math.max(most, s);
        }
        return most;
    }

    /**
     * The person proof that stands once the article's other evidence is weighed. Two kinds of proof are also found on
     * companies: being a quote's speaker ("Acme said operations were normal", "…," Acme told reporters) and a given
     * name in front ("Rio Tinto", "Vale Something"). A one-word name in a wire story that nothing but its quotes or
     * its being a given name ("Atalanta beat Lazio") proves a person is no person (a wire story introduces people
     * with a given name, a title or a role; a surname or given name of a proven person resolves to the full name
     * anyway); a two-word name whose only proof is its given name (and
     * quotes) is no person when the article gives it what only bodies have ("its shares", "said its", ", the miner")
     * and its second word is no given name.
     */
    private static double standingProof(final Lexicon lexicon, final Decision d, final boolean wireStory) {
        final double other = d.personProof - d.speakerProof - d.givenNameProof;
        if (other > 1e-9) {
            return d.personProof;
        }
        if (d.tokenCount == 1 && wireStory) {
            return 0; // a lone given name or speaker; a person's surname or given name resolves to the full name
        }
        if (d.tokenCount == 2 && d.bodyProof > 0 && d.givenNameProof > 0) {
            final String second = d.key.substring(d.key.indexOf(' ') + 1);
            final Lexicon.NameEntry entry = lexicon.name(second);
            if (!isGivenName(lexicon, second) && (entry == null || entry.type() != EntityType.PERSON)) {
                return 0;
            }
        }
        return d.personProof;
    }

    /** The article's decision for a mention's name; never null for a mention that was pooled. */
    Decision decide(final Mention m) {
        return byKey.get(m.key);
    }

    /** Should this mention be reported? Title-cased lines report only names the prose or a gazetteer vouches for. */
    boolean reports(final Mention m) {
        final Decision d = byKey.get(m.key);
        if (d == null || !d.report) {
            return false;
        }
        return !m.titleCased || d.inProse || d.shortForm || d.entry != null && d.entry.strength() >= 0.5;
    }

    /** Surname and single-word short forms → the full name's decision ({@link #AMBIGUOUS} if two full names share). */
    private Map<String, Decision> shortForms(final Lexicon lexicon) {
        final Map<String, Decision> shortForms = new HashMap<>();
        for (final Map.Entry<String, Decision> e : byKey.entrySet()) {
            final Decision d = e.getValue();
            if (d.tokenCount < 2 || !d.report || !d.inProse || isOneWord(e.getKey())) {
                continue; // a hyphenated surname ("Owusu-Ansah") shortens the full name, not itself
            }
            final String[] words = e.getKey().split(" ");
            if (d.type == EntityType.PERSON) {
                // a known place or organisation inside a "person" with no given name is no surname: "Outer Mongolia"
                final boolean given = isGivenName(lexicon, words[0]);
                if (given) {
                    addShortForm(givenNameForms, words[0], d); // "Nikola Jokic" → "When Nikola plays like that"
                }
                final String last = words[words.length - 1];
                if (given || !isKnownOtherThan(lexicon, last, EntityType.PERSON)) {
                    addShortForm(shortForms, last, d);
                    final int hyphen = last.indexOf('-');
                    if (hyphen > 0 && hyphen + 1 < last.length() && Character.isLowerCase(last.charAt(0))) {
                        // "Hamid al-Jubouri" → "al-Jubouri", whose capitalised part alone is the name found
                        addShortForm(shortForms, last.substring(hyphen + 1), d);
                    }
                }
                final boolean particle = words.length == 3 && Character.isLowerCase(words[1].charAt(0));
                if ((words.length == 2 || particle)
                        && !given
                        && !isKnownOtherThan(lexicon, words[0], EntityType.PERSON)) {
                    addShortForm(shortForms, words[0], d); // "Xi Jinping" → "Xi", "Ngũgĩ wa Thiong'o" → "Ngũgĩ"
                }
                for (int w = 1; w < words.length - 1; w++) {
                    if (Character.isUpperCase(words[w].charAt(0))
                            && words[w].length() > 2
                            && !isGivenName(lexicon, words[w])
                            && !isKnownOtherThan(lexicon, words[w], EntityType.PERSON)) {
                        addShortForm(shortForms, words[w], d); // "Luiz Inácio Lula da Silva" → "Lula"
                    }
                }
            } else if (d.type == EntityType.ORGANIZATION && d.entry == null && words.length >= 2) {
                final Lexicon.NameEntry first = lexicon.name(words[0]);
                final boolean minorPlace =
                        first != null && first.type() == EntityType.LOCATION && first.strength() < 0.8;
                final String last = words[words.length - 1];
                // a given name may start a company whose name ends in a head: "Arla Foods" → "Arla"
                final boolean headed = lexicon.isOrgHead(last) && words.length == 2;
                if ((first == null || minorPlace)
                        && (headed || !isGivenName(lexicon, words[0]))
                        && Character.isUpperCase(words[0].charAt(0))
                        && !lexicon.isOrgHead(words[0])
                        && !isLocalGovernment(words)) {
                    addShortForm(shortForms, words[0], d); // "Acme Corp" → "Acme", "Riverside United" → "Riverside"
                }
                if (lexicon.isOrgHead(last) && !last.endsWith(".") && !"United".equals(last)
                        || isPlaceAndPlural(lexicon, words)) {
                    addShortForm(shortForms, last, d); // "Castleford Rovers" → "Rovers", "Sydney Kings" → "Kings"
                }
            } else if (d.type == EntityType.MISC
                    && Lexicon.stormNameStart(List.of(words), 0, words.length) == words.length - 1) {
                // "Cyclone Freddy", "Super Typhoon Belmar" → "Freddy", "Belmar": a storm, not a person
                addShortForm(shortForms, words[words.length - 1], d);
            }
        }
        return shortForms;
    }

    /** Words before "Council" that make it a local government: "District", "City", "Regional", … */
    private static final Set<String> LOCAL_GOVERNMENT_KINDS = Set.of(
            "District",
            "City",
            "County",
            "Regional",
            "Borough",
            "Town",
            "Shire",
            "Municipal",
            "Provincial",
            "Metropolitan",
            "Parish",
            "Village",
            "Rural",
            "Urban");

    /**
     * "Kelmoor District Council", "Arvale City Council": a local government named after its place, so the place's
     * name alone ("flights to Kelmoor") is the place, not a short form of the council.
     */
    private static boolean isLocalGovernment(final String[] words) {
        final int n = words.length;
        return n >= 3 && "Council".equals(words[n - 1]) && LOCAL_GOVERNMENT_KINDS.contains(words[n - 2]);
    }

    /** A name of one word, perhaps hyphenated ("Owusu-Ansah", "Lidl-Trek"): several tokens, no space. */
    private static boolean isOneWord(final String key) {
        return key.indexOf(' ') < 0;
    }

    private static boolean isPlaceAndPlural(final Lexicon lexicon, final String[] words) {
        final String last = words[words.length - 1];
        if (!last.endsWith("s") || words.length < 2) {
            return false;
        }
        final Lexicon.NameEntry place =
                lexicon.name(String.join(" ", List.of(words).subList(0, words.length - 1)));
        return place != null && place.type() == EntityType.LOCATION;
    }

    private static boolean isKnownOtherThan(final Lexicon lexicon, final String word, final EntityType type) {
        final Lexicon.NameEntry entry = lexicon.name(word);
        return entry != null && entry.type() != type && entry.strength() >= 0.7;
    }

    private static boolean isGivenName(final Lexicon lexicon, final String word) {
        final List<Token> tokens = Tokenizer.tokenize(word);
        return tokens.size() == 1 && lexicon.isFirstName(tokens.get(0));
    }

    private static void addShortForm(final Map<String, Decision> shortForms, final String word, final Decision full) {
        final Decision existing = shortForms.get(word);
        shortForms.put(word, existing == null || existing == full ? full : AMBIGUOUS);
    }

    private static String canonicalOf(final Decision d, final String key) {
        if (d.entry != null && d.entry.type() == d.type) {
            return d.entry.canonical();
        }
        return key;
    }

    /**
     * The type of a name that leans to PERSON with nothing only a person has ("Northvolt said", a lone unknown word):
     * the strongest organisation, place or other evidence it has, else {@code otherwise}. In news such names
     * are far more often companies, brands and small towns than people, who are introduced with a given name, a title
     * or a role.
     */
    private static EntityType withoutPersonProof(final Decision d, final EntityType otherwise) {
        EntityType best = otherwise;
        double most = 0;
        for (final EntityType t : EntityType.values()) {
            if (t != EntityType.PERSON && d.evidence[t.ordinal()] > most) {
                most = d.evidence[t.ordinal()];
                best = t;
            }
        }
        return best;
    }

    private static EntityType best(final double[] scores) {
        int best = EntityType.PERSON.ordinal();
        for (int t = 0; t < scores.length; t++) {
            if (scores[t] > scores[best]) {
                best = t;
            }
        }
        return EntityType.values()[best];
    }

    /** Grows with the margin between the best type and the runner-up. */
    private static double confidence(final double[] scores) {
        double first = 0;
        double second = 0;
        for (final double s : scores) {
            if (s > first) {
                second = first;
                first = s;
            } else if (s > second) {
                second = s;
            }
        }
        final double margin = Math.max(0, first - second);
        final double c = 0.5 + 0.49 * (1 - Math.exp(-margin / 2.5));
        return Math.round(c * 100) / 100.0;
    }
}
