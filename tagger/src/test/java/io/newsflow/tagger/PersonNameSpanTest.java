package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a person's name ends: generation suffixes, epithets, hyphenated Arabic particles, the pronoun "I". */
class PersonNameSpanTest {

    private static final EntityTagger TAGGER = RuleBasedEntityTagger.loadDefault();

    private static List<Entity> tag(final String text) {
        return TAGGER.tag(text);
    }

    @Test
    void shouldKeepAGenerationSuffixAfterACommaInTheName() {
        assertThat(tag("Marcus Delano Knight, Jr. opened the hearing."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Marcus Delano Knight, Jr.", EntityType.PERSON));
    }

    @Test
    void shouldNotCutATitleWordThatEndsAGivenName() {
        assertThat(tag("Paul Robert King, Sr. was a farmer."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Paul Robert King, Sr.", EntityType.PERSON));
    }

    @Test
    void shouldKeepAnEpithetInTheName() {
        assertThat(tag("A portrait by Anselm Holbach the Elder was sold."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Anselm Holbach the Elder", EntityType.PERSON));
        assertThat(tag("The treaty was signed by Louis the German."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Louis the German", EntityType.PERSON));
    }

    @Test
    void shouldNotTakeANationalityBeforeANounForAnEpithet() {
        assertThat(tag("She told John the Chinese government had agreed."))
                .extracting(Entity::text)
                .containsExactly("John", "Chinese");
    }

    @Test
    void shouldJoinAHyphenatedArabicParticleToTheFamilyName() {
        assertThat(tag("Khalid al-Harbi said the talks would resume."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Khalid al-Harbi", EntityType.PERSON));
    }

    @Test
    void shouldReadIBeforeAVerbAsThePronoun() {
        assertThat(tag("In Lyon I did see some people with phones."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Lyon", EntityType.LOCATION));
    }

    @Test
    void shouldReadIAfterATitleOrBeforeAPrepositionAsARegnalNumber() {
        assertThat(tag("Henry I of England ruled for decades."))
                .extracting(Entity::text)
                .contains("Henry I");
        assertThat(tag("The Thracian king Berisades I accepted the treaty."))
                .extracting(Entity::text, Entity::type)
                .contains(tuple("Berisades I", EntityType.PERSON));
        assertThat(tag("The council replaced Berisades I with his nephew."))
                .extracting(Entity::text)
                .contains("Berisades I");
    }

    @Test
    void shouldTakeAnOccupationOpeningTheSentenceOutOfTheName() {
        assertThat(tag("Economist Sarah Lind argues that the siege failed."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Sarah Lind", EntityType.PERSON));
    }
}
