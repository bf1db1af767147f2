package io.newsflow.tagger;

import static io.newsflow.tagger.EntityType.LOCATION;
import static io.newsflow.tagger.EntityType.MISC;
import static io.newsflow.tagger.EntityType.ORGANIZATION;
import static io.newsflow.tagger.EntityType.PERSON;

/**
 * Every kind of evidence {@link NameFinder} finds for a candidate name, with the type it speaks for and its weight. A
 * {@link Mention} sums the weights per type; {@link ArticleResolver} pools them per name and picks the type with the
 * most. Strong evidence also holds at a sentence start, where weak cues ("said", "in") follow capitalised common words
 * too ("Officials said"). Evidence that {@link #provesPerson} is what only people have: without any, a name is no
 * person however the rest leans.
 *
 * <p>A few kinds take their type or weight from a list entry (a gazetteer name and its strength): their weight here
 * is 0 and the finder passes the one it computes, see {@link Mention#add(Evidence, EntityType, double)}.
 */
enum Evidence {

    // the name itself: lists and shape
    /** The name is in a gazetteer or cue list; weighed by the entry's strength (3 × strength). */
    LISTED(null, 0, true, false),
    /**
     * "Thunder Bay", "Bad Soden": a small town, village or district of the small-town gazetteer, of two words or
     * more, for a name with no other evidence at all in the article (see {@link ArticleResolver}); so weak that it
     * only decides a name that would otherwise default to a person or, in a wire story, an organisation.
     */
    LISTED_SMALL_PLACE(LOCATION, 0.3, false, false),
    /**
     * "Husum" in an article that also names Germany (or a German city or region): a small town of a country the
     * article names, for a name with no person's proof and no organisation's evidence.
     */
    SMALL_PLACE_IN_ITS_COUNTRY(LOCATION, 2, true, false),
    /** "LIMA (Andina Wire) - …, Andina Wire reported": the agency the dateline credits, named again in the story. */
    CREDITED_AGENCY(ORGANIZATION, 8, true, Proves.BODY),
    /** "Reporting by Jean-Paul Okafor and Ana Lima; Editing by …": the names of a wire story's credit line. */
    CREDIT_LINE(PERSON, 6, true, true),
    /** "VENLO, Netherlands (Reuters) -": a dateline names where the story was filed. */
    DATELINE(LOCATION, 4, true, false),
    /** "Outer Mongolia", "South East Asia": direction words before a known place. */
    REGION_OF_KNOWN_PLACE(LOCATION, 3.5, true, false),
    /** "Athletics Kenya", "Food Standards Australia New Zealand": common words, then a country. */
    BODY_OF_A_COUNTRY(ORGANIZATION, 3, true, false),
    /** "the Sydney Kings", "the New Zealand Breakers": a known place, then a capitalised plural, is a team. */
    PLACE_AND_NICKNAME(ORGANIZATION, 4, true, false),
    /** "Mount Kenya", "Lake Victoria", "Puerto Rico". */
    PLACE_FIRST_WORD(LOCATION, 3, true, false),
    /** "Cyclone Freddy", "Hurricane Beryl": a storm is no person, whatever its given name. */
    STORM(MISC, 6, true, false),
    /** "Le Figaro", "El Mundo", "Die Zeit". */
    FOREIGN_ARTICLE(ORGANIZATION, 1.5, false, false),
    /** "… Cup", "… Agreement", "… Prize". */
    MISC_HEAD(MISC, 4, true, false),
    /** "… Ministry", "… Bank", "… United". */
    ORG_HEAD(ORGANIZATION, 3.5, true, false),
    /**
     * "Philippine Red Cross": a listed organisation ends the name; "Banco Itapema", "Grupo Bimbo": a foreign word for
     * a bank, group or institute opens it.
     */
    BODY_NAME_SHAPE(ORGANIZATION, 3, true, false),
    /** "King's College London": an organisation head inside a longer name. */
    INNER_ORG_HEAD(ORGANIZATION, 2.5, true, false),
    /** "… Sea", "… Province". */
    LOCATION_HEAD(LOCATION, 3, true, false),
    /**
     * "Cardiganshire", "Jukkasjärvi", "Luleälven", "Theewaterskloof": a one-word name no list knows that ends the way
     * place names of some language end (the endings are in location-heads.txt).
     */
    PLACE_SUFFIX(LOCATION, 2.5, true, false),
    /** "Ministry of …", "Bank of …". */
    ORG_OF_HEAD(ORGANIZATION, 3.5, true, false),
    /** "Gulf of …", "Republic of …". */
    LOCATION_OF_HEAD(LOCATION, 3, true, false),
    /** "Louis the Pious", "Ivan the Terrible". */
    EPITHET(PERSON, 3, true, true),
    /** "Ramesses II", "Henry VIII", "Paul VI". */
    REGNAL_NUMBER(PERSON, 3, true, true),
    /** "President …", "Mrs …", "Chief Executive …". */
    TITLE(PERSON, 4, true, true),
    /** A known given name opens a name of two to four words. */
    GIVEN_NAME(PERSON, 2.5, true, Proves.GIVEN_NAME),
    /**
     * "Andy", "Glenda": only people go by a given name alone; but a team or company may bear one ("Atalanta beat
     * Lazio"), and a wire story introduces its people by their full names, see {@link ArticleResolver}.
     */
    LONE_GIVEN_NAME(PERSON, 0.5, false, Proves.GIVEN_NAME),
    /** "Hobart", "Florence": a given name that a gazetteer also lists as a place. */
    LONE_GIVEN_NAME_OF_A_PLACE(PERSON, 0.5, false, false),
    /** "JPMorgan", "SpaceX", "YouTube". */
    INNER_CAPITAL(ORGANIZATION, 1, false, false),
    /** "iPhone", "eBook": a product more often than a company. */
    LOWER_CASE_START(MISC, 0.6, false, false),
    /** "NATO", "IMF": a short acronym alone. */
    SHORT_ACRONYM(ORGANIZATION, 1.5, true, false),
    /** "Australians", "Native Americans", "Latin American": peoples. */
    DEMONYM(MISC, 3.5, true, false),
    /** "Mycenaean", "Phoenicians", "HFCs": peoples, styles, plural acronyms. */
    GROUP_OR_ADJECTIVE(MISC, 1.2, false, false),
    /** "Anglican churches", "Achaemenid kings": an adjective before a noun. */
    ADJECTIVE_BEFORE_A_NOUN(MISC, 2.5, true, false),
    /** "Over My Head", "Knuck If You Buck": capitalised function words inside, the title of a work. */
    WORK_TITLE(MISC, 4, true, false),
    /** "Airbus A350", "Dravo C3", "MDV-118": a maker's name and a model's code, or a code, name a product. */
    MODEL_CODE(MISC, 6, true, false),
    /**
     * "measles, mumps and rubella (MMR)", "high-bandwidth memory, or HBM": an acronym of lower-case words is a common
     * noun's, not a body's.
     */
    ACRONYM_OF_WORDS(MISC, 6, true, false),

    // the words before it
    /** "pharmacists in Genk": a one-word club name after a place preposition is its town. */
    CLUB_TOWN_AFTER_PREPOSITION(LOCATION, 3, true, false),
    /** "city of …", "near …", "the town of …", "council of …". */
    LOCATION_CUE(LOCATION, 3, true, false),
    /** "analysts at Morgan Stanley", "a cardiologist at …". */
    AT_AFTER_A_ROLE(ORGANIZATION, 5, true, false),
    /** "at Karnak", "at Google": about two places to one body in GUM and EWT's annotated "at <Name>". */
    AT_A_PLACE(LOCATION, 0.8, false, false),
    /** The organisation half of "at <Name>". */
    AT_A_BODY(ORGANIZATION, 0.4, false, false),
    /** "Battle of Marengo", "Duke of Strathearn". */
    OF_AFTER_A_NAME(LOCATION, 0.6, false, false),
    /** "in …", "from …", "near …". */
    PLACE_PREPOSITION(LOCATION, 1, false, false),
    /** "Spanish club Valencia", "the chipmaker Arm". */
    ORG_CUE(ORGANIZATION, 3, true, false),
    /** "club Valencia" for a listed place: weighed by the place's strength (3 × strength + 0.5). */
    ORG_CUE_BEFORE_A_PLACE(ORGANIZATION, 0, true, false),
    /** "…,” said Smith." at the end of a phrase. */
    SAID_AFTER_A_QUOTE(PERSON, 1.5, true, Proves.SPEAKER),
    /** "…,” said Smith of …". */
    SAID_AFTER_A_QUOTE_GOES_ON(PERSON, 1.5, false, Proves.SPEAKER),
    /** "The company's lawyer, Pieter-Jan du Toit, said". */
    ROLE_AND_COMMA_BEFORE(PERSON, 2.5, true, true),
    /** "substitute Youssef En-Nesyri", "hydrologist Ana Paz". */
    ROLE_BEFORE(PERSON, 2, true, true),
    /** "a header from X", "goals from A and B": what only a player makes. */
    PLAYER_FROM(PERSON, 3, true, true),
    /** "chief executive of X", "shares in X". */
    OFFICE_OF_A_BODY(ORGANIZATION, 3, true, Proves.BODY),
    /** The same for a name a list knows. */
    OFFICE_OF_A_LISTED_BODY(ORGANIZATION, 1.5, true, Proves.BODY),
    /** "invested in X", "a stake in X". */
    INVESTED_IN(ORGANIZATION, 3, true, Proves.BODY),
    /** "in Peine and Camar", "in Ca Mau, Soc Trang and Kien Giang": a list a place preposition opens. */
    PLACE_LIST(LOCATION, 1.5, false, false),
    /** "in Genk and Hasselt": a one-word club name in such a list. */
    CLUB_TOWN_IN_A_PLACE_LIST(LOCATION, 3, true, false),
    /** "from Ashford and Dover", "Braunsberg, East Prussia": joined to a well-known place. */
    LISTED_WITH_A_PLACE(LOCATION, 2, true, false),
    /**
     * "between Ostvik and Marrasby", "Skye, Lochaber and Badenoch": a name nothing else explains, in a list ("A, B
     * and C") next to a name the article shows to be a place; a list holds one kind of thing. Found at article level
     * (see {@link ArticleResolver}); weak, so that it decides only a name with no evidence of its own.
     */
    LISTED_WITH_PLACES(LOCATION, 1, false, false),

    // the words after it
    /** "the Haute-Garonne region", "the Maya lowlands", "Bududa district". */
    PLACE_NOUN_AFTER(LOCATION, 2.5, true, false),
    /**
     * "the Linate slots", "the Shidiya phosphate mines": a one-word name no list knows as the modifier of a common
     * noun after "the" is a place's more often than a body's; so weak that it decides only a name with no other
     * evidence (one a wire story would take for an organisation).
     */
    MODIFIER_AFTER_THE(LOCATION, 0.5, false, false),
    /** "Green was born in", "Stone starred in", "Green has a sister". */
    PERSON_PREDICATE(PERSON, 3, true, true),
    /** "Veltron Semiconductor announced": a common noun at the end speaks for a company. */
    COMPANY_SPEAKS(ORGANIZATION, 1.5, false, false),
    /** "Smith said": people and bodies both say things. */
    SPEAKS(PERSON, 1.5, false, false),
    /** "Smith, who". */
    WHO(PERSON, 2, true, true),
    /** "Smith, 45, was". */
    AGE(PERSON, 3, true, true),
    /** "Ellison, a cardiologist at …". */
    ROLE_APPOSITIVE(PERSON, 2.5, true, true),
    /** "appointed X as its next director", "confirmed X for another term as prime minister". */
    AS_A_TITLE(PERSON, 2.5, true, true),
    /**
     * "the Greyhollow mine", "Kelso airport", "the Tamar field": a place-like facility's name (weak: an operator's
     * name stands there too, "the Pertamina refinery", and its own evidence outweighs this).
     */
    FACILITY_NOUN_AFTER(LOCATION, 1.2, false, false),
    /** "a news conference at the Civic Centre", "outside the Kelvin Theatre": a venue where something happens. */
    VENUE(LOCATION, 4, true, false),
    /** "Paris-based". */
    BASED(LOCATION, 2, true, false),
    /** "Goldman Sachs economists", "NATO officials". */
    STAFF_AFTER(ORGANIZATION, 1.5, false, false),
    /** "the Biden administration" (outweighs the "the"). */
    LEADER_OF(PERSON, 4, false, true),
    /** "NATO Secretary General …", "Acme's chief executive": what stands before a title. */
    BEFORE_A_TITLE(ORGANIZATION, 1.5, false, false),
    /** "Marieke Janssen, whose house". */
    WHOSE(PERSON, 2, true, true),
    /** "Albemarle, whose shares fell". */
    WHOSE_HOLDINGS(ORGANIZATION, 1.5, false, Proves.BODY),
    /** "Konfio said in a statement". */
    STATEMENT(ORGANIZATION, 3, true, false),
    /** "…," Mailis said: a quote's speaker. */
    QUOTE_SPEAKER(PERSON, 1.5, false, Proves.SPEAKER),
    /** "Ayavire said she", "Nakato said her group". */
    PERSON_PRONOUN(PERSON, 1.5, false, true),
    /** "Konfio said its". */
    BODY_PRONOUN(ORGANIZATION, 1.5, false, Proves.BODY),
    /** "X's shares fell". */
    POSSESSIVE_SHARES(ORGANIZATION, 2.5, true, Proves.BODY),
    /** "X shares rose". */
    SHARES_AFTER(ORGANIZATION, 3, true, Proves.BODY),
    /** "X raised $110 million". */
    RAISED_MONEY(ORGANIZATION, 2.5, true, Proves.BODY),
    /** "told Zodiak radio", "Antara news agency", "Kompas TV": a broadcaster or news outlet. */
    MEDIA_AFTER(ORGANIZATION, 3.5, true, Proves.BODY),
    /** "Ostrander (OSTR.L)", "Kelmar (NYSE: KLM)": a listed company's ticker. */
    TICKER(ORGANIZATION, 3.5, true, Proves.BODY),
    /** "Harbinor-owned Vestry", "a Tolmar-backed start-up": what a body does to another. */
    OWNER(ORGANIZATION, 2.5, true, Proves.BODY),
    /** "Touton, a trading house". */
    BODY_APPOSITIVE(ORGANIZATION, 3, true, Proves.BODY),
    /** "Toconao, a village near". */
    PLACE_APPOSITIVE(LOCATION, 3, true, false);

    /** The type it speaks for; null when the list entry gives it. */
    final EntityType type;

    final double weight;
    final boolean strong;
    /** What only one kind of thing has; {@link #provesPerson} sums the three person kinds. */
    final Proves proves;

    final boolean provesPerson;

    /**
     * What a kind of evidence proves. A quote's speaker and a given name prove a person but are kept apart: one-word
     * companies speak in wire copy ("Acme said"), and a given name opens company names too ("Rio Tinto"), so {@link
     * ArticleResolver} weighs them against what only bodies have ("X's shares", "X said its", "X, the miner").
     */
    enum Proves {
        NOTHING,
        PERSON,
        SPEAKER,
        GIVEN_NAME,
        BODY
    }

    Evidence(final EntityType type, final double weight, final boolean strong, final boolean provesPerson) {
        this(type, weight, strong, provesPerson ? Proves.PERSON : Proves.NOTHING);
    }

    Evidence(final EntityType type, final double weight, final boolean strong, final Proves proves) {
        this.type = type;
        this.weight = weight;
        this.strong = strong;
        this.proves = proves;
        this.provesPerson = proves == Proves.PERSON || proves == Proves.SPEAKER || proves == Proves.GIVEN_NAME;
    }
}
