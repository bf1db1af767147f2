package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingDetectorTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Turning Point After the Break",
                "What Comes Next for Both Clubs",
                "Quarterly Results Beat Expectations",
                "Why the Finding Matters",
                "Methods and Limitations",
                "Market Reaction: Investors Rotate Into Utilities",
                "2025 Outlook: Rates, Risks and the Housing Market",
                "Post-Season Review",
                "BY THE NUMBERS",
                "Conclusion"
            })
    void shouldTreatShortTitleLineAsHeading(final String line) {
        assertThat(HeadingDetector.isHeading(line)).isTrue();
    }

    @Test
    void shouldNotTreatShortSentenceEndingWithPeriodAsHeading() {
        assertThat(HeadingDetector.isHeading("Ferreira Did the Rest.")).isFalse();
        assertThat(HeadingDetector.isHeading("Shares Fell Sharply.")).isFalse();
    }

    @Test
    void shouldNotTreatQuotedShortSentenceAsHeading() {
        assertThat(HeadingDetector.isHeading("\"We Never Stopped Believing\"")).isFalse();
        assertThat(HeadingDetector.isHeading("“This Changes Everything” Says Chief Scientist"))
                .isFalse();
        assertThat(HeadingDetector.isHeading("Coach Calls Win ‘Deserved’ After Late Goal"))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Is It Over?",
                "What a Night!",
                "Prices, Wages, Rents,",
                "First, the Good News:",
                "And Then There Were None…",
                "Revenue Rose and Costs Fell;"
            })
    void shouldNotTreatLineWithClosingPunctuationAsHeading(final String line) {
        assertThat(HeadingDetector.isHeading(line)).isFalse();
    }

    @Test
    void shouldNotTreatSentenceCaseLineAsHeading() {
        assertThat(HeadingDetector.isHeading("The match was postponed because of snow"))
                .isFalse();
        assertThat(HeadingDetector.isHeading("the authors caution that contamination cannot be ruled out"))
                .isFalse();
    }

    @Test
    void shouldNotTreatLongTitleCaseLineAsHeading() {
        assertThat(HeadingDetector.isHeading(
                        "Harbour City Snatch Late Derby Win as Rovers Collapse in Stoppage Time After Ferreira Scores "
                                + "Twice Off the Bench"))
                .isFalse();
    }

    @Test
    void shouldIgnoreMinorWordsAndNumbersWhenJudgingTitleCase() {
        assertThat(HeadingDetector.isHeading("Lessons from the 2008 Crash and the €20 Billion Rescue"))
                .isTrue();
    }

    @Test
    void shouldNotTreatBlankLineAsHeading() {
        assertThat(HeadingDetector.isHeading("   ")).isFalse();
    }
}
