package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes of wire copy that cost document-level precision and recall on unseen wire articles after the person-proof
 * rules: a headline pasted as the first line above the dateline, people whose proof stands on their surname, on a
 * title phrase or on a role appositive, and organisations with no cue but what businesses have. Every name below is
 * invented (except countries and well-known cities), so only the mechanism can type it.
 */
class UnseenWireShapesTest {

    private static final EntityTagger TAGGER = RuleBasedEntityTagger.loadDefault();

    /** The article as the {@code tag} command reads a file: every line a paragraph, the headline among them. */
    private static List<Entity> pasted(final String... paragraphs) {
        return TAGGER.tag(new ArticleText(null, List.of(), List.of(paragraphs))).stream()
                .flatMap(List::stream)
                .toList();
    }

    private static List<Entity> article(final String... paragraphs) {
        return TestArticles.tagParagraphs(TAGGER, paragraphs);
    }

    @Test
    void shouldReadAStoryWhoseDatelineFollowsAPastedHeadlineAsAWireStory() {
        assertThat(pasted(
                        "Strike halts work at Chilean copper mine",
                        "SANTIAGO, Aug 13 - Workers at the mine walked off the job on Tuesday.",
                        "Dunmorra said output would fall by a fifth."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Dunmorra", EntityType.ORGANIZATION));
        // a first line that is a sentence is no headline: nothing makes the story wire copy
        assertThat(pasted(
                        "Workers at the mine walked off the job on Tuesday, and talks are set to resume.",
                        "SANTIAGO, Aug 13 - Dunmorra said output would fall by a fifth."))
                .extracting(Entity::text, Entity::type)
                .doesNotContain(tuple("Dunmorra", EntityType.ORGANIZATION));
    }

    @Test
    void shouldLetASurnameThatSpeaksProveTheFullName() {
        assertThat(article(
                        "ADELAIDE, Dec 7 - Tavrek Olunde took five wickets as the hosts were bowled out.",
                        "\"The ball does a lot under the lights,\" Olunde said after play."))
                .extracting(Entity::text, Entity::type, Entity::canonical)
                .contains(
                        tuple("Tavrek Olunde", EntityType.PERSON, "Tavrek Olunde"),
                        tuple("Olunde", EntityType.PERSON, "Tavrek Olunde"));
    }

    @Test
    void shouldProveAPersonByATitlePhraseOrARoleInApposition() {
        assertThat(article(
                        "VIENTIANE, April 2 - The commission's chief executive, Oskiri Tamballa, said rain fell.",
                        "Ozbar Kelimov, the summit's president, closed the session.",
                        "Locusts strip fields, Tuvan Orskevi, director of plant protection at the ministry, told"
                                + " reporters."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Oskiri Tamballa", EntityType.PERSON),
                        tuple("Ozbar Kelimov", EntityType.PERSON),
                        tuple("Tuvan Orskevi", EntityType.PERSON));
    }

    @Test
    void shouldProveBothNamesAfterAPluralRole() {
        assertThat(article(
                        "LISBON, June 12 - Pagorra raised $48 million on Wednesday.",
                        "Founded by former engineers Ilvo Marrast and Tedu Ferrinho, Pagorra serves 600 shops."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Ilvo Marrast", EntityType.PERSON), tuple("Tedu Ferrinho", EntityType.PERSON));
    }

    @Test
    void shouldLetAGivenNameOpenANameWithParticles() {
        assertThat(article(
                        "LIMA, Aug 3 - An earthquake struck the Andes on Monday.",
                        "Carla Pradeira de la Fuente counted the injured at the clinic."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Carla Pradeira de la Fuente", EntityType.PERSON));
    }

    @Test
    void shouldTakeANameAfterAKindOfBusinessForACompany() {
        assertThat(article(
                        "TASHKENT, May 14 - Turbine maker Kolvind will supply the project, and shipping line Maravelo"
                                + " will carry the blades.",
                        "The drugmaker Sennova and the carmaker Brastel signed too."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Kolvind", EntityType.ORGANIZATION),
                        tuple("Maravelo", EntityType.ORGANIZATION),
                        tuple("Sennova", EntityType.ORGANIZATION),
                        tuple("Brastel", EntityType.ORGANIZATION));
    }

    @Test
    void shouldReadUnlistedPlacesByWhatOnlyPlacesHave() {
        assertThat(article(
                        "CAN THO, April 2 - At Tan Vorai, near the border, the river fell.",
                        "Farmers in Bel Tarre and Tra Vonh provinces lost rice.",
                        "Gates were built on the Hamlong and Cochieng rivers.",
                        "Miner Inkavira said its Tolmayo gold mine was undamaged."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Tan Vorai", EntityType.LOCATION),
                        tuple("Bel Tarre", EntityType.LOCATION),
                        tuple("Tra Vonh", EntityType.LOCATION),
                        tuple("Hamlong", EntityType.LOCATION),
                        tuple("Cochieng", EntityType.LOCATION),
                        tuple("Tolmayo", EntityType.LOCATION));
    }

    @Test
    void shouldKeepANationalityWithTheListedBodyItOpens() {
        assertThat(article(
                        "MANILA, Nov 17 - The World Food Programme and the Philippine Red Cross sent aid.",
                        "Later the Peruvian Red Cross said it was ready."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Philippine Red Cross", EntityType.ORGANIZATION),
                        tuple("Peruvian Red Cross", EntityType.ORGANIZATION))
                .doesNotContain(tuple("Red Cross", EntityType.ORGANIZATION));
    }

    @Test
    void shouldTakeExamplesOfCompaniesAndAKindOfBusinessInAppositionForBodies() {
        assertThat(article(
                        "OSLO, Jan 30 - The fund has excluded 180 companies, including Tarvesco and Quenby.",
                        "Drevlund, the world's second-largest container line, cut sailings.",
                        "Volmari, the vaccine alliance, paid for the doses."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Tarvesco", EntityType.ORGANIZATION),
                        tuple("Drevlund", EntityType.ORGANIZATION),
                        tuple("Volmari", EntityType.ORGANIZATION));
        // the kind after "at" is the second name's: the first stays the person the quote proves
        assertThat(article(
                        "PANAMA CITY, April 9 - Transits fell.",
                        "\"Rates will rise,\" said Henrik Solvarg, a partner at Copenhagen consultancy Baltic Orm."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Henrik Solvarg", EntityType.PERSON));
    }

    @Test
    void shouldReadThePlacesARoadRunsBetween() {
        assertThat(article("LIMA, Aug 3 - Landslides buried the road between Huantavi and Cangorro on Monday."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Huantavi", EntityType.LOCATION));
    }

    @Test
    void shouldTakeALoneGivenNameInAWireStoryForNoPersonButResolveAPersonsGivenName() {
        // a team that bears a given name, never introduced with a full name, in wire copy
        assertThat(article(
                        "BERGAMO, Nov 10 - Lucinda beat Varrazzo 3-1 on Sunday to climb the table.",
                        "Lucinda travel to Naples next weekend."))
                .extracting(Entity::text, Entity::type)
                .doesNotContain(tuple("Lucinda", EntityType.PERSON));
        // a person the story introduced, then called by the given name in a quote
        assertThat(article(
                        "DENVER, May 15 - Nikola Varkovic scored 40 points as the hosts won.",
                        "\"When Nikola plays like that, everybody follows,\" coach Tom Pell said."))
                .extracting(Entity::text, Entity::canonical)
                .contains(tuple("Nikola", "Nikola Varkovic"));
    }

    @Test
    void shouldTakeTheAndAPluralForATeamAndAScorerForAPlayer() {
        assertThat(article(
                        "DENVER, May 15 - Tavro Lindqvar scored twice as the hosts beat the Denver Moosehawks 112-97.",
                        "The winner will face the Dallas Brightwings on Thursday."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Tavro Lindqvar", EntityType.PERSON),
                        tuple("Denver Moosehawks", EntityType.ORGANIZATION),
                        tuple("Dallas Brightwings", EntityType.ORGANIZATION));
    }
}
