package io.newsflow.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.testing.RandomText;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
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

    @Test
    void shouldCollapseEveryKindOfWhiteSpaceAndTrimEveryKindOfPunctuation() {
        assertThat(ParagraphText.normalise("\u2018\u00BFQu\u00E9?\u2019 \u2028\u0085a\u3000\u3000b\r\n\u3002\u300D"))
                .isEqualTo("qu\u00E9?\u2019 a b");
        assertThat(ParagraphText.normalise(" \t ")).isEmpty();
        assertThat(ParagraphText.normalise("a \u001F b")).isEqualTo("a \u001F b");
    }

    /**
     * The scan by hand gives what the regular expressions it replaced gave, on random text drawn from white space,
     * punctuation and symbols of several scripts, letters that NFKC changes, surrogate pairs and lone surrogates.
     */
    @Test
    void shouldNormaliseAsTheRegularExpressionsDid() {
        final String alphabet = " \t\n\r\u000B\f\u001C\u001F\u0085\u00A0\u1680\u2000\u200A\u200B\u2028\u2029\u202F"
                + "\u205F\u3000\uFEFF.,;:!?'\"()[]{}-_\u2013\u2014\u2018\u2019\u201C\u201D\u00AB\u00BB\u00BF\u00A1"
                + "\u3001\u3002\u300C\u300D\u060C\u061F\u0964$+<=>^`|~\u20AC\u00A9aZ\u00E9\u0130\u0131\u00DF\uFB01"
                + "\uFF21\uFF0E\uFF01\u2126\u212B\u2160\u00BD\u0301\u0435\u05D0\u4E2D1\u0663\uDC00\uD800";
        for (final String input : RandomText.strings(20_000, alphabet, 0x1D400, 0x1D7CE, 0x1F600, 0x10140, 0x1BC9F)) {
            assertThat(ParagraphText.normalise(input))
                    .as(RandomText.described(input))
                    .isEqualTo(RegexNormalisation.normalise(input));
        }
    }

    /** The implementation before the scan by hand, as the reference. */
    private static final class RegexNormalisation {
        private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
        private static final Pattern EDGE_PUNCTUATION =
                Pattern.compile("^[\\p{P}\\s]+|[\\p{P}\\s]+$", Pattern.UNICODE_CHARACTER_CLASS);

        static String normalise(final String text) {
            final String folded =
                    Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            final String collapsed = WHITESPACE.matcher(folded).replaceAll(" ");
            return EDGE_PUNCTUATION.matcher(collapsed).replaceAll("");
        }
    }
}
