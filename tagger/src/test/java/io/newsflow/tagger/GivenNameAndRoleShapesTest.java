package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In a wire story a name that nothing proves a person is taken for an organisation, so people whose given names the
 * English lists lack, and people introduced by a role or kin in apposition, became organisations. Every surname below
 * is invented, so only the given-name list or the context can type the name; the companies keep their type.
 */
class GivenNameAndRoleShapesTest {

    private static final EntityTagger TAGGER = RuleBasedEntityTagger.loadDefault();

    private static List<Entity> article(final String... paragraphs) {
        return TestArticles.tagParagraphs(TAGGER, paragraphs);
    }

    @Test
    void shouldKnowGivenNamesOfManyLanguages() {
        assertThat(article(
                        "KELVOR, Norway, Nov 30 (Nordwire) - Ioana Pelverescu won the seat on Sunday.",
                        "Femke Oudervliet and Hikmet Dorlanov were not available.",
                        "Metalvex said its output rose."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Ioana Pelverescu", EntityType.PERSON),
                        tuple("Femke Oudervliet", EntityType.PERSON),
                        tuple("Hikmet Dorlanov", EntityType.PERSON),
                        tuple("Metalvex", EntityType.ORGANIZATION));
    }

    @Test
    void shouldTakeAFullNameAfterBasedForAPersonAndAnUnknownWordForACompany() {
        assertThat(article(
                        "KELVOR, Norway, Nov 30 (Nordwire) - The yacht, skippered by Oslo-based Sam Dorvalen, led.",
                        "Trnovo-based Metalvex cut 300 jobs."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Sam Dorvalen", EntityType.PERSON), tuple("Metalvex", EntityType.ORGANIZATION));
    }

    @Test
    void shouldProvePeopleByARoleOrKinInApposition() {
        assertThat(article(
                        "KELVOR, Norway, Nov 30 (Nordwire) - The president replaced his predecessor, Dzhura Kemalov.",
                        "The governor for the Arvale region, Tursun Bekmirzo, said roads were shut.",
                        "His wife, Nuriya Osmat, said he was well. Fast bowler Kelvane Dorsett took three wickets."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Dzhura Kemalov", EntityType.PERSON),
                        tuple("Tursun Bekmirzo", EntityType.PERSON),
                        tuple("Nuriya Osmat", EntityType.PERSON),
                        tuple("Kelvane Dorsett", EntityType.PERSON));
    }

    @Test
    void shouldProveAPersonByARoleAppositiveThatNamesItsBody() {
        assertThat(article(
                        "KELVOR, Norway, Nov 30 (Nordwire) - \"Wards are full,\" said Tamsa Orvelle, the charity's"
                                + " Kelvor country director.",
                        "Dravik Olmen, the KPF chairman, said the talks would go on. Her deputy, Sunee Pakdirat, was"
                                + " also banned.",
                        "Arvale United, the Premier League leader, won again."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Tamsa Orvelle", EntityType.PERSON),
                        tuple("Dravik Olmen", EntityType.PERSON),
                        tuple("Sunee Pakdirat", EntityType.PERSON),
                        tuple("Arvale United", EntityType.ORGANIZATION));
    }

    @Test
    void shouldProveAPersonGivenATitleWithAs() {
        assertThat(article(
                        "KELVOR, Norway, Nov 30 (Nordwire) - The gallery appointed Huiana Rangotawe as its next"
                                + " director.",
                        "The parliament backed Vrelko Ashrapov for a second term as prime minister.",
                        "The bank hired Kelvex as lead underwriter."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Huiana Rangotawe", EntityType.PERSON),
                        tuple("Vrelko Ashrapov", EntityType.PERSON),
                        tuple("Kelvex", EntityType.ORGANIZATION));
    }

    @Test
    void shouldProveAPersonByWhatOnlyPeopleDoToABody() {
        assertThat(article(
                        "KELVOR, Norway, Nov 30 (Nordwire) - The inquiry, chaired by Dravek Olsunde, reported on Monday.",
                        "The final will be refereed by Tarvek Mbolani of Kelvor."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Dravek Olsunde", EntityType.PERSON), tuple("Tarvek Mbolani", EntityType.PERSON));
    }

    @Test
    void shouldKeepACompanyAfterARivalOrAKindOfBusiness() {
        // "rival" and "partner" are what companies are to each other: no person's role
        assertThat(article(
                        "KELVOR, Norway, Nov 30 (Nordwire) - Shares in its rival, Halvarsen Robotics, fell.",
                        "The deal with its partner, Trovalek, closed on Monday."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Halvarsen Robotics", EntityType.ORGANIZATION),
                        tuple("Trovalek", EntityType.ORGANIZATION));
    }
}
