package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListsTest {

    @Test
    void shouldAnswerForEveryListWhatItsOwnSetWould() {
        final Random random = new Random(11);
        final List<Set<String>> lists = List.of(new HashSet<>(), new HashSet<>(), new HashSet<>());
        final Set<String> all = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            final String word = word(random);
            all.add(word);
            for (int l = 0; l < lists.size(); l++) {
                if (random.nextInt(3) == 0) {
                    lists.get(l).add(word);
                }
            }
        }
        // "Aa" and "BB" share a hash code, as do "AaAa", "AaBB", "BBAa" and "BBBB": they must not answer for each other
        lists.get(0).addAll(List.of("Aa", "AaAa", "BBBB"));
        lists.get(1).addAll(List.of("BB", "AaBB"));
        all.addAll(List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB", "", "absent", "Genk"));
        final WordLists table = new WordLists.Builder()
                .add(1, lists.get(0))
                .add(1 << 1, lists.get(1))
                .add(1 << 2, lists.get(2))
                .build();

        for (final String word : all) {
            int expected = 0;
            for (int l = 0; l < lists.size(); l++) {
                expected |= lists.get(l).contains(word) ? 1 << l : 0;
            }
            assertThat(table.lists(word)).as(word).isEqualTo(expected);
        }
        assertThat(table.lists("BBAa")).isZero();
        assertThat(table.lists("AaBB")).isEqualTo(1 << 1);
    }

    @Test
    void shouldAnswerZeroFromAnEmptyTable() {
        assertThat(new WordLists.Builder().build().lists("anything")).isZero();
    }

    private static String word(final Random random) {
        final char[] chars = new char[1 + random.nextInt(8)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ('a' + random.nextInt(6));
        }
        return new String(chars);
    }
}
