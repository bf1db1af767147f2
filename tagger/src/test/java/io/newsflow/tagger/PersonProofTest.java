package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name is a person only with evidence only people have (a given name, a title or role, an age, a quote's speaker, a
 * pronoun referring back); without it the organisation and place context of wire copy decides, and in a wire story
 * (an article opening with a dateline) a name nothing explains is an organisation. The invented names below are in no
 * list, so only the mechanism can type them.
 */
class PersonProofTest {

    private static final EntityTagger TAGGER = RuleBasedEntityTagger.loadDefault();

    private static List<Entity> wire(final String... paragraphs) {
        return TAGGER.tag(new ArticleText("Headline", List.of(), List.of(paragraphs))).stream()
                .flatMap(List::stream)
                .toList();
    }

    @Test
    void shouldTakeAnUnexplainedNameInAWireStoryForAnOrganisation() {
        assertThat(wire(
                        "TALLINN (Newsflow) - Vorantek said on Monday it would build a plant near Tartu.",
                        "The plant will employ 300 people, Vorantek said."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Vorantek", EntityType.ORGANIZATION), tuple("Tartu", EntityType.LOCATION))
                .doesNotContain(tuple("Vorantek", EntityType.PERSON));
    }

    @Test
    void shouldKeepAnUnexplainedSurnameAPersonOutsideWireStories() {
        assertThat(TAGGER.tag("Police said earlier Quellmar did not appear to have a criminal history."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Quellmar", EntityType.PERSON));
    }

    @Test
    void shouldReadOrganisationContextsInWireCopy() {
        assertThat(wire(
                        "LAGOS (Newsflow) - Investors have put $40 million into Pavenko, a payments company.",
                        "Brusta said in a statement that it had invested in Pavenko last year.",
                        "Shares of Dremlor rose 4%, and the chief executive of Kaltrop stepped down."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Pavenko", EntityType.ORGANIZATION),
                        tuple("Brusta", EntityType.ORGANIZATION),
                        tuple("Dremlor", EntityType.ORGANIZATION),
                        tuple("Kaltrop", EntityType.ORGANIZATION));
    }

    @Test
    void shouldReadPlaceContextsForUnlistedTowns() {
        assertThat(wire(
                        "NAIROBI (Newsflow) - Floods cut roads in Mbirani and Kotolo, and farmers in the village of "
                                + "Sendeka lost their crops.",
                        "Residents of Tavuku district said the water came at night."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Mbirani", EntityType.LOCATION),
                        tuple("Kotolo", EntityType.LOCATION),
                        tuple("Sendeka", EntityType.LOCATION),
                        tuple("Tavuku", EntityType.LOCATION));
    }

    @Test
    void shouldKeepPeopleWithProofPeople() {
        assertThat(wire(
                        "ACCRA (Newsflow) - \"We will appeal,\" Osabrey said, adding that she had expected the ruling.",
                        "The company's lawyer, Tiemo Varsk, said it would appeal. Substitute Lenko Dravi scored late."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Osabrey", EntityType.PERSON),
                        tuple("Tiemo Varsk", EntityType.PERSON),
                        tuple("Lenko Dravi", EntityType.PERSON));
    }

    @Test
    void shouldJoinAnOrganisationNameWithAndAfterItsHead() {
        assertThat(TAGGER.tag("The Ministry of Agriculture and Rural Development said on Monday that the National "
                        + "Institute for Public Health and the Environment agreed."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Ministry of Agriculture and Rural Development", EntityType.ORGANIZATION),
                        tuple("National Institute for Public Health and the Environment", EntityType.ORGANIZATION));
    }

    @Test
    void shouldReadAllCapsDatelinesWithAbbreviatedMonths() {
        assertThat(wire("ADDIS ABABA, Feb 3 (Reuters) - Aid reached the north, officials said."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("ADDIS ABABA", EntityType.LOCATION), tuple("Feb 3", EntityType.DATE))
                .doesNotContain(tuple("Feb", EntityType.PERSON), tuple("Reuters", EntityType.ORGANIZATION));
    }

    @Test
    void shouldTakeAStormForNoPersonEvenWithAGivenName() {
        assertThat(wire(
                        "MANILA (Newsflow) - Typhoon Marco flooded towns in the north on Sunday.",
                        "Marco, which made landfall overnight, is expected to weaken."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Typhoon Marco", EntityType.MISC), tuple("Marco", EntityType.MISC))
                .doesNotContain(tuple("Marco", EntityType.PERSON));
    }

    @Test
    void shouldReadNewsOutletsAndTeamsInWireCopy() {
        assertThat(wire(
                        "HARARE (Newsflow) - The Harare Falcons beat the Bulawayo Storms on Saturday.",
                        "\"We were lucky,\" a fan told Verako radio. Dremsa said in an interview with Kelmori TV that the "
                                + "league would appeal."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Harare Falcons", EntityType.ORGANIZATION),
                        tuple("Verako", EntityType.ORGANIZATION),
                        tuple("Kelmori TV", EntityType.ORGANIZATION))
                .doesNotContain(tuple("Verako", EntityType.PERSON));
    }

    @Test
    void shouldKeepApostrophesAndParticlesInsideEastAfricanNames() {
        assertThat(wire(
                        "KISUMU (Newsflow) - Governor Ochieng' Adhola met author Kamau wa Njeruki on Friday.",
                        "Kamau, 71, read from his new novel."))
                .extracting(Entity::text, Entity::type, Entity::canonical)
                .contains(
                        tuple("Ochieng' Adhola", EntityType.PERSON, "Ochieng' Adhola"),
                        tuple("Kamau wa Njeruki", EntityType.PERSON, "Kamau wa Njeruki"),
                        tuple("Kamau", EntityType.PERSON, "Kamau wa Njeruki"));
    }
}
