package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Places no list holds, in wire stories, where a name that nothing proves a person is taken for an organisation:
 * endings of place names in several languages, heads of natural features, the words before a name that only places
 * take, a site named after its town, and lists that join an unknown name to a place. Every name below is invented
 * (except countries and well-known cities), so only the mechanism can type it; each test also checks the
 * organisation or person that the same shape must leave alone.
 */
class UnlistedPlaceShapesTest {

    private static final EntityTagger TAGGER = RuleBasedEntityTagger.loadDefault();

    private static final String DATELINE = "KELVOR, Norway, March 3 (Nordwire) - ";

    private static List<Entity> article(final String... paragraphs) {
        return TestArticles.tagParagraphs(TAGGER, paragraphs);
    }

    @Test
    void shouldTakeAOneWordNameWithAPlaceNameEndingForAPlace() {
        assertThat(
                        article(
                                DATELINE
                                        + "Floodwater cut the road to Vesterjärvi on Monday, and Tarnshire closed schools.",
                                "Farmers along the Kallälven said the water rose overnight. Dams such as Brandkloof were full."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Vesterjärvi", EntityType.LOCATION),
                        tuple("Tarnshire", EntityType.LOCATION),
                        tuple("Kallälven", EntityType.LOCATION),
                        tuple("Brandkloof", EntityType.LOCATION));
        // an ending needs a stem: a short word that merely ends that way is not a place by it
        assertThat(article(DATELINE + "Gaon said the company would appeal."))
                .extracting(Entity::text, Entity::type)
                .doesNotContain(tuple("Gaon", EntityType.LOCATION));
    }

    @Test
    void shouldTakeANameEndingInANaturalFeatureHeadForAPlace() {
        assertThat(article(DATELINE + "Rescuers reached Tolvo Creek and the Marrow Causeway after the storm,"
                        + " and fishing stopped over the Kessel Trench."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Tolvo Creek", EntityType.LOCATION),
                        tuple("Marrow Causeway", EntityType.LOCATION),
                        tuple("Kessel Trench", EntityType.LOCATION));
        assertThat(article(DATELINE + "Snow closed the Vorlen Pass, and lodges in Kabiri Sand shut."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Vorlen Pass", EntityType.LOCATION), tuple("Kabiri Sand", EntityType.LOCATION));
    }

    @Test
    void shouldReadWordsThatOnlyPlacesTakeBeforeAName() {
        assertThat(article(
                        DATELINE + "Tourists stay in nearby Ostrevik, and flights to neighbouring Marlund resumed.",
                        "Sea lice hit parts of Haldanvik, and salmon returned to rivers such as the Vorna."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Ostrevik", EntityType.LOCATION),
                        tuple("Marlund", EntityType.LOCATION),
                        tuple("Haldanvik", EntityType.LOCATION),
                        tuple("Vorna", EntityType.LOCATION));
    }

    @Test
    void shouldTakeTheTownOfASiteForAPlaceNotTheEmployer() {
        assertThat(article(DATELINE + "Dineo Marumo, a nurse at Kwetane polyclinic, said staff worked double shifts."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Kwetane", EntityType.LOCATION), tuple("Dineo Marumo", EntityType.PERSON));
        // a role "at" a name with no site after it is still the employer
        assertThat(article(DATELINE + "Dineo Marumo, an analyst at Kwetane, said shares would rise."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Kwetane", EntityType.ORGANIZATION));
    }

    @Test
    void shouldTakeTheCityOfABasedCompanyForAPlaceNotTheEmployer() {
        assertThat(article(DATELINE + "\"Demand is weak,\" said Dineo Marumo, an analyst at Kwetane-based"
                        + " Vantrax Capital. Sipho Dube, an analyst at Tarvik consultancy Lumo Advisory, agreed."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Kwetane", EntityType.LOCATION), tuple("Vantrax Capital", EntityType.ORGANIZATION))
                .doesNotContain(tuple("Kwetane", EntityType.ORGANIZATION), tuple("Tarvik", EntityType.ORGANIZATION));
    }

    @Test
    void shouldTakeANameBeforeAWayOrCrossingOrAfterACueAndTheForAPlace() {
        assertThat(article(
                        DATELINE + "Trucks queued at the Vorsk-Tal crossing, and protesters gathered on Halvo street.",
                        "A census of residents of the Marrak was delayed. Ferries running between Ostrevik and"
                                + " Kellund resumed. Water rose in tributaries such as the Skarva.",
                        "Teas from the Gorvo and Pelunda estates fetched more."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Vorsk-Tal", EntityType.LOCATION),
                        tuple("Halvo", EntityType.LOCATION),
                        tuple("Marrak", EntityType.LOCATION),
                        tuple("Ostrevik", EntityType.LOCATION),
                        tuple("Skarva", EntityType.LOCATION),
                        tuple("Pelunda", EntityType.LOCATION));
        // "members of the" names a body, whose head word keeps it one
        assertThat(article(DATELINE + "Residents of the Kelvar Trust said the plan was late."))
                .extracting(Entity::text, Entity::type)
                .doesNotContain(tuple("Kelvar Trust", EntityType.LOCATION));
    }

    @Test
    void shouldTakeAnUnknownNameListedWithAPlaceForAPlace() {
        assertThat(article(
                        DATELINE + "Buses run between Tarnshire and Kullerby from Monday.",
                        "The MP for Tarnshire, Vossdale and Kembridge raised it in parliament."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Kullerby", EntityType.LOCATION),
                        tuple("Vossdale", EntityType.LOCATION),
                        tuple("Kembridge", EntityType.LOCATION));
        // ", and" joins clauses: the company after it is no place of the list
        assertThat(article(DATELINE + "Roads were cut between Tarnshire and Vesterjärvi, and Kolbrand Freight"
                        + " suspended its services, Kolbrand Freight said in a statement."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Kolbrand Freight", EntityType.ORGANIZATION))
                .doesNotContain(tuple("Kolbrand Freight", EntityType.LOCATION));
    }
}
