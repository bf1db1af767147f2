package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A country or city that acts as a team or government is an organisation in that sentence, a place elsewhere. */
class PlaceAsActorTest {

    private static final EntityTagger TAGGER = RuleBasedEntityTagger.loadDefault();

    private static List<Entity> tag(final String text) {
        return TAGGER.tag(text);
    }

    @Test
    void shouldTakeCountriesThatPlayForTeams() {
        assertThat(tag("Sweden defeated South Korea on Monday, and Belgium lost to England."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(
                        tuple("Sweden", EntityType.ORGANIZATION),
                        tuple("South Korea", EntityType.ORGANIZATION),
                        tuple("Monday", EntityType.DATE),
                        tuple("Belgium", EntityType.ORGANIZATION),
                        tuple("England", EntityType.ORGANIZATION));
    }

    @Test
    void shouldLetAVerbAfterAListOfCountriesMakeThemAllTeams() {
        assertThat(tag("Sweden, Belgium and England win three points."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Sweden", EntityType.ORGANIZATION),
                        tuple("Belgium", EntityType.ORGANIZATION),
                        tuple("England", EntityType.ORGANIZATION));
    }

    @Test
    void shouldDecidePerMentionNotPerName() {
        assertThat(tag("Russia has vetoed the resolution. Tourists still visit Russia in summer."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Russia", EntityType.ORGANIZATION), tuple("Russia", EntityType.LOCATION));
    }

    @Test
    void shouldLeaveAPlaceThatOnlyIsOrWantsAPlace() {
        assertThat(tag("Iraq wants peace, and France is large."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Iraq", EntityType.LOCATION), tuple("France", EntityType.LOCATION));
    }

    @Test
    void shouldNotTakeAPlaceAfterAPrepositionForASubject() {
        assertThat(tag("The talks on the border with Russia stalled when Marta Kovac said no."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Russia", EntityType.LOCATION), tuple("Marta Kovac", EntityType.PERSON));
    }

    @Test
    void shouldNotLetAListOfOtherNamesCarryTheVerb() {
        assertThat(tag("During the years in Kentucky and Indiana, Thomas Lincoln worked as a farmer."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Indiana", EntityType.LOCATION), tuple("Thomas Lincoln", EntityType.PERSON));
    }

    @Test
    void shouldTakeAnyPastTenseVerbWithAnObjectButNotAnIntransitiveOne() {
        assertThat(tag("After Ohio passed its voting law, turnout fell."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Ohio", EntityType.ORGANIZATION));
        assertThat(tag("Meanwhile the Danube increased to its highest level."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Danube", EntityType.LOCATION));
    }
}
