package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
