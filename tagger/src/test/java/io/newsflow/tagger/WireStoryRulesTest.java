package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Name shapes and contexts of wire copy that the person-proof rules alone got wrong: named storms behind modifiers and
 * in lists, one-word companies that speak in quotes, companies whose first word is a given name, teams named by a
 * place and a plural without "the", organisation names joined by "and" or with a "for … in" part, towns given as
 * examples, and a company's one-word name that is also a region's. The invented names below are in no list, so only
 * the mechanism can type them.
 */
class WireStoryRulesTest {

    private static final EntityTagger TAGGER = RuleBasedEntityTagger.loadDefault();

    private static List<Entity> article(final String... paragraphs) {
        return TestArticles.tagParagraphs(TAGGER, paragraphs);
    }

    @Test
    void shouldTakeStormsAfterModifiersAndInPluralListsForNoPeople() {
        assertThat(article(
                        "MANILA (Newsflow) - Super Typhoon Belmar hit the coast days after Typhoons Koral, Senna and "
                                + "Vidar.",
                        "Tropical Storm Ardena and Severe Tropical Cyclone Mirelle formed later. Belmar weakened."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Super Typhoon Belmar", EntityType.MISC),
                        tuple("Senna", EntityType.MISC),
                        tuple("Vidar", EntityType.MISC),
                        tuple("Tropical Storm Ardena", EntityType.MISC),
                        tuple("Severe Tropical Cyclone Mirelle", EntityType.MISC),
                        tuple("Belmar", EntityType.MISC))
                .doesNotContain(
                        tuple("Belmar", EntityType.PERSON),
                        tuple("Senna", EntityType.PERSON),
                        tuple("Vidar", EntityType.PERSON));
    }

    @Test
    void shouldTakeAOneWordQuoteSpeakerInAWireStoryForAnOrganisationWithoutOtherProof() {
        assertThat(article(
                        "PERTH (Newsflow) - Quarrion said output at the mine was normal.",
                        "\"We are safe,\" Quarrion told reporters on Tuesday."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Quarrion", EntityType.ORGANIZATION))
                .doesNotContain(tuple("Quarrion", EntityType.PERSON));
    }

    @Test
    void shouldKeepAOneWordQuoteSpeakerAPersonWithOtherPersonProof() {
        assertThat(article(
                        "PERTH (Newsflow) - \"We are safe,\" Quarrion told reporters on Tuesday.",
                        "Quarrion said she had left the mine before the fire."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Quarrion", EntityType.PERSON));
        // outside wire stories a lone surname in quotes stays a person
        assertThat(TAGGER.tag("\"We are safe,\" Quarrion told reporters on Tuesday."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Quarrion", EntityType.PERSON));
    }

    @Test
    void shouldLetWhatOnlyBodiesHaveOutweighAGivenNameInFront() {
        assertThat(article(
                        "BRASILIA (Newsflow) - Vale Orsent said its iron ore output fell 4% in the quarter.",
                        "Vale Orsent shares rose 2% in Sao Paulo."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Vale Orsent", EntityType.ORGANIZATION))
                .doesNotContain(tuple("Vale Orsent", EntityType.PERSON));
        // a person whose second word is a given name keeps the given name's proof
        assertThat(article("LIMA (Newsflow) - Ingrid Maren said its board had met.", "Ingrid Maren left."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Ingrid Maren", EntityType.PERSON));
    }

    @Test
    void shouldReadAPlaceAndAPluralInAMatchAsATeamWithoutThe() {
        assertThat(article("LEEDS, England (Newsflow) - Leeds Rhinos beat Brisbane Broncos 20-12 on Saturday, while "
                        + "Kelvport Marauders lost to Tallinn Wolves."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Leeds Rhinos", EntityType.ORGANIZATION),
                        tuple("Brisbane Broncos", EntityType.ORGANIZATION),
                        tuple("Kelvport Marauders", EntityType.ORGANIZATION),
                        tuple("Tallinn Wolves", EntityType.ORGANIZATION));
        assertThat(article(
                        "LEEDS, England (Newsflow) - Wigan lost 18-16 to Dravo Dragons, and Leeds host Riga Giants next.",
                        "A doctor at St Orvane's Hospital in St Albans said the players were fine."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Dravo Dragons", EntityType.ORGANIZATION),
                        tuple("Riga Giants", EntityType.ORGANIZATION),
                        tuple("St Orvane's Hospital", EntityType.ORGANIZATION));
    }

    @Test
    void shouldKeepOrganisationNamesWithAndOrAForInPartWhole() {
        assertThat(TAGGER.tag("The Independent Electoral and Boundaries Commission met the National Disaster Risk "
                        + "Reduction and Management Council and the Board of Control for Cricket in India on Monday."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Independent Electoral and Boundaries Commission", EntityType.ORGANIZATION),
                        tuple("National Disaster Risk Reduction and Management Council", EntityType.ORGANIZATION),
                        tuple("Board of Control for Cricket in India", EntityType.ORGANIZATION));
        // a known name beside "and" is another entity
        assertThat(TAGGER.tag("Officials from Kenya and the Boundaries Commission met in Nairobi."))
                .extracting(Entity::text)
                .contains("Kenya", "Boundaries Commission");
    }

    @Test
    void shouldReadTownsGivenAsExamplesAsPlaces() {
        assertThat(article("NAIROBI (Newsflow) - Floods hit towns such as Mbarvo and Kiltane, and villages including "
                        + "Oshendi."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Mbarvo", EntityType.LOCATION),
                        tuple("Kiltane", EntityType.LOCATION),
                        tuple("Oshendi", EntityType.LOCATION));
    }

    @Test
    void shouldReadACompanysNameWithTheInAPlacesContextAsThePlace() {
        assertThat(TAGGER.tag("Fires in the Amazon spread as the Amazon rainforest dried out. Mines in the Amazon "
                        + "have faced protests."))
                .extracting(Entity::text, Entity::type, Entity::canonical)
                .containsOnly(tuple("Amazon", EntityType.LOCATION, "Amazon"));
        assertThat(TAGGER.tag("Amazon said sales rose."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Amazon", EntityType.ORGANIZATION));
    }

    @Test
    void shouldReadBodyNameShapesAndAKindOfBodyOpeningTheSentence() {
        assertThat(article(
                        "SAO PAULO (Newsflow) - Analyst Tiago Varenne of Banco Itapema said the cut was small.",
                        "Rival Ferrosul said its mines were working. The Ostrava Red Cross sent tents."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Tiago Varenne", EntityType.PERSON),
                        tuple("Banco Itapema", EntityType.ORGANIZATION),
                        tuple("Ferrosul", EntityType.ORGANIZATION),
                        tuple("Ostrava Red Cross", EntityType.ORGANIZATION))
                .doesNotContain(
                        tuple("Banco Itapema", EntityType.PERSON), tuple("Rival Ferrosul", EntityType.ORGANIZATION));
    }

    @Test
    void shouldTakeOnlyRealListsForListsWithAProvenPerson() {
        // "of" between a proven person and a name is no list: the name keeps its own evidence
        assertThat(article("LIMA (Newsflow) - Analyst Tiago Varenne of Dravenko said the cut was small."))
                .extracting(Entity::text)
                .contains("Dravenko");
        assertThat(article("LIMA (Newsflow) - Analyst Tiago Varenne of Dravenko said the cut was small."))
                .extracting(Entity::text, Entity::type)
                .doesNotContain(tuple("Dravenko", EntityType.PERSON));
        assertThat(article("LIMA (Newsflow) - Coach Tiago Varenne, Dravenko and Ulmest arrived."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Dravenko", EntityType.PERSON));
    }
}
