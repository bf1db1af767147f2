package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes of news that cost document-level PERSON and LOCATION scores on unseen wire articles: datelines the wire
 * reader missed (a place opening with a two-letter article, a press release's credit between slashes) and roles that
 * introduce people in sports and election copy. Every name below is invented (except countries and well-known
 * cities), so only the mechanism can type it.
 */
class PersonPlaceShapesTest {

    private static final EntityTagger TAGGER = RuleBasedEntityTagger.loadDefault();

    private static List<Entity> article(final String... paragraphs) {
        return TestArticles.tagParagraphs(TAGGER, paragraphs);
    }

    @Test
    void shouldReadADatelineWhosePlaceOpensWithATwoLetterArticle() {
        assertThat(article("EL VORADO, Spain, Sept 30 (Atlantic Desk News) - Some 1,400 migrants arrived by boat."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("EL VORADO", EntityType.LOCATION), tuple("Spain", EntityType.LOCATION));
        // an acronym before a heading in capitals is no dateline's place
        assertThat(article("UN TALKS - Delegates from Norway met on Monday."))
                .extracting(Entity::text, Entity::type)
                .doesNotContain(tuple("UN TALKS", EntityType.LOCATION));
    }

    @Test
    void shouldReadAPressReleaseDatelineWithItsCreditBetweenSlashes() {
        assertThat(article("DES KORVAL, Iowa, Nov. 12, 2026 /Farmline Direct/ -- Halvarsen Robotics, a developer of"
                        + " weeding robots, today announced a partnership."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("DES KORVAL", EntityType.LOCATION),
                        tuple("Iowa", EntityType.LOCATION),
                        tuple("Halvarsen Robotics", EntityType.ORGANIZATION))
                // the credit is the copy's byline, not a name the story mentions
                .doesNotContain(tuple("Farmline Direct", EntityType.ORGANIZATION));
    }

    @Test
    void shouldProvePeopleByRolesOfSportsElectionsAndBusiness() {
        assertThat(article(
                        "KELVOR, Norway, Nov 30 (Nordwire) - The hosts won after referee Zilani Mokwe sent off two"
                                + " players. Dutch rider Jante de Vries of Team Brum was third.",
                        "The party's candidate Ofori Ankamah won the seat. Police arrested a Thai businessman, Sakdi"
                                + " Pornwat, on Monday."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Zilani Mokwe", EntityType.PERSON),
                        tuple("Jante de Vries", EntityType.PERSON),
                        tuple("Ofori Ankamah", EntityType.PERSON),
                        tuple("Sakdi Pornwat", EntityType.PERSON));
    }

    @Test
    void shouldLetAHyphenatedSurnameThatSpeaksProveTheFullName() {
        assertThat(article(
                        "KELVOR, Spain, Sept 30 (Atlantic Desk News) - Ofori Kwantabeng-Mensah won the seat on Friday.",
                        "\"We won,\" Kwantabeng-Mensah told supporters."))
                .extracting(Entity::text, Entity::type, Entity::canonical)
                .contains(
                        tuple("Ofori Kwantabeng-Mensah", EntityType.PERSON, "Ofori Kwantabeng-Mensah"),
                        tuple("Kwantabeng-Mensah", EntityType.PERSON, "Ofori Kwantabeng-Mensah"));
    }

    @Test
    void shouldKeepAPlaceNamedAloneApartFromItsLocalCouncil() {
        assertThat(article(
                        "KELVOR, Spain, Sept 30 (Atlantic Desk News) - The Arvale District Council said roads near"
                                + " Arvale were shut.",
                        "Residents of Arvale were told to stay home, the council said."))
                .extracting(Entity::text, Entity::type, Entity::canonical)
                .contains(
                        tuple("Arvale District Council", EntityType.ORGANIZATION, "Arvale District Council"),
                        tuple("Arvale", EntityType.LOCATION, "Arvale"));
    }

    @Test
    void shouldProveAPersonByANationalityBeforeANameNoListKnows() {
        assertThat(article(
                        "KELVOR, Norway, Nov 30 (Nordwire) - Belgian Drees Vanmarcke finished second, ahead of"
                                + " Spaniard Olo Marquiz-Dal.",
                        "Vanmarcke leads by four seconds. Teams will travel to the African Cross Country"
                                + " Championships in March."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Belgian", EntityType.MISC),
                        tuple("Drees Vanmarcke", EntityType.PERSON),
                        tuple("Vanmarcke", EntityType.PERSON),
                        tuple("Olo Marquiz-Dal", EntityType.PERSON))
                // an event after a nationality is no person
                .doesNotContain(tuple("Cross Country Championships", EntityType.PERSON));
    }

    @Test
    void shouldProveAPlayerByTheBallHeGives() {
        assertThat(article("KELVOR, Norway, Nov 30 (Nordwire) - Pirates won when Tembo Kavuru met a corner from Teboho"
                        + " Mzimela and ran onto a through ball from Lwazi Dube."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Teboho Mzimela", EntityType.PERSON), tuple("Lwazi Dube", EntityType.PERSON));
    }

    @Test
    void shouldFindTheMinisterAfterAPortfolioOfSeveralParts() {
        assertThat(article(
                        "KELVOR, Norway, Nov 30 (Nordwire) - Minister for Climate, Energy and the Environment Darragh"
                                + " Kelvane told reporters the plan was sound.",
                        "Minister of Equipment and Water Nizal Barrako told parliament."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Darragh Kelvane", EntityType.PERSON), tuple("Nizal Barrako", EntityType.PERSON));
    }

    @Test
    void shouldKeepATitleWordThatEndsANameAfterATitleAsTheSurname() {
        assertThat(article(
                        "KELVOR, Norway, Nov 30 (Nordwire) - Group chief executive Ravesh Shah told analysts the plan"
                                + " was sound."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Ravesh Shah", EntityType.PERSON))
                .doesNotContain(tuple("Ravesh", EntityType.PERSON));
    }
}
