package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> texts(final String text) {
        return Tokenizer.tokenize(text).stream().map(t -> t.text).toList();
    }

    @Test
    void shouldKeepInitialismsWholeAndSplitTheHyphenAfterThem() {
        assertThat(texts("the U.S.-proposed deal")).containsExactly("the", "U.S.", "-", "proposed", "deal");
    }

    @Test
    void shouldSplitThePossessiveOffNamesWithStraightAndCurlyApostrophes() {
        assertThat(texts("Zelenskyy's plan and Rutte’s visit"))
                .containsExactly("Zelenskyy", "'s", "plan", "and", "Rutte", "’s", "visit");
        assertThat(Tokenizer.tokenize("Rutte’s").get(1).kind).isEqualTo(Token.Kind.POSSESSIVE);
    }

    @Test
    void shouldKeepApostrophesInsideNames() {
        assertThat(texts("O'Brien didn't")).containsExactly("O'Brien", "didn't");
    }

    @Test
    void shouldSplitCitationMarkerGluedToTheLastWord() {
        final List<Token> tokens = Tokenizer.tokenize("needs Kyiv Independent1. Next");
        assertThat(tokens).extracting(t -> t.text).containsExactly("needs", "Kyiv", "Independent", "1", ".", "Next");
        assertThat(tokens.get(3).kind).isEqualTo(Token.Kind.CITATION);
        assertThat(tokens.get(5).sentenceStart).isTrue();
    }

    @Test
    void shouldNotSplitModelNumbersAsCitations() {
        assertThat(texts("the G7 and an F35")).containsExactly("the", "G7", "and", "an", "F35");
    }

    @Test
    void shouldSplitCurrencySignsAndScalesFromAmounts() {
        assertThat(texts("A$160m, €20bn and $1.5 million"))
                .containsExactly("A$", "160", "m", ",", "€", "20", "bn", "and", "$", "1.5", "million");
    }

    @Test
    void shouldKeepThousandsSeparatorsAndDecimalsInNumerals() {
        assertThat(texts("150,000 troops, 7.5%")).containsExactly("150,000", "troops", ",", "7.5", "%");
    }

    @Test
    void shouldTreatDashesAndCurlyQuotesAsTokensOfTheirOwn() {
        assertThat(texts("months – a “massive” attack—again"))
                .containsExactly("months", "–", "a", "“", "massive", "”", "attack", "—", "again");
    }

    @Test
    void shouldKeepAbbreviationPeriodsButSplitSentenceEnds() {
        assertThat(texts("Mr. Smith left. Dr. Jones stayed."))
                .containsExactly("Mr.", "Smith", "left", ".", "Dr.", "Jones", "stayed", ".");
    }

    @Test
    void shouldMarkSentenceAndQuotationStarts() {
        final List<Token> tokens = Tokenizer.tokenize("He said: “This is outrageous.” Rutte agreed.");
        assertThat(tokens)
                .filteredOn(t -> t.sentenceStart)
                .extracting(t -> t.text)
                .containsExactly("He", "This", "Rutte");
    }

    @Test
    void shouldGiveOffsetsThatCutTheTokenTextOutOfTheLine() {
        final String line = "  NATO’s €20 billion pledge — in Odesa, U.S. officials said 2014’s deal failed.";
        for (final Token t : Tokenizer.tokenize(line)) {
            assertThat(line.substring(t.start, t.end)).isEqualTo(t.text);
        }
    }
}
