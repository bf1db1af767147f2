package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The small-town gazetteer (GeoNames places of 5,000 to 100,000 people), universities (Hipo), airlines (OpenFlights)
 * and the hand-written international bodies and news outlets: each list loads, its entries act as evidence in
 * sentences written for these tests, and a name left out of a list for being ambiguous stays out. A small town is
 * evidence only for a name nothing else explains, strong when the article names the town's country.
 */
class TownAndBodyGazetteerTest {

    private static final Lexicon LEXICON = Lexicon.loadDefault();
    private static final EntityTagger TAGGER = RuleBasedEntityTagger.loadDefault();

    @Test
    void shouldLoadEveryNewList() {
        assertThat(LEXICON.smallPlaceCountries("Lillesand")).containsExactly("NO");
        assertThat(LEXICON.smallPlaceCountries("Kfar Saba")).containsExactly("IL");
        assertThat(LEXICON.smallPlaceCountries("Shikohabad"))
                .as("accents folded")
                .contains("IN");
        assertThat(LEXICON.name("Amrita Vishwa Vidyapeetham").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(LEXICON.name("Cathay Pacific").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(LEXICON.name("Ryanair").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(LEXICON.name("World Food Programme").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(LEXICON.name("WFP").canonical()).isEqualTo("World Food Programme");
    }

    @Test
    void shouldKeepTownsThatAreWordsGivenNamesOrFrequentSurnamesOut() {
        // Taylor (Michigan), Būsh (Egypt, "Bush" without its accent), Florence (Alabama), Nice: a surname, a word, a
        // given name, a big city
        assertThat(LEXICON.smallPlaceCountries("Taylor")).isEmpty();
        assertThat(LEXICON.smallPlaceCountries("Bush")).isEmpty();
        assertThat(LEXICON.smallPlaceCountries("Florence")).isEmpty();
        assertThat(LEXICON.smallPlaceCountries("Nice"))
                .as("a listed city keeps its entry")
                .isEmpty();
        assertThat(names("Taylor told the committee the plan would fail."))
                .containsExactly(tuple("Taylor", EntityType.PERSON));
    }

    @Test
    void shouldKeepAmbiguousOneWordBodiesOut() {
        assertThat(LEXICON.name("Dawn"))
                .as("a newspaper, but a word and a given name")
                .isNull();
        assertThat(LEXICON.name("Punch")).isNull();
        assertThat(LEXICON.name("MENA"))
                .as("the region more often than the news agency")
                .isNull();
    }

    @Test
    void shouldLeaveNamesEndingInAnOrganisationHeadToTheRules() {
        assertThat(LEXICON.name("Adria Airways"))
                .as("listed by OpenFlights, found by its head")
                .isNull();
        assertThat(names("Adria Airways cancelled flights."))
                .containsExactly(tuple("Adria Airways", EntityType.ORGANIZATION));
    }

    @Test
    void shouldTakeATownOfACountryTheArticleNamesForAPlace() {
        assertThat(names("Storms battered Norway on Tuesday. Lillesand lost power for six hours."))
                .containsExactly(tuple("Norway", EntityType.LOCATION), tuple("Lillesand", EntityType.LOCATION));
    }

    @Test
    void shouldNotTakeAOneWordTownOfAnotherCountryForAPlace() {
        // one-word towns are other countries' surnames too ("Obama", "Garibaldi"): no evidence without the country
        assertThat(names("Storms battered the coast on Tuesday. Lillesand lost power for six hours."))
                .containsExactly(tuple("Lillesand", EntityType.PERSON));
    }

    @Test
    void shouldTakeALongerTownNameForAPlaceEvenWithoutItsCountry() {
        assertThat(names("Qiryat Ata and Bet Shemesh were hit overnight."))
                .containsExactly(tuple("Qiryat Ata", EntityType.LOCATION), tuple("Bet Shemesh", EntityType.LOCATION));
    }

    @Test
    void shouldNeverMakeAProvenPersonATown() {
        assertThat(names("Mayor Lillesand said the town in Norway would rebuild."))
                .contains(tuple("Lillesand", EntityType.PERSON));
    }

    @Test
    void shouldTakeATownsTeamForAnOrganisation() {
        assertThat(names("In South Africa, Orlando Pirates beat Stellenbosch 2-0 on Friday."))
                .contains(tuple("Stellenbosch", EntityType.ORGANIZATION));
    }

    @Test
    void shouldTagUniversitiesAirlinesAndAgenciesWithoutACue() {
        assertThat(names("Amrita Vishwa Vidyapeetham admitted 3,000 students, Mercy Corps warned of famine and Finnair"
                        + " cut flights."))
                .containsExactly(
                        tuple("Amrita Vishwa Vidyapeetham", EntityType.ORGANIZATION),
                        tuple("Mercy Corps", EntityType.ORGANIZATION),
                        tuple("Finnair", EntityType.ORGANIZATION));
    }

    /** The people, organisations and places the shipped rules find in the text, as (text, type), in order. */
    static List<Tuple> names(final String text) {
        return TAGGER.tag(text).stream()
                .filter(e -> e.type() == EntityType.PERSON
                        || e.type() == EntityType.ORGANIZATION
                        || e.type() == EntityType.LOCATION)
                .map(e -> tuple(e.text(), e.type()))
                .toList();
    }

    /**
     * The loader keys towns by their names as written, without tokenizing, and trusts the script that made the table
     * to have left out one-word names that are words or given names: the tokenizer and this lexicon must agree.
     */
    @Test
    void shouldKeyEveryTownAsTheTokenizerDoesAndHoldNoWordOrGivenName() throws IOException {
        final List<String> disagreeing = new ArrayList<>();
        final List<String> ambiguous = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Lexicon.class.getResourceAsStream("gazetteer/towns.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                final String name = line.substring(0, line.indexOf('\t'));
                final List<Token> tokens = Tokenizer.tokenize(name);
                if (!Lexicon.key(tokens, 0, tokens.size(), false).equals(name)) {
                    disagreeing.add(name);
                }
                if (tokens.size() == 1
                        && (LEXICON.isFirstName(tokens.get(0))
                                || LEXICON.isCommonWord(tokens.get(0))
                                || LEXICON.isFunctionWord(tokens.get(0)))) {
                    ambiguous.add(name);
                }
            }
        }
        assertThat(disagreeing).isEmpty();
        assertThat(ambiguous).isEmpty();
    }
}
