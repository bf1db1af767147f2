package io.newsflow.tagger.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DetokenizerTest {

    @Test
    void shouldWriteTokensAsRunningTextAndKeepTheirOffsets() {
        final List<String> tokens = List.of(
                "“", "We", "won", ",", "”", "Kenya", "'s", "Ruth", "Akinyi", "said", "(", "in", "Nairobi", ")", "for",
                "$", "5", "million", ".");
        final Detokenizer.Text text = Detokenizer.join(tokens);
        assertThat(text.text()).isEqualTo("“We won,” Kenya's Ruth Akinyi said (in Nairobi) for $5 million.");
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(text.text().substring(text.starts()[i], text.ends()[i])).isEqualTo(tokens.get(i));
        }
    }

    @Test
    void shouldJoinHyphensAndPairStraightQuotes() {
        assertThat(Detokenizer.join(List.of("Kim", "Jong", "-", "un", "said", "\"", "no", "\"", "."))
                        .text())
                .isEqualTo("Kim Jong-un said \"no\".");
    }
}
