package io.newsflow.tagger;

import java.util.Set;

/**
 * Words that stand inside a name or at its edges and so decide where a name starts and ends: particles ("van der",
 * "al-"), generation suffixes, the first words of places' and bodies' names ("Mount", "Banco"), legal forms, direction
 * words of regions, venue heads, stock exchanges, units and regnal numbers. Constant sets, matched case-sensitively
 * where a name's capitals matter ("Mount") and on {@link Token#lower} otherwise, as each set's use says.
 */
final class NameParts {

    private NameParts() {}

    static final Set<String> PARTICLES = Set.of(
            "de", "van", "von", "der", "den", "al", "bin", "ibn", "da", "do", "di", "del", "della", "la", "le", "du",
            "dos", "das", "y", "wa", "&", "af", "av", "ter", "bint");
    /** Words whose possessive starts an organisation's name: "King's College", "Children's Hospital". */
    static final Set<String> POSSESSIVE_NAME_PARTS =
            Set.of("king", "queen", "prince", "st", "st.", "saint", "children", "women", "men", "people", "lloyd");

    static final Set<String> LEGAL_FORMS = Set.of(
            "Inc", "Inc.", "LLC", "Ltd", "Ltd.", "Corp", "Corp.", "Co.", "PLC", "plc", "AG", "SA", "NV", "SE", "GmbH");
    /** Words that make a region of a known place: "Outer Mongolia", "Western Australia", "South East Asia". */
    static final Set<String> DIRECTIONS = Set.of(
            "North",
            "South",
            "East",
            "West",
            "Northern",
            "Southern",
            "Eastern",
            "Western",
            "Central",
            "Outer",
            "Inner",
            "Upper",
            "Lower",
            "Greater",
            "Northeast",
            "Northwest",
            "Southeast",
            "Southwest",
            "Northeastern",
            "Northwestern",
            "Southeastern",
            "Southwestern",
            "Mid",
            "Far",
            "Middle");
    /**
     * First words of place names: "Mount Kenya", "Lake Victoria", "Cape Town", "Fort Worth", and their Romance
     * counterparts: "Monte Carlo", "Puerto Rico", "Punta Arenas", "Sierra Nevada".
     */
    static final Set<String> PLACE_FIRST_WORDS = Set.of(
            "Mount",
            "Mt.",
            "Lake",
            "Cape",
            "Fort",
            "Port",
            "Isle",
            "Gulf",
            "Bay",
            "Monte",
            "Puerto",
            "Porto",
            "Punta",
            "Sierra",
            "Isla",
            "Lago",
            "Ciudad",
            "Salar",
            "Cerro",
            "Laguna",
            "Valle",
            "Bahía",
            "Wadi",
            "Jebel",
            "Gunung",
            "Pulau",
            "Cordillera",
            "Río",
            "Serra",
            "Serranía",
            "Mont",
            "Monts",
            "Lac",
            "Île",
            "Ilha",
            "Lagoa",
            "Baía",
            "Golfo",
            "Volcán",
            "Nevado",
            "Quebrada",
            "Provincia",
            "Departamento",
            "Département",
            "Distrito",
            "Municipio",
            "Comuna",
            "Región",
            "Estado",
            "Península",
            "Playa",
            "Pico",
            "Arroyo",
            "Rivière",
            "Pointe",
            "Estadio",
            "Estádio",
            "Stade",
            "Aeropuerto",
            "Aeroporto",
            "Aéroport",
            "Represa",
            "Barragem",
            // streets named after people: "Avenue Habib X", "Calle Rosa X" (English "X Street" is a location head)
            "Avenue",
            "Avenida",
            "Rue",
            "Rua",
            "Calle",
            "Boulevard",
            "Jalan",
            "Piazza",
            "Plaza",
            "Praça",
            "Paseo",
            "Calzada");
    /**
     * First words of place names that are also given names or companies' names, a place only before a particle:
     * "Vale do Itajaí" (not "Vale Indonesia"), "Rio de la Plata" (not "Rio Tinto", "Rio Ferdinand").
     */
    static final Set<String> PLACE_FIRST_WORDS_BEFORE_A_PARTICLE = Set.of("Vale", "Rio", "Val", "Costa");
    /**
     * First words of organisations' names in Romance and Germanic languages: "Banco Itapema", "Grupo Bimbo",
     * "Instituto Butantan", "Universidad de Chile". None is a given name or an English word.
     */
    static final Set<String> ORG_FIRST_WORDS = Set.of(
            "Banco",
            "Banca",
            "Banque",
            "Grupo",
            "Gruppo",
            "Groupe",
            "Companhia",
            "Compañía",
            "Compagnie",
            "Instituto",
            "Istituto",
            "Institut",
            "Fundación",
            "Fundação",
            "Fondation",
            "Fondazione",
            "Stiftung",
            "Universidad",
            "Universidade",
            "Université",
            "Università",
            "Universität",
            "Sociedad",
            "Sociedade",
            "Société",
            "Società",
            "Partido",
            "Partito",
            "Empresa",
            "Empresas",
            "Corporación",
            "Caja",
            "Caixa",
            "Cooperativa",
            "Ministério",
            "Ministerio",
            "Ministère",
            "Secretaría",
            "Agência",
            "Agencia",
            "Asociación",
            "Associação",
            "Federación");
    /** Foreign articles that open the names of newspapers, leagues and bands more often than of people. */
    static final Set<String> FOREIGN_ARTICLES =
            Set.of("Le", "La", "Les", "El", "Los", "Las", "Die", "Der", "Das", "Il", "Het");
    /** Generation suffixes that belong to the name they follow. */
    static final Set<String> GENERATIONS = Set.of("Jr.", "Jr", "Sr.", "Sr");
    /** Lower-case particles joined by a hyphen to an Arabic family name: "al-Jadaan", "el-Sisi", "bin-Salman". */
    static final Set<String> ARABIC_PARTICLES = Set.of("al", "el", "ad", "ash", "as", "ul", "bin", "abu");

    /** First words of a wire story's credit line: "Reporting by", "Additional reporting by", "Editing by". */
    static final Set<String> CREDIT_WORDS =
            Set.of("reporting", "writing", "editing", "reported", "written", "edited", "compiled", "research");

    /** English prefixes written as a word of their own before a hyphen: "Co-author", "Ex-minister", "Anti-graft". */
    static final Set<String> COMPOUND_PREFIXES = Set.of(
            "co", "ex", "anti", "pro", "non", "post", "pre", "mid", "vice", "self", "semi", "multi", "inter", "counter",
            "cross", "half", "sub", "super", "ultra", "re", "de", "over", "under", "off", "on", "well", "long", "short",
            "high", "low", "full", "part", "all", "first", "second", "third", "one", "two", "three", "four", "five");

    /** Stock exchanges that open a ticker in brackets: "(NYSE: ABC)". */
    static final Set<String> EXCHANGES = Set.of("NYSE", "Nasdaq", "NASDAQ", "LSE", "TSX", "ASX", "JSE");

    /** Unit symbols that follow a number and look like initials or acronyms. */
    static final Set<String> UNITS = Set.of(
            "C", "F", "K", "GW", "MW", "KW", "kW", "TW", "GWh", "MWh", "TWh", "KWh", "kWh", "Mt", "Gt", "Bcf", "Tcf",
            "MB", "GB", "TB", "Hz", "GHz", "MHz", "V", "W", "A", "Gbps", "Mbps", "Btu", "BTU");

    static final Set<String> NAME_JOINTS = Set.of("of", "for", "the", "and");

    /** Last words of a venue's name: "Civic Centre", "Kelvin Theatre", "Town Hall". */
    static final Set<String> VENUE_HEADS =
            Set.of("Centre", "Center", "Theatre", "Theater", "Hall", "Arena", "Auditorium", "Stadium", "Pavilion");

    /** Month abbreviations written without a period before a day or year: "Nov 21", "Sept 2026". */
    static final Set<String> MONTH_ABBREVIATIONS =
            Set.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    /** Function words that names of bodies and places do capitalise: "Bank Of …", "Notre Dame De …". */
    static final Set<String> NAME_LINKS = Set.of(
            "the", "of", "and", "for", "de", "la", "le", "du", "del", "da", "di", "van", "von", "al", "el", "y", "los",
            "las", "on", "upon", "in", "at");

    static final Set<String> NOT_SYLLABLES = Set.of(
            "era", "led", "run", "age", "born", "made", "like", "type", "size", "wide", "long", "free", "owned", "old",
            "new", "year", "day", "week", "plus", "only", "less", "rich", "poor", "held", "ruled", "style");

    static final Set<String> REGNAL = Set.of(
            "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI");
}
