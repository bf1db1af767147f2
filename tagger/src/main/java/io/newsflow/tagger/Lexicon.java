package io.newsflow.tagger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Everything the tagger knows before it reads an article: gazetteers (countries from the JDK, aliases, cities with
 * population, small towns with their country, companies, universities, airlines, international bodies, given names)
 * and the cue words (titles, organisation and place heads, speech verbs, function words, currencies). Loaded once from
 * class-path resources, immutable afterwards, so one instance serves every thread.
 *
 * <p>Multi-word phrases are keyed the way the {@link Tokenizer} splits them, token texts joined by single spaces where
 * the text had white space, so a lookup never depends on how much white space the text had.
 */
final class Lexicon {

    /** A gazetteer entry: what a surface form is, its canonical name, and how much to trust the list (0..1]. */
    record NameEntry(EntityType type, String canonical, double strength) {}

    private static final String GAZETTEER = "gazetteer/";
    private static final String LEXICON = "lexicon/";

    /** Exact surface (tokens joined by spaces) → entry. */
    private final Map<String, NameEntry> names;
    /** Entries matched before anything else: holidays ("Palm Sunday") and names with lower-case words or digits. */
    private final Set<String> atomicNames;

    private final int maxNameTokens;
    /** Keys of rivers, lakes, mountain ranges and regions: places that never act as a team or government. */
    private final Set<String> naturalFeatures;
    /**
     * The small towns of {@code towns.tsv}, one long per name and country, sorted: the name's 56-bit hash in the high
     * bits and an index into {@link #smallPlaceCountryCodes} in the low 8. Tens of thousands of names, kept out of
     * {@link #names} because they are weak evidence ({@link Evidence#LISTED_SMALL_PLACE}) unless the article names
     * their country, and packed because a map of strings would cost ten times the memory.
     */
    private final long[] smallPlaces;

    private final String[] smallPlaceCountryCodes;
    /** Canonical name of a listed country, city or region → its ISO 3166-1 alpha-2 code. */
    private final Map<String, String> countryOfPlace;

    private final Set<String> titles;
    private final int maxTitleTokens;
    private final Set<String> locationCues;
    private final int maxLocationCueTokens;
    /** Heads of land and water features' names, lower case, see {@link #isNaturalFeatureHead}. */
    private final Set<String> naturalFeatureHeads;
    /** Endings of one-word place names ("-shire", "-järvi", "-abad"), lower case, see {@link #hasPlaceSuffix}. */
    private final List<String> placeSuffixes;
    /**
     * Every one-word list, one bit each (the constants below): organisation, place and event heads, cue words, given
     * names, the dictionary, and the first and last words of phrases, which say whether a phrase look-up is worth
     * building its key. A token's masks are looked up once and kept on the token ({@link #textLists},
     * {@link #lowerLists}).
     */
    private final WordLists words;

    private final Map<String, String> currencySigns;
    private final Map<String, String> currencyWords;
    private final Map<String, Double> numberWords;

    // The one-word lists of {@link #words}, one bit each. Lists of names and heads hold words as written, cue lists and
    // the dictionary in lower case; each bit is asked of the form its list holds.
    private static final int ORG_HEAD = 1;
    private static final int ORG_OF_HEAD = 1 << 1;
    private static final int LOCATION_HEAD = 1 << 2;
    private static final int LOCATION_OF_HEAD = 1 << 3;
    private static final int MISC_HEAD = 1 << 4;
    private static final int ORG_CUE = 1 << 5;
    private static final int SPEECH_VERB = 1 << 6;
    private static final int PERSON_VERB = 1 << 7;
    private static final int KIN_NOUN = 1 << 8;
    private static final int PLACE_NOUN = 1 << 9;
    private static final int ACTOR_VERB = 1 << 10;
    private static final int OPPONENT_CUE = 1 << 11;
    private static final int AUXILIARY = 1 << 12;
    private static final int FUNCTION_WORD = 1 << 13;
    private static final int NOT_ENTITY = 1 << 14;
    private static final int FIRST_NAME = 1 << 15;
    /** One-word club names ("Genk", "Getafe"): most are their town's name too. */
    private static final int ONE_WORD_CLUB = 1 << 16;
    /** Lower-case English words: a capitalised word that is not one of them is a name even at a sentence start. */
    private static final int COMMON_WORD = 1 << 17;
    /** Common words the dictionary also lists capitalised, as proper nouns ("earth"/"Earth", "bush"/"Bush"). */
    private static final int ALSO_PROPER_NOUN = 1 << 18;
    /** A whole title phrase (lower case): one-word titles are what {@link #isRole} asks about. */
    private static final int TITLE = 1 << 19;

    private static final int TITLE_FIRST_WORD = 1 << 20;
    /** Last tokens (lower case) of titles and location cues: most words end none, and need no phrase look-ups. */
    private static final int TITLE_LAST_WORD = 1 << 21;

    private static final int LOCATION_CUE_LAST_WORD = 1 << 22;
    /** First tokens of {@link #atomicNames}: most capitalised words start none, and need no phrase look-ups. */
    private static final int ATOMIC_FIRST_WORD = 1 << 23;

    private Lexicon(final Builder b) {
        this.names = Map.copyOf(b.names);
        this.atomicNames = Set.copyOf(b.atomicNames);
        this.maxNameTokens = b.maxNameTokens;
        this.naturalFeatures = Set.copyOf(b.naturalFeatures);
        this.smallPlaces = b.smallPlaces.sorted();
        this.smallPlaceCountryCodes = b.smallPlaceCountryCodes.toArray(new String[0]);
        this.countryOfPlace = Map.copyOf(b.countryOfPlace);
        this.titles = Set.copyOf(b.titles);
        this.maxTitleTokens = b.maxTitleTokens;
        this.locationCues = Set.copyOf(b.locationCues);
        this.maxLocationCueTokens = b.maxLocationCueTokens;
        this.placeSuffixes = List.copyOf(b.placeSuffixes);
        this.naturalFeatureHeads = Set.copyOf(b.naturalFeatureHeads);
        this.words = new WordLists.Builder()
                .add(ORG_HEAD, b.orgHeads)
                .add(ORG_OF_HEAD, b.orgOfHeads)
                .add(LOCATION_HEAD, b.locationHeads)
                .add(LOCATION_OF_HEAD, b.locationOfHeads)
                .add(MISC_HEAD, b.miscHeads)
                .add(ORG_CUE, b.orgCues)
                .add(SPEECH_VERB, b.speechVerbs)
                .add(PERSON_VERB, b.personVerbs)
                .add(KIN_NOUN, b.kinNouns)
                .add(PLACE_NOUN, b.placeNouns)
                .add(ACTOR_VERB, b.actorVerbs)
                .add(OPPONENT_CUE, b.opponentCues)
                .add(AUXILIARY, b.auxiliaries)
                .add(FUNCTION_WORD, b.functionWords)
                .add(NOT_ENTITY, b.notEntities)
                .add(FIRST_NAME, b.firstNames)
                .add(ONE_WORD_CLUB, b.oneWordClubs)
                .add(COMMON_WORD, b.commonWords)
                .add(ALSO_PROPER_NOUN, b.alsoProperNouns)
                .add(TITLE, b.titles)
                .add(TITLE_FIRST_WORD, b.titleFirstWords)
                .add(TITLE_LAST_WORD, lastWords(b.titles))
                .add(LOCATION_CUE_LAST_WORD, lastWords(b.locationCues))
                .add(ATOMIC_FIRST_WORD, firstWords(b.atomicNames))
                .build();
        this.currencySigns = Map.copyOf(b.currencySigns);
        this.currencyWords = Map.copyOf(b.currencyWords);
        this.numberWords = Map.copyOf(b.numberWords);
    }

    static Lexicon loadDefault() {
        final Builder b = new Builder();
        b.loadTitles(LEXICON + "person-titles.txt");
        b.loadLocationCues(LEXICON + "location-cues.txt");
        b.loadHeads(LEXICON + "org-heads.txt", b.orgHeads, b.orgOfHeads);
        b.loadHeads(LEXICON + "location-heads.txt", b.locationHeads, b.locationOfHeads);
        b.loadWords(LEXICON + "org-cues.txt", b.orgCues, true);
        b.loadWords(LEXICON + "misc-heads.txt", b.miscHeads, false);
        b.loadWords(LEXICON + "speech-verbs.txt", b.speechVerbs, true);
        b.loadWords(LEXICON + "person-verbs.txt", b.personVerbs, true);
        b.loadWords(LEXICON + "kin-nouns.txt", b.kinNouns, true);
        b.loadWords(LEXICON + "place-nouns.txt", b.placeNouns, true);
        b.loadWords(LEXICON + "actor-verbs.txt", b.actorVerbs, true);
        b.loadWords(LEXICON + "opponent-cues.txt", b.opponentCues, true);
        b.loadWords(LEXICON + "auxiliaries.txt", b.auxiliaries, true);
        b.loadWords(LEXICON + "function-words.txt", b.functionWords, true);
        b.loadWords(LEXICON + "not-entities.txt", b.notEntities, false);
        b.loadWords(GAZETTEER + "first-names.txt", b.firstNames, false);
        b.loadWords(GAZETTEER + "given-names-world.txt", b.firstNames, false);
        b.loadWords(GAZETTEER + "given-names-faker.txt", b.firstNames, false);
        b.loadCommonWords(LEXICON + "common-words.txt");
        b.loadCurrencies(LEXICON + "currencies.tsv");
        b.loadNumberWords(LEXICON + "number-words.txt");
        b.loadCities(GAZETTEER + "cities.tsv");
        b.loadRegions(GAZETTEER + "regions.tsv");
        b.addCountries();
        b.loadNames(GAZETTEER + "countries.tsv", false);
        b.loadNames(GAZETTEER + "names.tsv", true);
        b.loadNaturalEarth(GAZETTEER + "natural-earth.tsv");
        b.loadClubs(GAZETTEER + "clubs.tsv");
        b.loadOrganisations(GAZETTEER + "organisations.tsv");
        b.loadOrganisations(GAZETTEER + "companies.tsv");
        b.loadOrganisations(GAZETTEER + "brands.tsv");
        b.loadNames(GAZETTEER + "agencies.tsv", false);
        b.loadBodies(GAZETTEER + "universities.tsv");
        b.loadBodies(GAZETTEER + "airlines.tsv");
        b.loadSmallPlaces(GAZETTEER + "towns.tsv");
        return new Lexicon(b);
    }

    /** The lists that hold the token as written, looked up once per token. */
    private int textLists(final Token t) {
        if (t.listedBy != this) {
            lookUp(t);
        }
        return t.textLists;
    }

    /** The lists that hold the token's lower-case form, looked up once per token. */
    private int lowerLists(final Token t) {
        if (t.listedBy != this) {
            lookUp(t);
        }
        return t.lowerLists;
    }

    private void lookUp(final Token t) {
        t.textLists = words.lists(t.text);
        t.lowerLists = t.lower.equals(t.text) ? t.textLists : words.lists(t.lower);
        t.listedBy = this;
    }

    private boolean holds(final int list, final String word) {
        return (words.lists(word) & list) != 0;
    }

    /** Joins token texts [from, to) as written, with one space wherever the text had any: the phrase key. */
    static String key(final List<Token> tokens, final int from, final int to, final boolean lowerCase) {
        if (to - from == 1) {
            final Token t = tokens.get(from);
            return lowerCase ? t.lower : t.text;
        }
        final StringBuilder sb = new StringBuilder(16 * (to - from));
        for (int k = from; k < to; k++) {
            if (k > from && !tokens.get(k).glued) {
                sb.append(' ');
            }
            final Token t = tokens.get(k);
            sb.append(lowerCase ? t.lower : t.text);
        }
        return sb.toString();
    }

    NameEntry name(final String key) {
        return names.get(key);
    }

    /** Could an atomic name start with this token? */
    boolean mayStartAtomicName(final Token t) {
        return (textLists(t) & ATOMIC_FIRST_WORD) != 0;
    }

    private static Set<String> firstWords(final Set<String> phrases) {
        final Set<String> words = new HashSet<>();
        for (final String p : phrases) {
            final List<Token> tokens = Tokenizer.tokenize(p);
            words.add(tokens.get(0).text);
        }
        return Set.copyOf(words);
    }

    private static Set<String> lastWords(final Set<String> phrases) {
        final Set<String> words = new HashSet<>();
        for (final String p : phrases) {
            final List<Token> tokens = Tokenizer.tokenize(p);
            words.add(tokens.get(tokens.size() - 1).lower);
        }
        return Set.copyOf(words);
    }

    /** Is the phrase a river, lake, mountain range or natural region, which cannot act ("the Barito forced")? */
    boolean isNaturalFeature(final String key) {
        return naturalFeatures.contains(key);
    }

    /**
     * The countries (ISO 3166-1 alpha-2) of the small towns, villages and districts of the small-town gazetteer
     * called so ("Husum" → DE, SE), empty if it lists none. Such a name is no entry of {@link #name}: it is evidence
     * only for a name that nothing else explains, see {@link ArticleResolver}.
     */
    List<String> smallPlaceCountries(final String key) {
        final long hash = hash56(key);
        int k = Arrays.binarySearch(smallPlaces, hash); // the low byte 0 is below every index but the first
        if (k < 0) {
            k = -k - 1;
        }
        List<String> countries = List.of();
        for (; k < smallPlaces.length && (smallPlaces[k] & ~0xFFL) == hash; k++) {
            if (countries.isEmpty()) {
                countries = new ArrayList<>(2);
            }
            countries.add(smallPlaceCountryCodes[(int) (smallPlaces[k] & 0xFF)]);
        }
        return countries;
    }

    /** The ISO country code of a listed country, city or region by its canonical name, null if none is known. */
    String countryOf(final String canonical) {
        return countryOfPlace.get(canonical);
    }

    /**
     * FNV-1a over the UTF-16 code units, its low byte cleared: 56 bits, so that tens of thousands of names collide
     * with odds of about 1e-7.
     */
    static long hash56(final String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h & ~0xFFL;
    }

    boolean isAtomicName(final String key) {
        return atomicNames.contains(key);
    }

    int maxNameTokens() {
        return maxNameTokens;
    }

    /** Length in tokens of the longest title phrase starting at {@code from}, 0 if none. Case-insensitive. */
    int titleAt(final List<Token> tokens, final int from, final int limit) {
        if (from >= limit || (lowerLists(tokens.get(from)) & TITLE_FIRST_WORD) == 0) {
            return 0;
        }
        return longestPhraseAt(tokens, from, limit, titles, maxTitleTokens);
    }

    /** Length in tokens of the longest title phrase ending just before {@code end}, 0 if none. */
    int titleEndingAt(final List<Token> tokens, final int end) {
        if (end <= 0 || (lowerLists(tokens.get(end - 1)) & TITLE_LAST_WORD) == 0) {
            return 0;
        }
        return longestPhraseEndingAt(tokens, end, titles, maxTitleTokens);
    }

    boolean isTitleFirstWord(final Token t) {
        return (lowerLists(t) & TITLE_FIRST_WORD) != 0;
    }

    int locationCueEndingAt(final List<Token> tokens, final int end) {
        if (end <= 0 || (lowerLists(tokens.get(end - 1)) & LOCATION_CUE_LAST_WORD) == 0) {
            return 0;
        }
        return longestPhraseEndingAt(tokens, end, locationCues, maxLocationCueTokens);
    }

    boolean isOrgHead(final Token t) {
        return (textLists(t) & ORG_HEAD) != 0;
    }

    boolean isOrgHead(final String word) {
        return holds(ORG_HEAD, word);
    }

    /** Last word of an event, law or award name: "Cup", "Agreement", "Prize". */
    /** "Cyclone", "Hurricane", "Typhoon": a word that names a storm before its given name ("Cyclone Freddy"). */
    static boolean isStormWord(final String word) {
        return STORM_WORDS.contains(word);
    }

    /** Can the word open a storm's name ("Cyclone", "Typhoons", "Super", "Tropical")? A cheap test before the full one. */
    static boolean mayOpenStormName(final String word) {
        return STORM_WORDS.contains(word) || STORM_PLURALS.contains(word) || STORM_MODIFIERS.contains(word);
    }

    /** "Typhoons Koral, Senna and Vidar": a plural storm word opens a list of storms. */
    static boolean isStormPlural(final String word) {
        return STORM_PLURALS.contains(word);
    }

    /**
     * Where the storm's own name starts when the words {@code from} to {@code to} are a named storm: "Cyclone Freddy"
     * (1), "Super Typhoon Belmar", "Severe Tropical Cyclone Mirelle" (up to three modifiers before the storm word),
     * "Typhoons Koral" (a plural); -1 otherwise. The storm word never ends the run: "Desert Storm" is no storm.
     */
    static int stormNameStart(final List<String> words, final int from, final int to) {
        int q = from;
        while (q < to - 1 && q - from < 3 && STORM_MODIFIERS.contains(words.get(q))) {
            q++;
        }
        if (q >= to - 1) {
            return -1;
        }
        final String w = words.get(q);
        final boolean depression =
                w.equals("Depression") && q > from && words.get(q - 1).equals("Tropical");
        return STORM_WORDS.contains(w) || STORM_PLURALS.contains(w) || depression ? q + 1 : -1;
    }

    private static final Set<String> STORM_WORDS = Set.of("Cyclone", "Hurricane", "Typhoon", "Storm", "Tornado");
    private static final Set<String> STORM_PLURALS = Set.of("Cyclones", "Hurricanes", "Typhoons", "Storms");
    private static final Set<String> STORM_MODIFIERS = Set.of(
            "Super",
            "Tropical",
            "Subtropical",
            "Post-Tropical",
            "Extratropical",
            "Severe",
            "Very",
            "Extremely",
            "Intense",
            "Major",
            "Winter");

    boolean isMiscHead(final Token t) {
        return (textLists(t) & MISC_HEAD) != 0;
    }

    boolean isOrgOfHead(final Token t) {
        return (textLists(t) & ORG_OF_HEAD) != 0;
    }

    boolean isLocationHead(final Token t) {
        return (textLists(t) & LOCATION_HEAD) != 0;
    }

    /**
     * Does a one-word name end in a place-name ending of some language ("Cardiganshire", "Jukkasjärvi", "Luleälven",
     * "Theewaterskloof", "Jalalabad")? The ending must leave at least {@link #SUFFIX_STEM} letters before it, so that
     * a short word that merely ends that way ("Nagar", "Elva") is not taken for a place.
     */
    boolean hasPlaceSuffix(final String word) {
        final String lower = word.toLowerCase(Locale.ROOT);
        for (final String suffix : placeSuffixes) {
            if (lower.length() >= suffix.length() + SUFFIX_STEM && lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static final int SUFFIX_STEM = 3;

    /**
     * Is the lower-case word the first or last word of a land or water feature's name ("mountains", "river", "lake",
     * "reef")? Such a place is never a team or a government.
     */
    boolean isNaturalFeatureHead(final String lower) {
        return naturalFeatureHeads.contains(lower);
    }

    boolean isLocationOfHead(final Token t) {
        return (textLists(t) & LOCATION_OF_HEAD) != 0;
    }

    /** A lower-case noun that introduces an organisation's name: "club", "regulator", "chipmaker". */
    boolean isOrgCue(final Token t) {
        return !t.capitalised && (lowerLists(t) & ORG_CUE) != 0;
    }

    /** The word ("company", "lender") is an organisation cue, whatever its case. */
    boolean isOrgCueWord(final String lowerCase) {
        return holds(ORG_CUE, lowerCase);
    }

    /** A lower-case role noun that works somewhere: a title ("analyst") or its plural, or an "-ist" ("cardiologist"). */
    boolean isRole(final Token t) {
        if (t.capitalised && !t.sentenceStart || !t.isWord()) {
            return false;
        }
        final String w = t.lower;
        final String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        return (lowerLists(t) & TITLE) != 0
                || holds(TITLE, singular)
                || singular.endsWith("ist")
                || singular.endsWith("searcher")
                || singular.endsWith("analyst")
                || singular.endsWith("lecturer");
    }

    boolean isSpeechVerb(final Token t) {
        return (lowerLists(t) & SPEECH_VERB) != 0;
    }

    /** A verb whose subject is a person: "born", "died", "starred". */
    boolean isPersonVerb(final Token t) {
        return !t.capitalised && (lowerLists(t) & PERSON_VERB) != 0;
    }

    /** A family noun: "brother", "wife". */
    boolean isKinNoun(final Token t) {
        return !t.capitalised && (lowerLists(t) & KIN_NOUN) != 0;
    }

    /** A lower-case noun after a name that makes it a place: "the Rhine valley", "the Haute-Garonne region". */
    boolean isPlaceNoun(final Token t) {
        return !t.capitalised && (lowerLists(t) & PLACE_NOUN) != 0;
    }

    /** A verb whose subject, if a country or city, is its team or government: "defeated", "vetoed", "said". */
    boolean isActorVerb(final Token t) {
        return !t.capitalised && (lowerLists(t) & ACTOR_VERB) != 0;
    }

    /** A word before a country or city that makes it the other side: "against", "vs", "beating". */
    boolean isOpponentCue(final Token t) {
        return !t.capitalised && (lowerLists(t) & OPPONENT_CUE) != 0;
    }

    /** An auxiliary or adverb between a subject and its verb: "has", "will", "also". */
    boolean isAuxiliary(final Token t) {
        return !t.capitalised && (lowerLists(t) & AUXILIARY) != 0;
    }

    boolean isFunctionWord(final Token t) {
        return (lowerLists(t) & FUNCTION_WORD) != 0;
    }

    boolean isNotEntity(final Token t) {
        return (textLists(t) & NOT_ENTITY) != 0;
    }

    /** A one-word name the club gazetteer holds ("Genk"): in a place's context it names the town. */
    boolean isOneWordClub(final String key) {
        return holds(ONE_WORD_CLUB, key);
    }

    boolean isFirstName(final Token t) {
        return (textLists(t) & FIRST_NAME) != 0;
    }

    /** A given name as written, or in capitals ("ANTHONY"). */
    boolean isFirstNameInAnyCase(final Token t) {
        return (textLists(t) & FIRST_NAME) != 0
                || t.allCaps
                        && t.text.length() > 1
                        && holds(
                                FIRST_NAME,
                                t.text.charAt(0) + t.text.substring(1).toLowerCase(Locale.ROOT));
    }

    /** Is the token's lower-case form an English dictionary word ("Government", "Looking")? */
    boolean isCommonWord(final Token t) {
        return (lowerLists(t) & COMMON_WORD) != 0;
    }

    boolean isCommonWord(final String lowerCase) {
        return holds(COMMON_WORD, lowerCase);
    }

    /**
     * A plural the dictionary lacks but builds: of a dictionary word ("carmakers" from "carmaker") or of two dictionary
     * words of at least three letters each ("shipowners"). Such a word opening a sentence is no name by itself; a
     * singular compound may be a company's name ("Northvolt", "Dropbox").
     */
    boolean isBuiltPlural(final String lowerCase) {
        final int n = lowerCase.length();
        if (n < 5 || !lowerCase.endsWith("s") || lowerCase.endsWith("ss")) {
            return false;
        }
        final String stem = lowerCase.substring(0, n - 1);
        if (holds(COMMON_WORD, stem)) {
            return true;
        }
        for (int i = 3; i <= stem.length() - 3; i++) {
            if (holds(COMMON_WORD, stem.substring(0, i)) && holds(COMMON_WORD, stem.substring(i))) {
                return true;
            }
        }
        return false;
    }

    boolean isOnlyCommonWord(final String lowerCase) {
        return (words.lists(lowerCase) & (COMMON_WORD | ALSO_PROPER_NOUN)) == COMMON_WORD;
    }

    boolean isFunctionWord(final String lowerCase) {
        return holds(FUNCTION_WORD, lowerCase);
    }

    /** A dictionary word that is only a common word, never a proper noun ("government", not "earth" or "bush"). */
    boolean isOnlyCommonWord(final Token t) {
        return (lowerLists(t) & (COMMON_WORD | ALSO_PROPER_NOUN)) == COMMON_WORD;
    }

    String currencySign(final Token t) {
        return currencySigns.get(t.text);
    }

    /** Length in tokens of the longest currency word phrase at {@code from} ("euros", "US dollars"), 0 if none. */
    int currencyWordAt(final List<Token> tokens, final int from) {
        for (int len = Math.min(3, tokens.size() - from); len >= 1; len--) {
            if (currencyWords.containsKey(key(tokens, from, from + len, true))) {
                return len;
            }
        }
        return 0;
    }

    String currencyWord(final List<Token> tokens, final int from, final int len) {
        return currencyWords.get(key(tokens, from, from + len, true));
    }

    Double numberWord(final Token t) {
        return numberWords.get(t.lower);
    }

    private static int longestPhraseAt(
            final List<Token> tokens, final int from, final int limit, final Set<String> phrases, final int max) {
        for (int len = Math.min(max, limit - from); len >= 1; len--) {
            if (phrases.contains(key(tokens, from, from + len, true))) {
                return len;
            }
        }
        return 0;
    }

    private static int longestPhraseEndingAt(
            final List<Token> tokens, final int end, final Set<String> phrases, final int max) {
        for (int len = Math.min(max, end); len >= 1; len--) {
            if (phrases.contains(key(tokens, end - len, end, true))) {
                return len;
            }
        }
        return 0;
    }

    /** Mutable state while loading; never escapes {@link #loadDefault()}. */
    private static final class Builder {
        final Map<String, NameEntry> names = new HashMap<>(16_384);
        final Set<String> atomicNames = new HashSet<>();
        int maxNameTokens = 1;
        final Set<String> naturalFeatures = new HashSet<>();
        final LongList smallPlaces = new LongList();
        final List<String> smallPlaceCountryCodes = new ArrayList<>();
        final Map<String, String> countryOfPlace = new HashMap<>(16_384);
        final Set<String> titles = new HashSet<>();
        final Set<String> titleFirstWords = new HashSet<>();
        int maxTitleTokens = 1;
        final Set<String> locationCues = new HashSet<>();
        int maxLocationCueTokens = 1;
        final Set<String> orgHeads = new HashSet<>();
        final Set<String> orgOfHeads = new HashSet<>();
        final Set<String> locationHeads = new HashSet<>();
        final List<String> placeSuffixes = new ArrayList<>();
        final Set<String> naturalFeatureHeads = new HashSet<>();
        final Set<String> locationOfHeads = new HashSet<>();
        final Set<String> miscHeads = new HashSet<>();
        final Set<String> orgCues = new HashSet<>();
        final Set<String> speechVerbs = new HashSet<>();
        final Set<String> personVerbs = new HashSet<>();
        final Set<String> kinNouns = new HashSet<>();
        final Set<String> placeNouns = new HashSet<>();
        final Set<String> actorVerbs = new HashSet<>();
        final Set<String> opponentCues = new HashSet<>();
        final Set<String> auxiliaries = new HashSet<>();
        final Set<String> functionWords = new HashSet<>();
        final Set<String> notEntities = new HashSet<>();
        final Set<String> firstNames = new HashSet<>(16_384);
        final Set<String> oneWordClubs = new HashSet<>();
        final Set<String> commonWords = new HashSet<>(131_072);
        final Set<String> alsoProperNouns = new HashSet<>(2_048);
        final Map<String, String> currencySigns = new HashMap<>();
        final Map<String, String> currencyWords = new HashMap<>();
        final Map<String, Double> numberWords = new HashMap<>();

        void loadTitles(final String resource) {
            for (final String line : lines(resource)) {
                final List<Token> tokens = Tokenizer.tokenize(line);
                titles.add(key(tokens, 0, tokens.size(), true));
                titleFirstWords.add(tokens.get(0).lower);
                maxTitleTokens = Math.max(maxTitleTokens, tokens.size());
            }
        }

        void loadLocationCues(final String resource) {
            for (final String line : lines(resource)) {
                final List<Token> tokens = Tokenizer.tokenize(line);
                locationCues.add(key(tokens, 0, tokens.size(), true));
                maxLocationCueTokens = Math.max(maxLocationCueTokens, tokens.size());
            }
        }

        void loadHeads(final String resource, final Set<String> heads, final Set<String> ofHeads) {
            for (final String line : lines(resource)) {
                if (line.startsWith("of ")) {
                    ofHeads.add(line.substring(3).trim());
                } else if (line.startsWith("-")) {
                    placeSuffixes.add(line.substring(1).trim().toLowerCase(Locale.ROOT));
                } else if (line.startsWith("~")) {
                    naturalFeatureHeads.add(line.substring(1).trim().toLowerCase(Locale.ROOT));
                } else {
                    heads.add(line);
                }
            }
        }

        void loadWords(final String resource, final Set<String> into, final boolean lowerCase) {
            for (final String line : lines(resource)) {
                into.add(lowerCase ? line.toLowerCase(Locale.ROOT) : line);
            }
        }

        void loadCommonWords(final String resource) {
            for (final String line : lines(resource)) {
                final int tab = line.indexOf('\t');
                final String word = tab < 0 ? line : line.substring(0, tab);
                commonWords.add(word);
                if (tab > 0) {
                    alsoProperNouns.add(word);
                }
            }
        }

        void loadCurrencies(final String resource) {
            for (final String line : lines(resource)) {
                final String[] f = line.split("\t");
                final List<Token> tokens = Tokenizer.tokenize(f[0]);
                final boolean sign =
                        f[0].length() <= 4 && f[0].indexOf(' ') < 0 && !Character.isLowerCase(f[0].charAt(0));
                if (sign) {
                    currencySigns.put(f[0], f[1]); // "€", "A$", "USD", "Rs": stand before the amount
                } else {
                    currencyWords.put(key(tokens, 0, tokens.size(), true), f[1]);
                }
            }
        }

        void loadNumberWords(final String resource) {
            for (final String line : lines(resource)) {
                final String[] f = line.split("\t");
                numberWords.put(f[0], Double.valueOf(f[1]));
            }
        }

        void loadCities(final String resource) {
            final Set<String> commonWords = Set.of(
                    "Man",
                    "Sale",
                    "Surprise",
                    "Enterprise",
                    "Independence",
                    "Mobile",
                    "Orange",
                    "Reading",
                    "Split",
                    "Nice",
                    "Concord",
                    "Bo",
                    "Van",
                    "Deal",
                    "Kara",
                    "Of",
                    "Date",
                    "Bat",
                    "Aurora",
                    "Progress",
                    "Union",
                    "Victoria",
                    "Irving",
                    "Norman",
                    "Chandler",
                    "Garland",
                    "Tyler",
                    "Gilbert",
                    "Hamilton",
                    "Lincoln",
                    "Jackson",
                    "Warren",
                    "Kent",
                    "Lowell",
                    "Dallas",
                    "Austin",
                    "Madison",
                    "Sutton",
                    "Preston",
                    "Eugene",
                    "Everett",
                    "Thornton",
                    "Hayward",
                    "Henderson",
                    "Montgomery",
                    "Richmond",
                    "Milton",
                    "Darwin");
            for (final String line : lines(resource)) {
                final String[] f = line.split("\t");
                final String name = f[0];
                final long population = Long.parseLong(f[2]);
                double strength = population >= 1_000_000 ? 0.9 : population >= 300_000 ? 0.7 : 0.5;
                if (commonWords.contains(name) || firstNames.contains(name)) {
                    strength *= 0.3;
                }
                final NameEntry entry = new NameEntry(EntityType.LOCATION, name, strength);
                putName(name, entry, false);
                countryOfPlace.putIfAbsent(name, f[1]);
                final String folded = foldAccents(name);
                if (!folded.equals(name)) {
                    putName(folded, entry, false);
                }
            }
        }

        void addCountries() {
            for (final String code : Locale.getISOCountries()) {
                String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
                if (name.contains(" - ")) {
                    continue; // "Congo - Kinshasa": the aliases in names.tsv say it better
                }
                final int paren = name.indexOf(" (");
                if (paren > 0) {
                    name = name.substring(0, paren);
                }
                final NameEntry entry = new NameEntry(EntityType.LOCATION, name, 1.0);
                putName(name, entry, true);
                countryOfPlace.put(name, code);
                if (name.contains(" & ")) {
                    putName(name.replace(" & ", " and "), entry, true);
                }
                if (name.startsWith("St. ")) {
                    putName("Saint " + name.substring(4), entry, true);
                }
                final String folded = foldAccents(name);
                if (!folded.equals(name)) {
                    putName(folded, entry, true);
                }
            }
        }

        void loadNames(final String resource, final boolean override) {
            for (final String line : lines(resource)) {
                final String[] f = line.split("\t");
                putName(f[0], new NameEntry(EntityType.valueOf(f[1]), f[2], 1.0), override);
            }
        }

        /** States and provinces: as strong as a large city, unless the name is a common word or a given name. */
        void loadRegions(final String resource) {
            for (final String line : lines(resource)) {
                final String name = line.substring(0, line.indexOf('\t'));
                final String lower = name.toLowerCase(Locale.ROOT);
                if (commonWords.contains(lower) && !alsoProperNouns.contains(lower)) {
                    continue; // "Central", "Western", "Capital"
                }
                final double strength = firstNames.contains(name) ? 0.3 : 0.8;
                putName(name, new NameEntry(EntityType.LOCATION, name, strength), false);
                countryOfPlace.putIfAbsent(name, line.substring(line.indexOf('\t') + 1));
            }
        }

        /**
         * Natural Earth's towns, subdivisions, rivers, lakes, mountain ranges and regions, loaded after every other
         * place list so that they only fill gaps. They are weaker evidence than the lists above: a town is weighed
         * by its population as in {@link #loadCities}; a one-word river or lake ("Albany") is more often something
         * else in news, so it is weak (and the name finder wants "the" before it or "river" after it); a one-word
         * name that is a dictionary word or a given name is left out. Context decides; the entry tips the balance.
         */
        void loadNaturalEarth(final String resource) {
            for (final String line : lines(resource)) {
                final String[] f = line.split("\t");
                final String name = f[0];
                final List<Token> tokens = Tokenizer.tokenize(name);
                if (names.containsKey(key(tokens, 0, tokens.size(), false))) {
                    continue;
                }
                final boolean oneWord = tokens.size() == 1;
                final long population = Long.parseLong(f[3]);
                final double strength = switch (f[1]) {
                    case "town" ->
                        population >= 1_000_000
                                ? 0.9
                                : population >= 300_000
                                        ? 0.7
                                        : population >= 100_000
                                                ? 0.5
                                                : 0.4; // a small town's name is often a surname too
                    case "region" -> 0.7;
                    case "range", "area" -> oneWord ? 0.6 : 0.8;
                    default -> oneWord ? 0.4 : 0.7; // river, lake
                };
                if (oneWord
                        && (firstNames.contains(name)
                                || commonWords.contains(name.toLowerCase(Locale.ROOT))
                                || functionWords.contains(name.toLowerCase(Locale.ROOT)))) {
                    continue; // "You", "Don", "Bishop": a word or a given name is the likelier reading by far
                }
                putName(name, new NameEntry(EntityType.LOCATION, name, strength), false);
                if (!f[1].equals("town") && !f[1].equals("region")) {
                    naturalFeatures.add(key(tokens, 0, tokens.size(), false));
                }
            }
        }

        /**
         * Football clubs: an organisation, unless the name already names a place ("Porto", "Toulouse", where the
         * sentence decides: see {@link PlaceAsActor}) or is a given name; a club named by a dictionary word
         * ("Arsenal") is weaker evidence.
         */
        void loadClubs(final String resource) {
            for (final String line : lines(resource)) {
                final String name = line.substring(0, line.indexOf('\t'));
                final List<Token> tokens = Tokenizer.tokenize(name);
                if (names.containsKey(key(tokens, 0, tokens.size(), false))
                        || firstNames.contains(name)
                        || tokens.size() == 1 && isOnlyAWord(name)) {
                    continue;
                }
                final double strength = tokens.size() == 1 && commonWords.contains(tokens.get(0).lower) ? 0.4 : 0.8;
                putName(name, new NameEntry(EntityType.ORGANIZATION, name, strength), false);
                if (tokens.size() == 1) {
                    oneWordClubs.add(name);
                }
            }
        }

        /**
         * Companies, by the short name news uses ("Agilent", "Nvidia", "Petronas") and by their registered
         * name without its legal form's punctuation: the US-listed ones ({@code organisations.tsv}), well-known ones
         * the other lists lack ({@code companies.tsv}: exchanges, shipping lines, drugmakers, miners), then brands and
         * operators worldwide ({@code brands.tsv}, banks, energy companies, carmakers, retailers; a name two lists
         * hold keeps the first one's row). Loaded after places and clubs, so a place, a club or a hand-written entry
         * keeps its reading ("Amazon" stays the river). A row is the registered name, a tab and the short name, or
         * the name alone when it is its own short name. A short name that starts with a given name ("Walt Disney", "Eli
         * Lilly") or is one dictionary word ("Target", "Visa", "Gap") or a short acronym ("AES", "AGI") is not
         * listed: such a name is a person's or a word more often than not, and names a company with a cue
         * ("retailer Target"), which the rules read without the list. A name of one unambiguous word is weaker
         * evidence than a longer one, since many are also surnames ("Lennox").
         */
        void loadOrganisations(final String resource) {
            for (final String line : lines(resource)) {
                final int tab = line.indexOf('\t');
                final String shortName = line.substring(tab + 1); // a row without a tab: the name is its short name
                final List<Token> tokens = Tokenizer.tokenize(shortName);
                final boolean oneWord = tokens.size() == 1;
                if (names.containsKey(key(tokens, 0, tokens.size(), false))
                        || !tokens.get(0).capitalised
                        || firstNames.contains(tokens.get(0).text)
                        || oneWord && isAmbiguousOneWord(tokens.get(0))) {
                    continue;
                }
                final NameEntry entry = new NameEntry(EntityType.ORGANIZATION, shortName, oneWord ? 0.6 : 0.8);
                putName(tokens, entry, false);
                if (tab < 0) {
                    continue;
                }
                final String registered =
                        line.substring(0, tab).replace(",", "").replaceAll("\\.$", "");
                if (!registered.equals(shortName)
                        && Tokenizer.tokenize(registered).stream().allMatch(t -> t.capitalised && t.isWord())) {
                    putName(registered, entry, false);
                }
            }
        }

        /**
         * Small towns, villages and districts (GeoNames places of 5,000 to 100,000 people, names that are words, given
         * names or frequent surnames already left out by {@code benchmarks/data/make_town_gazetteer.py}), loaded last:
         * a name any other list holds keeps that list's reading. The file's names are phrase keys as written (a test
         * checks that the tokenizer splits none differently), so loading needs no tokenizing.
         */
        void loadSmallPlaces(final String resource) {
            final Map<String, Integer> countryIndex = new HashMap<>();
            // streamed: tens of thousands of lines, held whole, would raise the heap's peak by megabytes
            eachLine(resource, line -> addSmallPlace(line, countryIndex));
            if (smallPlaceCountryCodes.size() > 0x100) {
                throw new IllegalStateException(resource + " holds more than 256 country codes");
            }
        }

        /**
         * Only hashes, with no look-up in the other lists: a name another list holds never reaches the small-town
         * evidence (it has an entry), and the script that made the table has left out words and given names
         * ({@code TownAndBodyGazetteerTest} checks both against this lexicon). Start-up pays for every line.
         */
        private void addSmallPlace(final String line, final Map<String, Integer> countryIndex) {
            final int tab = line.indexOf('\t');
            final String name = line.substring(0, tab);
            final String code = line.substring(tab + 1, tab + 3);
            final int country = countryIndex.computeIfAbsent(code, c -> {
                smallPlaceCountryCodes.add(c);
                return smallPlaceCountryCodes.size() - 1;
            });
            smallPlaces.add(hash56(name) | (country & 0xFF));
            final String folded = foldAccents(name);
            if (!folded.equals(name)) {
                // "Shikohābād" is "Shikohabad" in most English copy
                smallPlaces.add(hash56(folded) | (country & 0xFF));
            }
        }

        /**
         * Universities and airlines (name, then country; from {@code make_university_airline_gazetteers.py}):
         * organisations whose names need no cue ("Amrita Vishwa Vidyapeetham", "Cathay Pacific", "Finnair"). Loaded
         * after every other list, so a place, club, company or hand-written entry keeps its reading; a one-word name
         * that is a word, a given name or a short acronym is left out, as {@link #loadOrganisations} does.
         */
        void loadBodies(final String resource) {
            for (final String line : lines(resource)) {
                final int tab = line.indexOf('\t');
                final String name = tab < 0 ? line : line.substring(0, tab); // the country may be unknown
                final List<Token> tokens = Tokenizer.tokenize(name);
                final boolean oneWord = tokens.size() == 1;
                final String key = key(tokens, 0, tokens.size(), false);
                if (names.containsKey(key)
                        || !tokens.get(0).capitalised
                        || oneWord && (firstNames.contains(name) || isAmbiguousOneWord(tokens.get(0)))
                        || isHeadedName(tokens)) {
                    continue;
                }
                // the key as canonical name when they read the same: one string, not two, for ten thousand names
                final String canonical = key.equals(name) ? key : name;
                putName(tokens, new NameEntry(EntityType.ORGANIZATION, canonical, oneWord ? 0.6 : 0.8), false);
            }
        }

        /**
         * Capitalised words ending in an organisation head ("Aalto University", "Adria Airways"): the rules find such a
         * name whole and as an organisation without a list, so listing it would only cost memory.
         */
        private boolean isHeadedName(final List<Token> tokens) {
            if (tokens.size() < 2 || !orgHeads.contains(tokens.get(tokens.size() - 1).text)) {
                return false;
            }
            for (final Token t : tokens) {
                if (!t.capitalised || !t.isWord()) {
                    return false;
                }
            }
            return true;
        }

        /** A one-word organisation name that is more often a word: a dictionary word or a short acronym ("AES"). */
        private boolean isAmbiguousOneWord(final Token t) {
            return commonWords.contains(t.lower) || isOnlyAWord(t.text) || t.allCaps && t.text.length() <= 4;
        }

        /** A dictionary or function word that the dictionary never writes capitalised ("You", "Start", "Save"). */
        private boolean isOnlyAWord(final String word) {
            final String lower = word.toLowerCase(Locale.ROOT);
            return functionWords.contains(lower) || commonWords.contains(lower) && !alsoProperNouns.contains(lower);
        }

        private void putName(final String surface, final NameEntry entry, final boolean override) {
            putName(Tokenizer.tokenize(surface), entry, override);
        }

        private void putName(final List<Token> tokens, final NameEntry entry, final boolean override) {
            final String key = key(tokens, 0, tokens.size(), false);
            final NameEntry existing = names.get(key);
            if (existing == null || override || existing.strength() < entry.strength()) {
                names.put(key, entry);
            }
            maxNameTokens = Math.max(maxNameTokens, tokens.size());
            boolean atomic = entry.type() == EntityType.DATE || entry.type() == EntityType.MISC && tokens.size() > 1;
            for (final Token t : tokens) {
                if (!t.isWord() && t.kind != Token.Kind.POSSESSIVE || !t.capitalised && !t.text.equals("'s")) {
                    atomic = true; // "Strait of Hormuz", "COVID-19": the run builder would not join these
                }
            }
            if (tokens.size() > 1 && atomic) {
                atomicNames.add(key);
            }
        }

        private static boolean isAscii(final String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
        }

        /** A growable array of longs, so that tens of thousands of hashes are not boxed while loading. */
        static final class LongList {
            private long[] values = new long[1024];
            private int size;

            void add(final long v) {
                if (size == values.length) {
                    values = Arrays.copyOf(values, size * 2);
                }
                values[size++] = v;
            }

            long[] sorted() {
                final long[] out = Arrays.copyOf(values, size);
                Arrays.sort(out);
                return out;
            }
        }

        private static String foldAccents(final String s) {
            if (isAscii(s)) {
                return s; // most names: no decomposition to do
            }
            final String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
            final StringBuilder sb = new StringBuilder(decomposed.length());
            for (int i = 0; i < decomposed.length(); i++) {
                final char c = decomposed.charAt(i);
                if (Character.getType(c) != Character.NON_SPACING_MARK) {
                    sb.append(c);
                }
            }
            return sb.toString();
        }

        private static List<String> lines(final String resource) {
            final List<String> lines = new ArrayList<>();
            eachLine(resource, lines::add);
            return lines;
        }

        /** Every non-blank, non-comment line, stripped, one at a time: a long list need not be held whole. */
        private static void eachLine(final String resource, final Consumer<String> action) {
            final InputStream in = Lexicon.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("tagger resource missing from the class path: " + resource);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    final String trimmed = line.strip();
                    if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                        action.accept(trimmed);
                    }
                }
            } catch (final IOException e) {
                throw new UncheckedIOException("cannot read tagger resource " + resource, e);
            }
        }
    }
}
