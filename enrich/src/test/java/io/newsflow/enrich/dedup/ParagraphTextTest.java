package io.newsflow.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphTextTest {

    @Test
    void shouldIgnoreCaseWhitespaceAndEdgePunctuation() {
        assertThat(ParagraphText.normalise("  NATO Chief Rutte\tMakes   Surprise Visit. "))
                .isEqualTo(ParagraphText.normalise("nato chief rutte makes surprise visit"))
                .isEqualTo("nato chief rutte makes surprise visit");
    }

    @Test
    void shouldApplyCompatibilityNormalisation() {
        assertThat(ParagraphText.normalise("Ｒｕｔｔｅ\u00A0visits\u2003Odesa…")).isEqualTo("rutte visits odesa");
        assertThat(ParagraphText.normalise("ﬁnal")).isEqualTo("final");
    }

    @Test
    void shouldKeepInnerPunctuationAndSymbols() {
        assertThat(ParagraphText.normalise("Pledges €20 Billion, then €30."))
                .isEqualTo("pledges €20 billion, then €30");
        assertThat(ParagraphText.normalise("«Quoted»")).isEqualTo("quoted");
    }

    @Test
    void shouldFoldCaseIndependentlyOfTheDefaultLocale() {
        assertThat(ParagraphText.normalise("ISTANBUL TITLE")).isEqualTo("istanbul title");
    }
}
