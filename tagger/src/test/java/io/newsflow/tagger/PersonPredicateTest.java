package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Predicates only people have make a lone name a person, even one that is also an English word; two dictionary words
 * without a given name are no person.
 */
class PersonPredicateTest {

    private static final EntityTagger TAGGER = RuleBasedEntityTagger.loadDefault();

    private static List<Entity> tag(final String text) {
        return TAGGER.tag(text);
    }

    @Test
    void shouldTakeTheSubjectOfAPersonVerbForAPerson() {
        assertThat(tag("Stern was born in a small village."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Stern", EntityType.PERSON));
        assertThat(tag("Stone starred in a comedy last year."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Stone", EntityType.PERSON));
    }

    @Test
    void shouldNotReportASentenceInitialEnglishWordWithoutSuchAPredicate() {
        assertThat(tag("Stone walls were built.")).extracting(Entity::text).doesNotContain("Stone");
    }

    @Test
    void shouldTakeANameWithAFamilyForAPerson() {
        assertThat(tag("Stern has a brother who draws comics."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Stern", EntityType.PERSON));
    }

    @Test
    void shouldTakeANameAfterAQuoteAndASpeechVerbForAPerson() {
        assertThat(tag("\"We noticed it late,\" says Green."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Green", EntityType.PERSON));
    }

    @Test
    void shouldTakeANameWithAnAgeAfterNowForAPerson() {
        assertThat(tag("Two years later, Okafor, now 31, is on trial."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Okafor", EntityType.PERSON));
    }

    @Test
    void shouldNotTakeTwoDictionaryWordsForAPerson() {
        assertThat(tag("Crowds gathered before Labour Day."))
                .extracting(Entity::text, Entity::type)
                .doesNotContain(tuple("Labour Day", EntityType.PERSON));
    }
}
