package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a wire story takes for an organisation without reason: a name that nothing proves a person defaults to an
 * organisation there, so people introduced by a role the lists lacked, places named by a place word, products, and
 * abbreviations of common nouns all came out as organisations. Every name below is invented (except countries and
 * well-known cities), so only the mechanism can type it.
 */
class OrganisationPrecisionTest {

    private static final EntityTagger TAGGER = RuleBasedEntityTagger.loadDefault();

    private static List<Entity> article(final String... paragraphs) {
        return TestArticles.tagParagraphs(TAGGER, paragraphs);
    }

    @Test
    void shouldTakeANameAfterASportOrElectionRoleForAPerson() {
        assertThat(article(
                        "ACCRA, Feb 3 (Volta Wire) - Opposition candidate Kwesi Ottabrah won the seat.",
                        "The coach said referee Tandile Mokhosi had allowed six minutes of stoppage time.",
                        "Dutch rider Marit van Olsum took the title, and scrum-half Ilisoni Tavake was injured.",
                        "Police sought a Thai businessman, Somkiat Prachuab, over the recruitment."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Kwesi Ottabrah", EntityType.PERSON),
                        tuple("Tandile Mokhosi", EntityType.PERSON),
                        tuple("Marit van Olsum", EntityType.PERSON),
                        tuple("Ilisoni Tavake", EntityType.PERSON),
                        tuple("Somkiat Prachuab", EntityType.PERSON));
    }

    @Test
    void shouldNameNothingByTheAbbreviationOfACommonNoun() {
        assertThat(article(
                        "HELSINKI, Oct 2 (Baltic Wire) - Kalvora shares fell 9% by 1030 GMT.",
                        "\"Nobody told them,\" said Dr Ana Ilvescu, a GP in the village of Dorvani.",
                        "Farmers were paid 300 CFA francs per kilogram."))
                .extracting(Entity::text)
                .doesNotContain("GMT", "GP", "CFA");
    }

    @Test
    void shouldTakeANameBeforeConstituencyForAPlace() {
        assertThat(article(
                        "ACCRA, Feb 3 (Volta Wire) - The ruling party won the Ofrasu-Kedem constituency on Tuesday."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Ofrasu-Kedem", EntityType.LOCATION));
    }

    @Test
    void shouldTakeNamesThatAPlaceWordOrAPlacePrepositionExplainsForPlaces() {
        assertThat(article(
                        "TASHKENT, May 2 (Steppe Wire) - The board failed to assess the demands on the River Kelvash.",
                        "The farm will be one of the largest in the former Soviet Union, on the Ozmurt plateau.",
                        "\"The wind on the Ozmurt never stops,\" he said. Herders in the Upper Kazyr lost cattle.",
                        "Cases rose in the Republic of Congo, and repairs to the Trans Chad Pipeline ended."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("River Kelvash", EntityType.LOCATION),
                        tuple("Soviet Union", EntityType.LOCATION),
                        tuple("Ozmurt", EntityType.LOCATION),
                        tuple("Upper Kazyr", EntityType.LOCATION),
                        tuple("Republic of Congo", EntityType.LOCATION),
                        tuple("Trans Chad Pipeline", EntityType.LOCATION));
        // what a legislature holds names the body
        assertThat(article(
                        "ULAANBAATAR, June 30 (Steppe Wire) - The party won 58 of the 126 seats in the Great Orlik."))
                .extracting(Entity::text, Entity::type)
                .doesNotContain(tuple("Great Orlik", EntityType.LOCATION));
    }

    @Test
    void shouldTakeAModelsCodeOrAnAcronymOfCommonWordsForNoOrganisation() {
        final List<Entity> entities = article(
                "KELVOR, Norway, Nov 30 (Nordic Wire) - The plant makes the Dravo C3 and took delivery of its first"
                        + " Kestrel K400 this year. Patients took the drug, ZRT-118, with two older antibiotics.",
                "Second-dose coverage of the measles, mumps and rubella (MMR) vaccine has fallen.",
                "Vortana has struggled to sell its high-bandwidth memory, or HBM, chips.",
                "Parents doubt MMR vaccination, and HBM prices rose.");
        assertThat(entities)
                .filteredOn(e -> e.type() == EntityType.ORGANIZATION)
                .extracting(Entity::text)
                .doesNotContain("Dravo C3", "Kestrel K400", "ZRT", "MMR", "HBM");
        // an acronym spelled by capitalised words is the body's
        assertThat(article("GENEVA, May 2 (Alpine Wire) - The Kelvan Health Organization (KHO) said cases rose."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("KHO", EntityType.ORGANIZATION));
    }

    @Test
    void shouldCutAPortfolioANationalityAndAKindOfBodyFromTheNameThatFollows() {
        assertThat(article(
                        "RABAT, March 14 (Maghreb Wire) - \"One winter does not erase seven,\" Minister of Equipment and"
                                + " Water Tarik Belmadi told parliament.",
                        "Minister for Climate, Energy and the Environment Dara O'Kelvin told reporters it would act.",
                        "Labour Minister Ana Kelvik said talks would resume.",
                        "The Spanish NGO Caminos Libres, which monitors deaths at sea, said 200 people died."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Tarik Belmadi", EntityType.PERSON),
                        tuple("Dara O'Kelvin", EntityType.PERSON),
                        tuple("Ana Kelvik", EntityType.PERSON),
                        tuple("Caminos Libres", EntityType.ORGANIZATION))
                .doesNotContain(tuple("Labour", EntityType.ORGANIZATION));
    }

    @Test
    void shouldTakeEveryStormOfAListWithAHyphenatedNameForAStorm() {
        assertThat(
                        article(
                                "MANILA, Nov 14 (Luzon Wire) - Typhoons Ardo, Kel-rey, Pinxo and Tavari have killed 160 people."))
                .filteredOn(e -> e.type() == EntityType.ORGANIZATION)
                .isEmpty();
    }

    @Test
    void shouldTakeAWireStorysUnknownModifierOfACommonNounForAPlace() {
        assertThat(article(
                        "AMMAN, Jan 9 (Levant Wire) - The line would run from Aqaba to the Tafrith phosphate mines.",
                        "EasyJet is expected to take over most of the Vescari slots."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Tafrith", EntityType.LOCATION), tuple("Vescari", EntityType.LOCATION));
        // what a body has outweighs it
        assertThat(article(
                        "AMMAN, Jan 9 (Levant Wire) - The Korvalex board met on Monday.",
                        "Korvalex said in a statement that it would bid."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Korvalex", EntityType.ORGANIZATION));
    }
}
