package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worldwide organisation gazetteers ({@code brands.tsv}: banks, energy companies, carmakers, retailers, telecoms,
 * power and transport operators from the name-suggestion-index; {@code companies.tsv}, written for Newsflow: exchanges,
 * shipping lines, drugmakers, miners), loaded like the US-listed companies: its names are
 * organisations without a cue in sentences written for these tests, a name that is also a dictionary word stays out,
 * and the article's own evidence still wins over the list (a person with a title or a given name stays a person).
 */
class BrandGazetteerTest {

    private static final Lexicon LEXICON = Lexicon.loadDefault();

    @Test
    void shouldLoadCompaniesFromOutsideTheUnitedStates() {
        for (final String name : List.of("Petronas", "Eskom", "Vattenfall", "Kia", "Banque Misr", "Ecobank")) {
            assertThat(LEXICON.name(name)).as(name).isNotNull();
            assertThat(LEXICON.name(name).type()).as(name).isEqualTo(EntityType.ORGANIZATION);
        }
    }

    @Test
    void shouldKeepBrandsNamedLikePeopleOutUnlessTheyAreFamous() {
        assertThat(LEXICON.name("Stinson"))
                .as("a fuel brand, but a frequent surname")
                .isNull();
        assertThat(LEXICON.name("Gabor")).as("a shoe brand, but a surname").isNull();
        assertThat(LEXICON.name("Porsche").type())
                .as("a surname too, but listed by hand")
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shouldKeepNamesThatAreDictionaryWordsOut() {
        assertThat(LEXICON.name("Smart"))
                .as("a carmaker's brand, but a word far more often")
                .isNull();
        assertThat(LEXICON.name("Mistral")).as("a ferry line, but a wind too").isNull();
    }

    @Test
    void shouldTagListedCompaniesWithoutACue() {
        assertThat(TownAndBodyGazetteerTest.names(
                        "Petronas and Pertamina signed a supply deal on Monday, while Goldwind will deliver the"
                                + " turbines and Ecobank arranged the loan."))
                .containsExactly(
                        tuple("Petronas", EntityType.ORGANIZATION),
                        tuple("Pertamina", EntityType.ORGANIZATION),
                        tuple("Goldwind", EntityType.ORGANIZATION),
                        tuple("Ecobank", EntityType.ORGANIZATION));
    }

    @Test
    void shouldTagACarmakerBesideAPlace() {
        assertThat(TownAndBodyGazetteerTest.names(
                        "Workers at Kia voted to strike in Slovakia, and Eskom cut power to the plant."))
                .containsExactly(
                        tuple("Kia", EntityType.ORGANIZATION),
                        tuple("Slovakia", EntityType.LOCATION),
                        tuple("Eskom", EntityType.ORGANIZATION));
    }

    @Test
    void shouldTagShippingLinesExchangesAndDrugmakersFromTheHandWrittenList() {
        assertThat(TownAndBodyGazetteerTest.names("Hapag-Lloyd and Maersk rerouted their ships, Vestas cut its outlook"
                        + " and Bursa Malaysia suspended trading in shares of Glencore."))
                .containsExactly(
                        tuple("Hapag-Lloyd", EntityType.ORGANIZATION),
                        tuple("Maersk", EntityType.ORGANIZATION),
                        tuple("Vestas", EntityType.ORGANIZATION),
                        tuple("Bursa Malaysia", EntityType.ORGANIZATION),
                        tuple("Glencore", EntityType.ORGANIZATION));
    }

    @Test
    void shouldKeepAPersonWithATitleOrAGivenNameAPerson() {
        assertThat(TownAndBodyGazetteerTest.names("Dr. Honda told reporters the trial would resume next week."))
                .containsExactly(tuple("Honda", EntityType.PERSON));
        assertThat(TownAndBodyGazetteerTest.names(
                        "Kenji Suzuki, who chairs the panel, said the vote would wait. Suzuki declined to say more."))
                .containsExactly(tuple("Kenji Suzuki", EntityType.PERSON), tuple("Suzuki", EntityType.PERSON));
    }
}
