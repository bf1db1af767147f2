package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Places from Natural Earth (rivers, mountain ranges, regions, towns), football clubs from openfootball and listed
 * companies are evidence the context can outweigh: a listed name is found with its type, a dictionary word that a
 * list also holds ("You" is a river in China, "Start" a club, "Target" a retailer) is not a name because of it.
 */
class OpenGazetteerTest {

    private static final EntityTagger TAGGER = RuleBasedEntityTagger.loadDefault();

    @Test
    void shouldTagUnlistedRiverAsLocation() {
        assertThat(TAGGER.tag("Floods along the Barito forced thousands from their homes, officials said."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Barito", EntityType.LOCATION));
    }

    @Test
    void shouldTagMountainRangeAsLocation() {
        assertThat(TAGGER.tag("Rescuers reached the climbers in the Drakensberg on Sunday."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Drakensberg", EntityType.LOCATION));
    }

    @Test
    void shouldTagFootballClubAsOrganisation() {
        assertThat(TAGGER.tag("Galatasaray signed the striker after Fenerbahçe withdrew its offer."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(
                        tuple("Galatasaray", EntityType.ORGANIZATION), tuple("Fenerbahçe", EntityType.ORGANIZATION));
    }

    @Test
    void shouldNotTakeADictionaryWordForTheRiverOrClubOfThatName() {
        assertThat(TAGGER.tag("You can start again. Save the file before you start."))
                .extracting(Entity::type)
                .doesNotContain(EntityType.LOCATION, EntityType.ORGANIZATION);
    }

    @Test
    void shouldTagListedCompanyWithNoCueAsOrganisation() {
        assertThat(TAGGER.tag("Shares of Broadcom rose after Chipotle Mexican Grill reported results."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(
                        tuple("Broadcom", EntityType.ORGANIZATION),
                        tuple("Chipotle Mexican Grill", EntityType.ORGANIZATION));
    }

    @Test
    void shouldNotTakeADictionaryWordForTheCompanyOfThatName() {
        assertThat(TAGGER.tag("Target dates and the gap between them were set by the ball committee."))
                .extracting(Entity::type)
                .doesNotContain(EntityType.ORGANIZATION);
    }

    @Test
    void shouldTakeACompanyNamedByAWordWhenACueNamesItsTrade() {
        assertThat(TAGGER.tag("Shares in retailer Target fell on Tuesday."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Target", EntityType.ORGANIZATION));
    }
}
