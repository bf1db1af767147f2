package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityRecognitionTest {

    private static final EntityTagger TAGGER = RuleBasedEntityTagger.loadDefault();

    private static List<Entity> ofType(final String text, final EntityType type) {
        return TAGGER.tag(text).stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void shouldNormaliseEuroBillions() {
        assertThat(ofType("Allies pledged over €20 billion in aid.", EntityType.MONEY))
                .extracting(Entity::text, Entity::money)
                .containsExactly(tuple("€20 billion", new Money(2.0e10, "EUR")));
    }

    @Test
    void shouldNormaliseAmountsInOtherCurrenciesAndScales() {
        assertThat(ofType(
                        "It paid $1.5 million, A$160 million, £3bn, US$4.2bn and 20 billion euros.", EntityType.MONEY))
                .extracting(Entity::text, Entity::money)
                .containsExactly(
                        tuple("$1.5 million", new Money(1.5e6, "USD")),
                        tuple("A$160 million", new Money(1.6e8, "AUD")),
                        tuple("£3bn", new Money(3e9, "GBP")),
                        tuple("US$4.2bn", new Money(4.2e9, "USD")),
                        tuple("20 billion euros", new Money(2e10, "EUR")));
    }

    @Test
    void shouldRecognisePercentagesWrittenEitherWay() {
        assertThat(ofType("Sales rose 5% and costs 12 per cent, margins 3.5 percent.", EntityType.PERCENT))
                .extracting(Entity::text, Entity::canonical)
                .containsExactly(tuple("5%", "5%"), tuple("12 per cent", "12%"), tuple("3.5 percent", "3.5%"));
    }

    @Test
    void shouldNormaliseDatesToIsoWhereTheTextAllows() {
        assertThat(ofType(
                        "Signed on April 15, 2025, in force from 1 July 2025, reviewed in March 2027, after the "
                                + "2014 deal, results for the first quarter of 2025 came on Tuesday.",
                        EntityType.DATE))
                .extracting(Entity::text, Entity::canonical)
                .containsExactly(
                        tuple("April 15, 2025", "2025-04-15"),
                        tuple("1 July 2025", "2025-07-01"),
                        tuple("March 2027", "2027-03"),
                        tuple("2014", "2014"),
                        tuple("first quarter of 2025", "2025-Q1"),
                        tuple("Tuesday", "Tuesday"));
    }

    @Test
    void shouldReadMayAsAMonthOnlyWhereADateIsMeant() {
        assertThat(ofType("Talks may resume in May, or on May 3.", EntityType.DATE))
                .extracting(Entity::text)
                .containsExactly("May", "May 3");
    }

    @Test
    void shouldTagCountsAsNumbersWithoutTheirModifiers() {
        assertThat(ofType(
                        "The strike killed 36 people, injured nearly 120 and three more; 150,000 troops in 15 "
                                + "divisions and 2000 tanks.",
                        EntityType.NUMBER))
                .extracting(Entity::text, Entity::canonical)
                .containsExactly(
                        tuple("36", "36"),
                        tuple("120", "120"),
                        tuple("three", "3"),
                        tuple("150,000", "150000"),
                        tuple("15", "15"),
                        tuple("2000", "2000"));
    }

    @Test
    void shouldNotReportNumbersInsideMoneyPercentOrDates() {
        assertThat(ofType("€20 billion, 5% and April 15, 2025.", EntityType.NUMBER))
                .isEmpty();
    }

    @Test
    void shouldKeepScoresAndSeasonsWhole() {
        assertThat(TAGGER.tag("They won 2-1 in the 2025-26 season."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("2-1", EntityType.NUMBER), tuple("2025-26", EntityType.DATE));
    }
}
