package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Long organisation names that used to be cut short: a short form in brackets that spells the words before it, fields
 * joined by "and" inside a body's name (also when a field is a given name or a science's name), a nationality or a
 * compound opening such a name, and a mission named after where it is sent; and the lists that must stay two names.
 * Every organisation name below is invented (places are real ones the gazetteers know), so only the mechanism can find
 * it.
 */
class LongOrganisationNameTest {

    private static final EntityTagger TAGGER = RuleBasedEntityTagger.loadDefault();

    private static List<Entity> article(final String... paragraphs) {
        return TestArticles.tagParagraphs(TAGGER, paragraphs);
    }

    private static List<String> texts(final List<Entity> entities) {
        return entities.stream().map(Entity::text).toList();
    }

    @Test
    void shouldTakeTheWordsABracketedShortFormSpellsForOneName() {
        final List<Entity> entities = article(
                "The Kelvish Nurses and Midwives Organisation (KNMO) objected to the plan on Monday.",
                "A spokesman for the Velmar Forum for Human Rights (VFHR) said the trial was unfair.",
                "Drugs are licensed by the Medicines and Healthcare products Regulatory Agency (MHRA) there.",
                "Later the KNMO and the VFHR wrote to the MHRA again.");
        assertThat(entities)
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Kelvish Nurses and Midwives Organisation", EntityType.ORGANIZATION),
                        tuple("Velmar Forum for Human Rights", EntityType.ORGANIZATION),
                        tuple("Medicines and Healthcare products Regulatory Agency", EntityType.ORGANIZATION));
        assertThat(texts(entities))
                .doesNotContain(
                        "Midwives Organisation", "Human Rights", "Regulatory Agency", "Medicines and Healthcare");
        // the short form is the body's alias
        assertThat(entities)
                .filteredOn(e -> e.text().equals("KNMO") || e.text().equals("VFHR"))
                .extracting(Entity::canonical)
                .containsOnly("Kelvish Nurses and Midwives Organisation", "Velmar Forum for Human Rights");
    }

    @Test
    void shouldLetAShortFormSpellAnOfPartAndAWordWrittenInCapitals() {
        assertThat(texts(article(
                        "The Association of Cocoa Growers of Ghana (ACGG) asked for a higher price.",
                        "The UN Support Mission in Chad (UNSMIC) said its convoy was stopped.")))
                .contains("Association of Cocoa Growers of Ghana", "UN Support Mission in Chad")
                .doesNotContain("Association of Cocoa Growers", "UN Support Mission");
    }

    @Test
    void shouldNotStretchANameToABracketedWordItDoesNotSpell() {
        assertThat(texts(article(
                        "Talks between Kelvotech and Tarvex Holdings (TXH) ended on Friday.",
                        "The Harwick Energy Board (Reuters) said output fell.")))
                .contains("Tarvex Holdings", "Harwick Energy Board")
                .doesNotContain("Kelvotech and Tarvex Holdings");
    }

    @Test
    void shouldJoinFieldsAcrossAndThatAreGivenNamesOrSciencesInABodysName() {
        final List<Entity> entities = article(
                "A Department of Health and Social Care spokesperson said the plan was under review.",
                "Professor Ana Morikawa of the Institute of Seismology and Volcanology in Sapporo said so.",
                "The Anti-Corruption and Civil Rights Commission said it had received 112 reports.");
        assertThat(entities)
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Department of Health and Social Care", EntityType.ORGANIZATION),
                        tuple("Institute of Seismology and Volcanology", EntityType.ORGANIZATION),
                        tuple("Anti-Corruption and Civil Rights Commission", EntityType.ORGANIZATION));
        assertThat(texts(entities)).doesNotContain("Social Care", "Volcanology", "Civil Rights Commission");
    }

    @Test
    void shouldLetANationalityOpenANameAcrossAndAndAMissionTakeWhereItIsSent() {
        assertThat(texts(article(
                        "The Norwegian Water Resources and Energy Directorate said the slope had been mapped.",
                        "Staff of the Kelvin Assistance Mission in Chad left on Sunday.")))
                .contains("Norwegian Water Resources and Energy Directorate", "Kelvin Assistance Mission in Chad");
    }

    @Test
    void shouldOpenAUnitsNameWithItsOrdinal() {
        assertThat(texts(article(
                        "Soldiers of the 444th Kelvin Combat Brigade crossed the river on Monday.",
                        "The 3rd Tarvish Infantry Division moved north, the 12 Kelvin Hussars stayed.")))
                .contains("444th Kelvin Combat Brigade", "3rd Tarvish Infantry Division")
                .doesNotContain("Kelvin Combat Brigade", "Tarvish Infantry Division");
    }

    @Test
    void shouldKeepCompaniesJoinedByAndTwoNames() {
        final List<Entity> entities = article(
                "Lisbon start-ups Feddara and Sword Health cut jobs this year.",
                "Chinese groups Hivolt and Lingong Machinery Group opened plants near Monterrey.",
                "Spain and Portugal signed the deal; Sasol and Anglo American did not.");
        assertThat(texts(entities))
                .contains("Sword Health", "Lingong Machinery Group", "Spain", "Portugal")
                .doesNotContain(
                        "Feddara and Sword Health",
                        "Hivolt and Lingong Machinery Group",
                        "Spain and Portugal",
                        "Sasol and Anglo American");
        // a field's dictionary word before "and" still opens one name
        assertThat(texts(article("The Competition and Markets Authority opened an inquiry.")))
                .contains("Competition and Markets Authority");
    }
}
