package io.newsflow.contract.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingTest {

    private enum Mode {
        TAG,
        DROP,
        OFF
    }

    @Test
    void shouldReadTheDefaultWhenTheVariableIsAbsentOrBlank() {
        final Setting<Duration> age = Setting.millis("NEWSFLOW_TEST_AGE_MS", "250");

        assertThat(age.from(Map.of())).isEqualTo(Duration.ofMillis(250));
        assertThat(age.from(Map.of("NEWSFLOW_TEST_AGE_MS", "  "))).isEqualTo(Duration.ofMillis(250));
        assertThat(age.from(Map.of("NEWSFLOW_TEST_AGE_MS", " 40 "))).isEqualTo(Duration.ofMillis(40));
        assertThat(age.defaultText()).isEqualTo("250");
    }

    @Test
    void shouldNameTheVariableTheValueAndWhatIsExpectedWhenAValueDoesNotParse() {
        assertThatThrownBy(() ->
                        Setting.millis("NEWSFLOW_TEST_AGE_MS", "250").from(Map.of("NEWSFLOW_TEST_AGE_MS", "soon")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NEWSFLOW_TEST_AGE_MS=soon: must be a whole number of milliseconds");
        assertThatThrownBy(() ->
                        Setting.duration("NEWSFLOW_TEST_WINDOW", "P7D").from(Map.of("NEWSFLOW_TEST_WINDOW", "7 days")))
                .hasMessageStartingWith("NEWSFLOW_TEST_WINDOW=7 days: must be an ISO-8601 duration");
        assertThatThrownBy(() ->
                        Setting.integer("NEWSFLOW_TEST_COUNT", "1").from(Map.of("NEWSFLOW_TEST_COUNT", "99999999999")))
                .hasMessage("NEWSFLOW_TEST_COUNT=99999999999: must be a whole number");
    }

    @Test
    void shouldChooseAnEnumConstantInAnyCaseAndListTheAllowedOnes() {
        final Setting<Mode> mode = Setting.choice("NEWSFLOW_TEST_MODE", Mode.class, "tag");

        assertThat(mode.from(Map.of())).isEqualTo(Mode.TAG);
        assertThat(mode.from(Map.of("NEWSFLOW_TEST_MODE", "Drop"))).isEqualTo(Mode.DROP);
        assertThatThrownBy(() -> mode.from(Map.of("NEWSFLOW_TEST_MODE", "merge")))
                .hasMessage("NEWSFLOW_TEST_MODE=merge: must be one of tag, drop, off");
    }

    @Test
    void shouldGiveACustomParsersReasonAndLetADerivedDefaultStandIn() {
        final Setting<Integer> even = Setting.of("NEWSFLOW_TEST_EVEN", null, "an even number", value -> {
            final int parsed = Integer.parseInt(value);
            if (parsed % 2 != 0) {
                throw new IllegalArgumentException(parsed + " is odd");
            }
            return parsed;
        });

        assertThat(even.from(Map.of())).isNull();
        assertThat(even.from(Map.of(), 8)).isEqualTo(8);
        assertThat(even.optional(Map.of())).isEmpty();
        assertThatThrownBy(() -> even.from(Map.of("NEWSFLOW_TEST_EVEN", "3")))
                .hasMessage("NEWSFLOW_TEST_EVEN=3: must be an even number (3 is odd)");
    }

    @Test
    void shouldLetOverridesWinAndKeepSecretsVerbatim() {
        final Map<String, String> vars = Setting.layered(
                Map.of("NEWSFLOW_TEST_DIR", "/env", "NEWSFLOW_TEST_PW", " a "), Map.of("NEWSFLOW_TEST_DIR", "/flag"));

        assertThat(Setting.path("NEWSFLOW_TEST_DIR", "./inbox").from(vars)).isEqualTo(Path.of("/flag"));
        assertThat(Setting.text("NEWSFLOW_TEST_PW", null).verbatim(vars)).isEqualTo(" a ");
        assertThat(Setting.text("NEWSFLOW_TEST_PW", null).from(vars)).isEqualTo("a");
    }

    @Test
    void shouldRefuseADefaultThatDoesNotParseAndANameThatIsNoSetting() {
        assertThatThrownBy(() -> Setting.integer("NEWSFLOW_TEST_COUNT", "one"))
                .hasMessage("NEWSFLOW_TEST_COUNT=one: must be a whole number");
        assertThatThrownBy(() -> Setting.text("inbox", null)).hasMessageContaining("NEWSFLOW_");
    }
}
