package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a wire story takes for an organisation without reason: a name that nothing proves a person defaults to an
 * organisation there, so people introduced by a role the lists lacked, places named by a place word, products, and
 * abbreviations of common nouns all came out as organisations. Every name below is invented (except countries and
 * well-known cities), so only the mechanism can type it.
 */
class OrganisationPrecisionTest {

    private static final EntityTagger TAGGER = RuleBasedEntityTagger.loadDefault();

    private static List<Entity> article(final String... paragraphs) {
        return TestArticles.tagParagraphs(TAGGER, paragraphs);
    }

    @Test
    void shouldTakeANameAfterASportOrElectionRoleForAPerson() {
        assertThat(article(
                        "ACCRA, Feb 3 (Volta Wire) - Opposition candidate Kwesi Ottabrah won the seat.",
                        "The coach said referee Tandile Mokhosi had allowed six minutes of stoppage time.",
                        "Dutch rider Marit van Olsum took the title, and scrum-half Ilisoni Tavake was injured.",
                        "Police sought a Thai businessman, Somkiat Prachuab, over the recruitment."))
                .extracting(Entity::text, Entity::type)
                .contains(
                        tuple("Kwesi Ottabrah", EntityType.PERSON),
                        tuple("Tandile Mokhosi", EntityType.PERSON),
                        tuple("Marit van Olsum", EntityType.PERSON),
                        tuple("Ilisoni Tavake", EntityType.PERSON),
                        tuple("Somkiat Prachuab", EntityType.PERSON));
    }

    @Test
    void shouldNameNothingByTheAbbreviationOfACommonNoun() {
        assertThat(article(
                        "HELSINKI, Oct 2 (Baltic Wire) - Kalvora shares fell 9% by 1030 GMT.",
                        "\"Nobody told them,\" said Dr Ana Ilvescu, a GP in the village of Dorvani.",
                        "Farmers were paid 300 CFA francs per kilogram."))
                .extracting(Entity::text)
                .doesNotContain("GMT", "GP", "CFA");
    }

    @Test
    void shouldTakeANameBeforeConstituencyForAPlace() {
        assertThat(article(
                        "ACCRA, Feb 3 (Volta Wire) - The ruling party won the Ofrasu-Kedem constituency on Tuesday."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Ofrasu-Kedem", EntityType.LOCATION));
    }
}
