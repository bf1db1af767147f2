package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.testing.RandomText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StoryTextTest {

    @Test
    void shouldLeaveOutDatelinesOfEveryShape() {
        assertThat(StoryText.withoutDateline("ROTTERDAM, March 3 (Reuters) - Dockworkers struck."))
                .isEqualTo("Dockworkers struck.");
        assertThat(StoryText.withoutDateline("ROTTERDAM — Dockworkers struck.")).isEqualTo("Dockworkers struck.");
        assertThat(StoryText.withoutDateline("THE HAGUE (AP) – Talks resumed.")).isEqualTo("Talks resumed.");
    }

    @Test
    void shouldKeepSentencesThatOnlyLookLikeDatelines() {
        assertThat(StoryText.withoutDateline("Rotterdam - the port - was quiet."))
                .isEqualTo("Rotterdam - the port - was quiet.");
        assertThat(StoryText.withoutDateline("The FNV union said about 4,000 joined."))
                .isEqualTo("The FNV union said about 4,000 joined.");
    }

    @Test
    void shouldLeaveOutCreditLinesButNotSentencesAboutBylines() {
        assertThat(StoryText.isCreditLine("Reporting by Bart Meijer; Editing by Mark Potter"))
                .isTrue();
        assertThat(StoryText.isCreditLine("(Additional reporting by Toby Sterling in Amsterdam)"))
                .isTrue();
        assertThat(StoryText.isCreditLine("By Anna Holligan")).isTrue();
        assertThat(StoryText.isCreditLine("By Tuesday evening 23 ships were waiting at anchor outside the port,"
                        + " the authority said, and more were expected to arrive through the night from Asia and the"
                        + " Americas as the strike went on."))
                .isFalse();
    }

    @Test
    void shouldCompareCaseFoldedWordsOnly() {
        assertThat(StoryText.words(List.of(
                        "ROTTERDAM (Reuters) - The port's cranes stood STILL, again.", "Reporting by Bart Meijer")))
                .containsExactly("the", "port's", "cranes", "stood", "still", "again");
    }

    @Test
    void shouldKeepOneApostropheWithTheLettersAfterIt() {
        final List<String> words = new ArrayList<>();
        StoryText.addWords("rock'n'roll o’neill's x'1 2'b don''t 's a’ é1'é", words);
        assertThat(words)
                .containsExactly("rock'n", "roll", "o’neill", "s", "x", "1", "2'b", "don", "t", "s", "a", "é1'é");
    }

    /**
     * The scan by hand finds the words the regular expression it replaced found, on random text drawn from letters,
     * digits, apostrophes, punctuation and white space of several scripts, surrogate pairs and lone surrogates.
     */
    @Test
    void shouldFindTheWordsTheRegularExpressionFound() {
        final Pattern word = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?", Pattern.UNICODE_CHARACTER_CLASS);
        final String alphabet = "ab zé\u00DF\u0131\u01C5\u02B0\u05D0\u4E2D\u0301\u0903 0 9\u0663\u00BD\u2160\u00B2"
                + "''’’\u2018`-.,;!?\u00A0\u2028\t\n\u20AC$_\uDC00\uD800";
        for (final String input : RandomText.strings(20_000, alphabet, 0x10400, 0x10428, 0x20000, 0x1D7CE, 0x1F600)) {
            final List<String> expected = new ArrayList<>();
            final Matcher matcher = word.matcher(input);
            while (matcher.find()) {
                expected.add(matcher.group());
            }
            final List<String> found = new ArrayList<>();
            StoryText.addWords(input, found);
            assertThat(found).as(RandomText.described(input)).isEqualTo(expected);
        }
    }
}
