package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** What wire copy writes that a name finder must not cut: particles, glued currency prefixes, datelines. */
class WireCopyTest {

    private static final EntityTagger TAGGER = RuleBasedEntityTagger.loadDefault();

    @Test
    void shouldKeepTwoParticlesInsideAPersonsName() {
        assertThat(TAGGER.tag("Judge Hendrik van der Westhuizen ruled, and Ursula von der Leyen agreed."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(
                        tuple("Hendrik van der Westhuizen", EntityType.PERSON),
                        tuple("Ursula von der Leyen", EntityType.PERSON));
    }

    @Test
    void shouldReadACurrencyPrefixGluedToTheAmountAsMoneyNotAName() {
        assertThat(TAGGER.tag("Each family got R2,500, the lawyers R85,000 and the farm R4.2 million, or KSh2,000."))
                .extracting(Entity::text, Entity::type, Entity::canonical)
                .containsExactly(
                        tuple("R2,500", EntityType.MONEY, "ZAR 2500"),
                        tuple("R85,000", EntityType.MONEY, "ZAR 85000"),
                        tuple("R4.2 million", EntityType.MONEY, "ZAR 4200000"),
                        tuple("KSh2,000", EntityType.MONEY, "KES 2000"));
    }

    @Test
    void shouldLeaveALetterBeforeASmallNumberAlone() {
        assertThat(TAGGER.tag("The R2 road was closed on Monday."))
                .extracting(Entity::type)
                .doesNotContain(EntityType.MONEY);
    }

    @Test
    void shouldTakeTheDatelinesPlaceAndNotTheAgencyCredit() {
        assertThat(TAGGER.tag("MOGADISHU (Newsflow) - Floods have forced people from their homes, aid agencies said."))
                .extracting(Entity::text, Entity::type, Entity::canonical)
                .containsExactly(tuple("MOGADISHU", EntityType.LOCATION, "Mogadishu"));
        assertThat(TAGGER.tag("KARONGA, Malawi (Newsflow) - Fishermen on the lake said the water was rising."))
                .extracting(Entity::text, Entity::type, Entity::canonical)
                .containsExactly(
                        tuple("KARONGA", EntityType.LOCATION, "Karonga"),
                        tuple("Malawi", EntityType.LOCATION, "Malawi"));
    }

    @Test
    void shouldResolveACompanysGivenNameLikeFirstWordToItsFullName() {
        assertThat(TAGGER.tag("Arla Foods agreed to buy the plant on Tuesday. Arla said it would keep both sites."))
                .filteredOn(e -> e.text().startsWith("Arla"))
                .extracting(Entity::type, Entity::canonical)
                .containsOnly(tuple(EntityType.ORGANIZATION, "Arla Foods"));
    }

    @Test
    void shouldJoinACentreForIntoOneOrganisation() {
        assertThat(TAGGER.tag("Sushila Gurung works at the International Centre for Integrated Mountain Development."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("International Centre for Integrated Mountain Development", EntityType.ORGANIZATION));
    }
}
