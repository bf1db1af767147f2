package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The evidence added on top of gazetteers and cues: dictionary, regions, name shapes, coordination, currencies. */
class EvidenceCombinationTest {

    private static final EntityTagger TAGGER = RuleBasedEntityTagger.loadDefault();

    private static List<Entity> tag(final String text) {
        return TAGGER.tag(text);
    }

    @Test
    void shouldReportASentenceInitialNameNoDictionaryKnows() {
        assertThat(tag("Okonkwo finished third, two seconds behind the winner."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Okonkwo", EntityType.PERSON));
    }

    @Test
    void shouldNotReportACapitalisedCommonNoun() {
        assertThat(tag("Critics said the Ministry had ignored the Treaty for years."))
                .extracting(Entity::text)
                .doesNotContain("Treaty", "Critics");
    }

    @Test
    void shouldKnowRegionsOutsideTheUnitedStates() {
        assertThat(tag("Floods hit Molise and Basilicata on Sunday."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Molise", EntityType.LOCATION), tuple("Basilicata", EntityType.LOCATION));
    }

    @Test
    void shouldTakeAnOrganisationNamedAfterACountryWhole() {
        assertThat(tag("The runners were chosen by Swimming Canada and Cycling Ireland last week."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Swimming Canada", EntityType.ORGANIZATION),
                        tuple("Cycling Ireland", EntityType.ORGANIZATION));
    }

    @Test
    void shouldTakeACompanyWithACommonNounAtTheEndForAnOrganisation() {
        assertThat(tag("Orvane Robotics announced a new factory on Monday."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Orvane Robotics", EntityType.ORGANIZATION));
        assertThat(tag("Kessel Instruments said sales fell."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Kessel Instruments", EntityType.ORGANIZATION));
    }

    @Test
    void shouldTakeAPlaceJoinedToAKnownPlaceForAPlace() {
        assertThat(tag("Buses run between Manchester and Hinckley every hour."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Hinckley", EntityType.LOCATION));
    }

    @Test
    void shouldReadNationalitiesAndRegionsOfCountries() {
        assertThat(tag("Herders in Outer Mongolia sold wool to Mongolian traders."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Outer Mongolia", EntityType.LOCATION), tuple("Mongolian", EntityType.MISC));
    }

    @Test
    void shouldKeepRegnalNumbersAndHyphenatedGivenNames() {
        assertThat(tag("A statue of Ramesses II was shown to Kim Jong-un."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Ramesses II", EntityType.PERSON), tuple("Kim Jong-un", EntityType.PERSON));
    }

    @Test
    void shouldNotTakeContractionsForNames() {
        assertThat(tag("“I’m not leaving,” she said. “We’ve done this before.”"))
                .extracting(Entity::type)
                .doesNotContain(EntityType.PERSON, EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadCurrencyAbbreviationsBeforeTheAmount() {
        final Entity money = tag("The appeal raised KSh 2.5 million and Rs 40,000.").stream()
                .filter(e -> e.type() == EntityType.MONEY)
                .findFirst()
                .orElseThrow();
        assertThat(money.text()).isEqualTo("KSh 2.5 million");
        assertThat(money.money().currency()).isEqualTo("KES");
        assertThat(money.money().amount()).isEqualTo(2_500_000.0);
    }

    @Test
    void shouldNotResolveAPlaceToAMisreadPersonThatContainsIt() {
        assertThat(tag("Herders in Outer Mongolia moved south. Mongolia has few roads."))
                .filteredOn(e -> e.text().equals("Mongolia"))
                .extracting(Entity::type, Entity::canonical)
                .containsOnly(tuple(EntityType.LOCATION, "Mongolia"));
    }

    @Test
    void shouldTakePeoplesNamedAfterANationalityForMisc() {
        assertThat(tag("Many Australians and Native Americans voted."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Australians", EntityType.MISC), tuple("Native Americans", EntityType.MISC));
    }

    @Test
    void shouldTakeARunWithACapitalisedPronounForTheTitleOfAWork() {
        assertThat(tag("They recorded Over My Head in a garage."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Over My Head", EntityType.MISC));
    }

    @Test
    void shouldTakeAdjectivesAndCreedsForMiscNotPeople() {
        assertThat(tag("She studied Corsican music and Marxism."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Corsican", EntityType.MISC), tuple("Marxism", EntityType.MISC));
    }

    @Test
    void shouldTakeANameLocatedByAKnownRegionForAPlace() {
        assertThat(tag("Braunsberg, Bavaria, is a quiet town."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Braunsberg", EntityType.LOCATION), tuple("Bavaria", EntityType.LOCATION));
        assertThat(tag("Braunsberg is a quiet town."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Braunsberg", EntityType.PERSON));
    }

    @Test
    void shouldTakeANameBeforeALowerCasePlaceNounForAPlace() {
        assertThat(tag("Farmers in the Kesteven district protested."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Kesteven", EntityType.LOCATION));
    }

    @Test
    void shouldTakeAnUnknownNameAfterAtForAPlaceRatherThanABody() {
        assertThat(tag("The delegates met at Tornhill on Friday."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Tornhill", EntityType.LOCATION));
    }

    @Test
    void shouldKnowRomancePlaceFirstWords() {
        assertThat(tag("The yacht reached Punta Vessa at dawn."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Punta Vessa", EntityType.LOCATION));
    }
}
