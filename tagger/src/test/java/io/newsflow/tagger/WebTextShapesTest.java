package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes of web text (reviews, e-mails, forum posts) that news seldom has: words in capitals for emphasis, the
 * abbreviations of e-mail writing and tokenised contractions. Every name below is invented (except countries and
 * well-known bodies), so only the mechanism can type it.
 */
class WebTextShapesTest {

    private static final EntityTagger TAGGER = RuleBasedEntityTagger.loadDefault();

    private static List<Entity> text(final String... paragraphs) {
        return TAGGER.tag(new ArticleText(null, List.of(), List.of(paragraphs))).stream()
                .flatMap(List::stream)
                .toList();
    }

    @Test
    void shouldNotTakeAWordInCapitalsForEmphasisForAName() {
        assertThat(text(
                        "I NEVER said that.",
                        "I will NEVER go back to Marvessa Grill, the staff were VERY rude and did NOT care.",
                        "GREAT SERVICE and the pasta was AMAZING."))
                .extracting(Entity::text)
                .doesNotContain("NEVER", "VERY", "NOT", "GREAT SERVICE", "GREAT", "SERVICE", "AMAZING");
    }

    @Test
    void shouldKeepListedAcronymsAndNamesWrittenInCapitals() {
        assertThat(text(
                        "The WHO said the US would send doctors.",
                        "Please call MARK TREVANNICK at the front desk.",
                        "The film was sold by MAD Pictures and the union OZ KORVAL called a strike."))
                .extracting(Entity::text)
                .contains("WHO", "US", "MARK TREVANNICK", "MAD Pictures", "OZ KORVAL");
    }

    @Test
    void shouldNotTakeAnEmailAbbreviationOrATokenisedContractionForAName() {
        assertThat(text(
                        "FYI , Dorvan Keswick will send the figures ASAP .",
                        "Do n't forget the report .",
                        "Don't forget the report.",
                        "Won’t you come?"))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Dorvan Keswick", EntityType.PERSON))
                .extracting(t -> (String) t.toArray()[0])
                .doesNotContain("FYI", "ASAP", "Do", "Do n't", "Don't", "Don", "Won’t", "Won");
    }

    @Test
    void shouldReadAUsStatesPostalCodeAsTheState() {
        assertThat(text("We moved from Brackwell , NJ to a farm in VT last spring .", "I let my CA license expire ."))
                .extracting(Entity::text, Entity::type, Entity::canonical)
                .contains(
                        tuple("NJ", EntityType.LOCATION, "New Jersey"),
                        tuple("VT", EntityType.LOCATION, "Vermont"),
                        tuple("CA", EntityType.LOCATION, "California"));
    }

    @Test
    void shouldReadAGivenNameAndAnUnknownSurnameOnATitleCasedLineAsOnePerson() {
        assertThat(text("Sarah Quillfen will send the draft by Friday.", "Thanks,", "Sarah Quillfen"))
                .extracting(Entity::text, Entity::type)
                .containsOnly(tuple("Sarah Quillfen", EntityType.PERSON), tuple("Friday", EntityType.DATE))
                .filteredOn(t -> t.toArray()[0].equals("Sarah Quillfen"))
                .hasSize(2);
        // a dictionary word after the given name is no surname on such a line
        assertThat(text("Grace Period Ends Soon For Renters"))
                .extracting(Entity::text)
                .doesNotContain("Grace Period");
    }
}
