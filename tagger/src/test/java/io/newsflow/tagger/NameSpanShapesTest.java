package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a name starts and ends: possessives, "of"/"on"/"for" parts and "and" inside organisation names, firms of
 * partners' surnames, abbreviations with a period inside place names, a word in front of a person's name, name
 * particles, routes between two places and shapes that never name anything. Every person and organisation name below
 * is invented (places are real ones the gazetteers know), so only the mechanism can find it.
 */
class NameSpanShapesTest {

    private static final EntityTagger TAGGER = RuleBasedEntityTagger.loadDefault();

    private static List<Entity> article(final String... paragraphs) {
        return TestArticles.tagParagraphs(TAGGER, paragraphs);
    }

    private static List<String> texts(final List<Entity> entities) {
        return entities.stream().map(Entity::text).toList();
    }

    @Test
    void shouldKeepAPossessiveInsideAnOrganisationsName() {
        final List<Entity> entities = article(
                "The Kelvoria People's Defence Forces and the Norwegian Paper Workers' Union met on Monday.",
                "The Brenholt Women Runners' Association for Education and Health paid for the camp.");
        assertThat(entities)
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Kelvoria People's Defence Forces", EntityType.ORGANIZATION),
                        tuple("Norwegian Paper Workers' Union", EntityType.ORGANIZATION),
                        tuple("Brenholt Women Runners' Association for Education and Health", EntityType.ORGANIZATION));
        assertThat(texts(entities)).doesNotContain("Defence Forces", "Union", "Association for Education and Health");
    }

    @Test
    void shouldKeepAPlaceAfterOfAndAFieldAfterOnInAModifiedBodysName() {
        final List<Entity> entities = article(
                "The Regional Government of Cusco and the National Library of Norway signed the deal with the Joint"
                        + " Steering Group on Fisheries.",
                "The Council on Fisheries meets in May. The Government of Peru welcomed it, as did"
                        + " the Government of Chile.");
        assertThat(entities)
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Regional Government of Cusco", EntityType.ORGANIZATION),
                        tuple("National Library of Norway", EntityType.ORGANIZATION),
                        tuple("Joint Steering Group on Fisheries", EntityType.ORGANIZATION),
                        tuple("Peru", EntityType.LOCATION),
                        tuple("Chile", EntityType.LOCATION));
        assertThat(texts(entities)).contains("Council on Fisheries"); // also after a sentence's "The"
        // a street after "on" is where the body is
        assertThat(texts(article("They dined at the Kelvin Club on Harrow Street in Boston.")))
                .doesNotContain("Kelvin Club on Harrow Street");
    }

    @Test
    void shouldJoinAndInsideTheForPartAndUnlistedFieldsInACommaList() {
        final List<Entity> entities = article(
                "The Dravik Center for Economic and Informatics Studies and the Mellor Trust for Caribbean Heritage"
                        + " and Music said the National Institute of Seismology, Volcanology, Meteorology and"
                        + " Hydrology (INSIVOR) would report.");
        assertThat(entities)
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Dravik Center for Economic and Informatics Studies", EntityType.ORGANIZATION),
                        tuple("Mellor Trust for Caribbean Heritage and Music", EntityType.ORGANIZATION),
                        tuple(
                                "National Institute of Seismology, Volcanology, Meteorology and Hydrology",
                                EntityType.ORGANIZATION),
                        tuple("INSIVOR", EntityType.ORGANIZATION));
        assertThat(texts(entities)).doesNotContain("Volcanology", "Music", "Informatics Studies");
    }

    @Test
    void shouldKeepANationalityBeforeAListedBodyAndNotJoinAListedBodyAfterAnd() {
        final List<Entity> entities = article(
                "Volunteers from the Bolivian Red Cross were trying to reach the area.",
                "The state will sell stakes in companies such as Kelvogaz and Air Algerie, officials said.");
        assertThat(entities)
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Bolivian Red Cross", EntityType.ORGANIZATION),
                        tuple("Air Algerie", EntityType.ORGANIZATION));
        assertThat(texts(entities)).doesNotContain("Red Cross", "Kelvogaz and Air Algerie");
    }

    @Test
    void shouldReadSurnamesJoinedByCommasAndAnAmpersandAsOneFirm() {
        final List<Entity> entities = article(
                "The project hired a law firm, Dunmore, Pratt & Kell, and the firm Grant, Lowell & Young.",
                "Paris, Lyon and Nice were hit.");
        assertThat(entities)
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Dunmore, Pratt & Kell", EntityType.ORGANIZATION),
                        tuple("Grant, Lowell & Young", EntityType.ORGANIZATION),
                        tuple("Paris", EntityType.LOCATION),
                        tuple("Nice", EntityType.LOCATION));
    }

    @Test
    void shouldReadAGivenNameAndASurnameJoinedByAnAmpersandAsAFirm() {
        assertThat(article("Simon & Kellor advised the buyer, and Laura & Bridget sang at the party."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Simon & Kellor", EntityType.ORGANIZATION), tuple("Laura & Bridget", EntityType.PERSON));
        assertThat(article("The letters of Mira & TOMAS Kellbrook were printed in 1621."))
                .extracting(Entity::type)
                .doesNotContain(EntityType.ORGANIZATION);
    }

    @Test
    void shouldKeepTheAbbreviationOfSainteInsideAPlaceAlsoInADateline() {
        final List<Entity> entities = article(
                "SAULT STE. MARIE, Ontario, Nov 19 (Kestrel Wire) - The city of Sault Ste. Marie said its systems"
                        + " were offline.");
        assertThat(entities)
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("SAULT STE. MARIE", EntityType.LOCATION), tuple("Sault Ste. Marie", EntityType.LOCATION));
        assertThat(texts(entities)).doesNotContain("Marie", "MARIE", "Sault Ste");
    }

    @Test
    void shouldLeaveAWordInFrontOfAPersonsNameOutOfTheName() {
        final List<Entity> entities = article(
                "KELVOR, Norway, Nov 30 (Kestrel Wire) - Teenager Mira Kovalenko won the race on Sunday.",
                "Teenager Kovalenko won again. Teenager Hope Vellander came second. State Minister for Sports Talia Brenner, who watched, spoke.",
                "Estonian Rasmus Tamm, who had led, finished second.");
        assertThat(entities)
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Mira Kovalenko", EntityType.PERSON),
                        tuple("Kovalenko", EntityType.PERSON),
                        tuple("Hope Vellander", EntityType.PERSON),
                        tuple("Talia Brenner", EntityType.PERSON),
                        tuple("Rasmus Tamm", EntityType.PERSON));
        assertThat(texts(entities))
                .doesNotContain(
                        "Teenager Mira Kovalenko",
                        "Teenager Kovalenko",
                        "Sports Talia Brenner",
                        "Estonian Rasmus Tamm");
        assertThat(article("Sri Lankan boats sailed at night, fishermen said."))
                .extracting(Entity::type)
                .doesNotContain(EntityType.PERSON, EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadADatelineWhoseCreditHasFourWordsAndLeaveTheOpeningWordOut() {
        assertThat(texts(article(
                        "KELVOR, Norway, Nov 30 (Great Plains Sports Bureau) - Teenager Hope Vellander won the race.",
                        "Vellander, 18, trains in Kelvor.")))
                .contains("Hope Vellander", "Vellander")
                .doesNotContain("Teenager Hope Vellander");
    }

    @Test
    void shouldReadANameEndingInAVenuesHeadAfterAtTheAsTheVenue() {
        assertThat(article(
                        "LIMA (Kestrel Wire) - Mayor Ana Vell told a news conference at the Civic Centre on Monday.",
                        "Supporters gathered outside the Kelvin Theatre. Tomas Reed, an analyst at the Harwick"
                                + " Centre, agreed."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Civic Centre", EntityType.LOCATION),
                        tuple("Kelvin Theatre", EntityType.LOCATION),
                        tuple("Harwick Centre", EntityType.ORGANIZATION));
    }

    @Test
    void shouldKeepScandinavianParticlesInsideAName() {
        assertThat(article("Chairman Carl-Johan af Lindqvist and Anna av Brenholm, who sits on the board, agreed."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Carl-Johan af Lindqvist", EntityType.PERSON),
                        tuple("Anna av Brenholm", EntityType.PERSON));
    }

    @Test
    void shouldSplitAHyphenBetweenTwoKnownPlacesIntoTwoPlaces() {
        final List<Entity> entities =
                article("The Lisbon-Madrid railway and China-Europe trains run, Guinea-Bissau officials said.");
        assertThat(entities)
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Lisbon", EntityType.LOCATION),
                        tuple("Madrid", EntityType.LOCATION),
                        tuple("Guinea-Bissau", EntityType.LOCATION));
        assertThat(texts(entities)).doesNotContain("Lisbon-Madrid", "China-Europe");
    }

    @Test
    void shouldTakeNoSingleLetterCodeOrMonthAbbreviationForAName() {
        assertThat(texts(article(
                        "The comet, designated C/2026 W3 (Kelvor), was seen on Nov 21 and again in Nov 2026.",
                        "The T and the C class both failed, the G20 said.")))
                .doesNotContain("C", "W3", "Nov", "T")
                .contains("G20");
    }
}
