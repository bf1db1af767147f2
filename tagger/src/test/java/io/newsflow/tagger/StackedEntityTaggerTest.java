package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped model on our own test articles: what it may change about the rules' output, and what it may not. */
class StackedEntityTaggerTest {

    private static StackedEntityTagger stacked;
    private static RuleBasedEntityTagger rules;

    @BeforeAll
    static void load() {
        stacked = StackedEntityTagger.loadDefault();
        rules = RuleBasedEntityTagger.loadDefault();
    }

    @Test
    void shouldKeepTheRulesAmountsDatesAndNumbersUnchanged() {
        for (final String name : List.of(
                "business-acquisition.txt",
                "local-council-budget.txt",
                "sports-cup-semifinal.txt",
                "health-walking-study.txt")) {
            final ArticleText article = TestArticles.load(name);
            final List<List<Entity>> fromRules = rules.tag(article);
            final List<List<Entity>> fromStack = stacked.tag(article);
            assertThat(fromStack).hasSameSizeAs(fromRules);
            for (int p = 0; p < fromRules.size(); p++) {
                assertThat(quantities(fromStack.get(p)))
                        .as(name + " paragraph " + p)
                        .isEqualTo(quantities(fromRules.get(p)));
            }
        }
    }

    @Test
    void shouldKeepTheRulesMiscNames() {
        // the annotated news the model learns from leaves nationalities unlabelled, so its O must not drop them
        final ArticleText article = ArticleText.parse("""
                Talks resume in Geneva

                Russian and Ukrainian negotiators met European mediators in Geneva on Monday.

                The Swedish foreign minister, Maria Lindqvist, said the French proposal was still on the table.
                """);
        final List<String> fromRules = misc(rules.tag(article));
        assertThat(fromRules).contains("Russian", "Ukrainian", "Swedish");
        assertThat(misc(stacked.tag(article))).containsAll(fromRules);
    }

    private static List<String> misc(final List<List<Entity>> paragraphs) {
        return paragraphs.stream()
                .flatMap(List::stream)
                .filter(e -> e.type() == EntityType.MISC)
                .map(Entity::text)
                .toList();
    }

    @Test
    void shouldNeverReturnOverlappingEntitiesOrLowerCaseOrFunctionWordNames() {
        for (final String name : List.of(
                "business-acquisition.txt",
                "local-council-budget.txt",
                "sports-cup-semifinal.txt",
                "health-walking-study.txt")) {
            for (final List<Entity> paragraph : stacked.tag(TestArticles.load(name))) {
                for (int i = 1; i < paragraph.size(); i++) {
                    assertThat(paragraph.get(i).start())
                            .as(name)
                            .isGreaterThanOrEqualTo(paragraph.get(i - 1).end());
                }
                for (final Entity e : paragraph) {
                    if (NerLabels.typeOf(e.type()) >= 0) {
                        assertThat(Character.isLowerCase(e.text().charAt(0)))
                                .as(e.toString())
                                .isFalse();
                        assertThat(e.text()).isNotIn("He", "She", "They", "It", "The", "His", "Her");
                    }
                }
            }
        }
    }

    @Test
    void shouldDecodeOnlyValidBioSequences() {
        final ArticleText article = TestArticles.load("sports-cup-semifinal.txt");
        final List<List<Token>> tokens = new ArrayList<>();
        final List<List<Entity>> ruled = rules.tag(article, tokens);
        final LabelledText[] texts =
                LabelledText.of(article.paragraphs(), tokens, ruled, new TokenFeatures(Lexicon.loadDefault()));
        for (final LabelledText text : texts) {
            final float[] confidence = new float[text.tokens.size()];
            final int[] labels = stacked.decode(text, confidence);
            int previous = NerLabels.O;
            for (int i = 0; i < labels.length; i++) {
                assertThat(NerLabels.allowed(previous, labels[i])).isTrue();
                assertThat(confidence[i]).isBetween(0f, 1f);
                previous = labels[i];
            }
        }
    }

    @Test
    void shouldResolveAPersonsShortFormToTheFullNameInTheArticle() {
        final List<List<Entity>> tagged = stacked.tag(new ArticleText(
                null,
                List.of(),
                List.of(
                        "Prime Minister Margit Tervonen arrived in Tallinn on Monday.",
                        "Tervonen said the talks would continue.")));
        assertThat(tagged.get(1))
                .filteredOn(e -> e.text().equals("Tervonen"))
                .extracting(Entity::canonical)
                .containsExactly("Margit Tervonen");
    }

    @Test
    void shouldRetypeOnlyWhenSure() {
        assertThat(StackedEntityTagger.mayRetype(EntityType.PERSON, EntityType.ORGANIZATION, 0.95))
                .isTrue();
        assertThat(StackedEntityTagger.mayRetype(EntityType.LOCATION, EntityType.ORGANIZATION, 0.95))
                .isTrue();
        assertThat(StackedEntityTagger.mayRetype(EntityType.LOCATION, EntityType.ORGANIZATION, 0.5))
                .isFalse();
        assertThat(StackedEntityTagger.mayRetype(EntityType.ORGANIZATION, EntityType.PERSON, 0.95))
                .isTrue();
        assertThat(StackedEntityTagger.mayRetype(EntityType.ORGANIZATION, EntityType.PERSON, 0.8))
                .isFalse();
        assertThat(StackedEntityTagger.mayRetype(EntityType.ORGANIZATION, EntityType.ORGANIZATION, 1.0))
                .isFalse();
    }

    private static final Lexicon LEXICON = Lexicon.loadDefault();

    @Test
    void shouldKeepANaturalFeatureTheRulesFoundAPlace() {
        assertThat(StackedEntityTagger.isNaturalFeature(LEXICON, place("Korvane Mountains")))
                .isTrue();
        assertThat(StackedEntityTagger.isNaturalFeature(LEXICON, place("River Tallow")))
                .isTrue();
        // a town or a country may stand for its team or government
        assertThat(StackedEntityTagger.isNaturalFeature(LEXICON, place("Korvane")))
                .isFalse();
        assertThat(StackedEntityTagger.isNaturalFeature(LEXICON, place("New Korvane")))
                .isFalse();
        assertThat(StackedEntityTagger.isNaturalFeature(
                        LEXICON,
                        new Entity(
                                "Lake Tallow Rovers", EntityType.ORGANIZATION, 0, 18, "Lake Tallow Rovers", 0.8, null)))
                .isFalse();
    }

    private static Entity place(final String name) {
        return new Entity(name, EntityType.LOCATION, 0, name.length(), name, 0.9, null);
    }

    private static List<Entity> quantities(final List<Entity> entities) {
        return entities.stream().filter(e -> NerLabels.typeOf(e.type()) < 0).toList();
    }
}
