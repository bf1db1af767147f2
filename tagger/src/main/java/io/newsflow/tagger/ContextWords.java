package io.newsflow.tagger;

import java.util.List;
import java.util.Set;

/**
 * Lower-case words around a name that tell what it names: nouns and verbs before it ("chief executive of X", "a stake
 * in X", "towns such as X") and after it ("X said in a statement", "X, which makes …", "X scored", "the X mine"), place
 * prepositions, pronouns, kinds of bodies and of places. Constants, matched on {@link Token#lower} (but for
 * {@link #FEATURE_HEADS}, heads added to a name to look it up).
 */
final class ContextWords {

    private ContextWords() {}

    /** Plural staff nouns after an organisation's name. */
    static final Set<String> STAFF = Set.of(
            "officials",
            "executives",
            "employees",
            "workers",
            "staff",
            "engineers",
            "economists",
            "analysts",
            "lawmakers",
            "shareholders",
            "investors",
            "officers",
            "troops",
            "forces",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "researchers",
            "scientists",
            "members",
            "delegates",
            "lawyers",
            "strategists");
    /** Nouns after a single name that make it a person: "the Biden administration", "the Trump campaign". */
    static final Set<String> LEADER_OF = Set.of("administration", "presidency", "campaign", "premiership");
    /** Lower-case nouns of facilities after a name: "the Greyhollow mine", "Kelso airport", "the Tamar field". */
    static final Set<String> FACILITY_NOUNS = Set.of(
            "dam",
            "canal",
            "pipeline",
            "mine",
            "refinery",
            "port",
            "bridge",
            "airport",
            "stadium",
            "plant",
            "smelter",
            "field",
            "oilfield",
            "gasfield",
            "terminal",
            "reservoir",
            "tunnel",
            "power",
            "deposit",
            "basin",
            // sites a town or district names: "Broadford hospital", "the Budiriro polyclinic"
            "hospital",
            "clinic",
            "polyclinic",
            // ways and crossings, shrines, marshes named after a place: "the Kyzyl-Bel crossing", "Sabail street"
            "crossing",
            "street",
            "road",
            "highway",
            "shrine",
            "temple",
            "marsh",
            "aqueduct",
            // more facilities, and plurals after a list ("the Songo Songo and Mnazi Bay fields")
            "fields",
            "mines",
            "waterworks",
            "substation",
            "estates");

    /**
     * Prepositions that place a name after "the" ("in the High Atlas", "on the Ustyurt"): a body is "in the Kelvo
     * Alliance" only with its head word, and "to", "from", "at" name a body after "the" as often ("sold to the").
     */
    static final Set<String> PLACES_AFTER_THE =
            Set.of("in", "on", "across", "throughout", "near", "into", "over", "through");

    /** Kinds of body written in capitals before a name: "the Spanish NGO Caminos Libres". */
    static final Set<String> BODY_KINDS_IN_CAPITALS = Set.of("NGO");

    /** Titles after a capitalised portfolio that is also a word: "Labour Minister", "Labour Secretary". */
    static final Set<String> PORTFOLIO_TITLES = Set.of("Minister", "Secretary", "Ministry");

    /** Words before a name that modifies the common noun after it: "the Linate slots", "its Mona campus". */
    static final Set<String> DETERMINERS_OF_A_MODIFIER = Set.of("the", "its", "whose", "their");

    /** What a legislature holds: "seats in the State Great Khural", "a majority in the Sejm" name a body. */
    static final Set<String> SEATS_IN_A_BODY = Set.of(
            "seat", "seats", "majority", "minority", "vote", "votes", "debate", "lawmakers", "deputies", "members");

    static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "in",
            "from",
            "to",
            "near",
            "across",
            "throughout",
            "outside",
            "inside",
            "into",
            "via",
            "toward",
            "towards",
            "around",
            "visit",
            "visited",
            "visiting");

    /**
     * Kinds of business that, written right before a name, make it a company ("risk consultancy Vantor", "Polish
     * biotech Selvara", "state miner Erdo"), beyond the lexicon's organisation cues; none is a person's role. Not
     * {@link #BODY_NOUNS}: "producer", "investor", "developer", "trader" before a name are as often a person's role.
     */
    static final Set<String> COMPANY_KINDS = Set.of(
            "consultancy",
            "biotech",
            "drugmaker",
            "miner",
            "refiner",
            "shipper",
            "steelmaker",
            "brewer",
            "exporter",
            "importer",
            "distributor",
            "wholesaler",
            "telecom",
            "telco",
            "fintech",
            "consortium",
            "cooperative",
            "nonprofit",
            "shipbuilder",
            "lessor",
            "maker",
            "producer",
            "supplier",
            "developer",
            "line");
    /** Prepositions of where something happens, before "the" and a venue: "at the", "outside the". */
    static final Set<String> VENUE_PREPOSITIONS = Set.of("at", "outside", "inside", "near", "opposite");

    /** Nouns for a kind of person, beyond the roles, that open a sentence before a name: "Teenager X won". */
    static final Set<String> PERSON_NOUNS =
            Set.of("teenager", "youngster", "veteran", "newcomer", "rookie", "debutant", "schoolgirl", "schoolboy");

    static final Set<String> RIVALS = Set.of("rival", "peer", "competitor", "partner", "parent", "compatriot");

    /** Words before a name that make it a body's: "chief executive of X", "invested in X", "a stake in X". */
    static final Set<String> OF_A_BODY = Set.of(
            "executive",
            "executives",
            "ceo",
            "founder",
            "co-founder",
            "chairman",
            "chairwoman",
            "shareholders",
            "shareholder",
            "shares",
            "subsidiary",
            "unit",
            "owner",
            "owners",
            "customers",
            "clients",
            "employees",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "board",
            "acquisition",
            "takeover");

    /** Nouns of a way between two places: "the road between A and B". */
    static final Set<String> ROUTES = Set.of(
            "road",
            "highway",
            "railway",
            "route",
            "border",
            "flights",
            "crossings",
            "ferries",
            "trains",
            "running",
            "runs",
            "linking");

    /** What follows "X," when X is a place: "near", "north of", "close to". */
    static final Set<String> PLACE_RELATIONS =
            Set.of("near", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest");

    static final Set<String> SCORES = Set.of("scored", "netted");

    /** What a player makes, before "from X": "a header from X", "goals from A and B", "a cross from X". */
    static final Set<String> PLAYS = Set.of(
            "header",
            "headers",
            "goal",
            "goals",
            "penalty",
            "cross",
            "pass",
            "shot",
            "strike",
            "volley",
            "assist",
            "try",
            "tries",
            "brace",
            "save",
            "saves",
            "finish",
            "tackle",
            "kick",
            "corner",
            "corners",
            "ball",
            "delivery");

    static final Set<String> IN_A_BODY = Set.of(
            "invested", "invests", "investing", "investment", "investments", "stake", "stakes", "shares", "investors");
    /** What a body has, after "X, whose": "shares", "card readers", "headquarters". */
    static final Set<String> OWNED_BY_A_BODY = Set.of(
            "shares",
            "stock",
            "products",
            "brands",
            "brand",
            "card",
            "cards",
            "customers",
            "clients",
            "plant",
            "plants",
            "factory",
            "factories",
            "mine",
            "mines",
            "parent",
            "owners",
            "headquarters",
            "investors",
            "members",
            "subsidiaries",
            "stores",
            "shops",
            "app",
            "apps",
            "services",
            "bonds",
            "debt",
            "revenue",
            "profits",
            "sales",
            "lawyers",
            "employees",
            "staff",
            "fleet",
            "network");
    /** Nouns of a company's statement: "X said in a statement", "X said in a filing". */
    static final Set<String> STATEMENTS =
            Set.of("statement", "filing", "release", "note", "email", "emailed", "website");

    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "his", "her", "him", "himself", "herself");
    static final Set<String> BODY_PRONOUNS = Set.of("its", "itself");

    /** "X-owned", "X-backed": what a body does to another. "X-led" is left out: people lead too. */
    static final Set<String> OWNED =
            Set.of("owned", "backed", "controlled", "funded", "operated", "listed", "financed");
    /** What a body does, after "X, which": "makes cables", "operates 40 stores". */
    static final Set<String> BUSINESS_VERBS = Set.of(
            "makes",
            "operates",
            "runs",
            "owns",
            "produces",
            "sells",
            "employs",
            "supplies",
            "manufactures",
            "provides",
            "offers",
            "mines",
            "exports",
            "imports",
            "distributes",
            "manages",
            "builds",
            "develops",
            "trades",
            "ships",
            "refines",
            "processes",
            "insures",
            "lends",
            "invests",
            "markets",
            "retails",
            "brews");
    /** Before "at X": "works at X", "a job at X" (what a person does at a body). */
    static final Set<String> EMPLOYED =
            Set.of("works", "worked", "working", "employed", "job", "jobs", "employee", "employees");
    /** Nouns for a body that open the next sentence after one its name opens: "The company said …". */
    static final Set<String> BODY_ANAPHORS = Set.of(
            "company",
            "firm",
            "group",
            "bank",
            "miner",
            "insurer",
            "lender",
            "retailer",
            "carrier",
            "airline",
            "brewer",
            "chipmaker",
            "carmaker",
            "exporter",
            "producer");

    /** After "X said it": modals and verbs of a body's plans ("it would cut", "it plans to"). */
    static final Set<String> MODALS = Set.of("would", "will", "had", "has", "could", "may", "might");

    static final Set<String> PLANS = Set.of(
            "plans",
            "planned",
            "expects",
            "expected",
            "intends",
            "intended",
            "aims",
            "agreed",
            "posted",
            "reported",
            "cut",
            "cuts",
            "hired",
            "sold",
            "bought",
            "acquired",
            "closed",
            "opened",
            "raised",
            "sued");

    static final Set<String> MEDIA_NOUNS =
            Set.of("radio", "television", "newspaper", "broadcaster", "daily", "weekly", "tabloid", "channel");

    static final Set<String> MATCH_RESULTS = Set.of(
            "beat",
            "beats",
            "defeated",
            "defeats",
            "won",
            "win",
            "wins",
            "lost",
            "lose",
            "loses",
            "drew",
            "draw",
            "draws",
            "edged",
            "thrashed",
            "routed",
            "eliminated",
            "trailed",
            "trail",
            "hosted",
            "host",
            "hosts",
            "faced",
            "face",
            "faces",
            "play",
            "played",
            "plays");

    static final Set<String> APPOSITIVE_ENDS = Set.of("at", "for", "in", "with", "to", "from", "on");

    /** Nouns for a body that the organisation cues leave out, since they rarely stand right before its name. */
    static final Set<String> BODY_NOUNS = Set.of(
            "house",
            "miner",
            "producer",
            "maker",
            "exporter",
            "importer",
            "lender",
            "investor",
            "fund",
            "buyer",
            "supplier",
            "developer",
            "provider",
            "cooperative",
            "co-operative",
            "association",
            "federation",
            "organisation",
            "organization",
            "ngo",
            "trader",
            "fintech",
            "business",
            "alliance",
            "enterprise",
            "corporation");

    static final Set<String> SETTLEMENTS = Set.of(
            "village", "town", "city", "hamlet", "suburb", "township", "commune", "municipality", "port", "settlement");

    /** Nouns and verbs of movement before "to" that make it a place preposition: "airdrops to A and B". */
    static final Set<String> MOVEMENT = Set.of(
            "airdrops",
            "flights",
            "flight",
            "roads",
            "road",
            "route",
            "routes",
            "trips",
            "trip",
            "journey",
            "travelled",
            "traveled",
            "moved",
            "fled",
            "returned",
            "deported",
            "shipped",
            "shipments",
            "buses",
            "trains",
            "ferries",
            "access",
            "deliveries",
            "evacuated",
            "convoys",
            "convoy");

    static final List<String> FEATURE_HEADS =
            List.of("River", "Basin", "Delta", "Valley", "Desert", "Mountains", "Rainforest", "Sea", "Lake");

    /** Nouns after "the <Name>" that make it a region, beyond the place nouns: "the Amazon rainforest". */
    static final Set<String> GEOGRAPHIC_NOUNS =
            Set.of("rainforest", "rainforests", "forest", "forests", "jungle", "biome", "interior", "headwaters");

    static final Set<String> BODY_PLURALS = Set.of("companies", "firms", "banks", "lenders", "insurers", "groups");

    static final Set<String> PLACE_PLURALS = Set.of(
            "towns",
            "cities",
            "villages",
            "areas",
            "regions",
            "provinces",
            "districts",
            "counties",
            "communities",
            "municipalities",
            "settlements",
            "suburbs",
            "neighbourhoods",
            "neighborhoods",
            "localities",
            "constituencies",
            "parishes",
            "islands",
            "ports",
            "places",
            "states",
            "rivers",
            "lakes",
            "dams",
            "reservoirs",
            "mountains",
            "valleys",
            "mines",
            "deltas",
            "tributaries");

    static final Set<String> ROLE_OF = Set.of("of", "at", "for");
}
