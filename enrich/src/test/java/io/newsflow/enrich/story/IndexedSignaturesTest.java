package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IndexedSignaturesTest {

    private final Random random = new Random(5);

    private StoryEntry entry(final int number) {
        final List<String> words = new ArrayList<>();
        for (int w = 0; w < 60; w++) {
            words.add("w" + random.nextInt(10_000));
        }
        final String id = String.format(Locale.ROOT, "%016x", number);
        return new StoryEntry(id, id, 1_000 + number, StorySignature.of(words));
    }

    @Test
    void shouldHoldWhatItWasGivenAcrossGrowthAndRemovalsFromTheFront() {
        final IndexedSignatures indexed = new IndexedSignatures();
        final List<StoryEntry> entries = new ArrayList<>();
        // more than the initial capacity, with the front removed as it goes, so the ring wraps and grows
        for (int i = 0; i < 5_000; i++) {
            entries.add(entry(i));
            indexed.add(i + 7, entries.get(i));
            if (i % 3 == 0) {
                indexed.remove(indexed.first());
            }
        }
        assertThat(indexed.end()).isEqualTo(5_007);
        assertThat(indexed.first()).isEqualTo(7 + 1_667);
        for (long sequence = indexed.first(); sequence < indexed.end(); sequence++) {
            final StoryEntry entry = entries.get((int) sequence - 7);
            assertThat(indexed.contains(sequence)).isTrue();
            assertThat(indexed.epochSecond(sequence)).isEqualTo(entry.epochSecond());
            assertThat(indexed.mayHaveId(sequence, IndexedSignatures.idHash(entry.articleId())))
                    .isTrue();
            assertThat(indexed.similarity(sequence, entry.signature().toBytes()))
                    .isEqualTo(1.0);
            assertThat(indexed.bandKey(sequence, 5)).isEqualTo(entry.signature().bandKey(5));
        }
        assertThat(indexed.contains(indexed.first() - 1)).isFalse();
        assertThat(indexed.contains(indexed.end())).isFalse();
    }

    /**
     * The band entries in memory answer what a scan of every held article's band keys would: through the ring's
     * growth (the entries are made again for the new slots), removals from the front (linear probing's deletion
     * moves entries back) and articles that share band keys (runs of equal keys in the table).
     */
    @Test
    void shouldFindExactlyTheHeldArticlesThatShareABandKey() {
        final IndexedSignatures indexed = new IndexedSignatures();
        final List<StoryEntry> entries = new ArrayList<>();
        final List<String> base = new ArrayList<>();
        for (int w = 0; w < 60; w++) {
            base.add("w" + random.nextInt(10_000));
        }
        for (int i = 0; i < 3_000; i++) {
            // one in four a changed copy of one body, so that many articles share band keys
            final StoryEntry entry;
            if (i % 4 == 0) {
                final List<String> copy = new ArrayList<>(base);
                copy.set(random.nextInt(copy.size()), "x" + i);
                final String id = String.format(Locale.ROOT, "%016x", i);
                entry = new StoryEntry(id, id, i, StorySignature.of(copy));
            } else {
                entry = entry(i);
            }
            entries.add(entry);
            indexed.add(i, entry);
            if (i % 2 == 0) {
                indexed.remove(indexed.first());
            }
            if (i % 500 == 499) {
                for (final int probe : new int[] {i, i - 1, 0, 4 * (i / 8)}) {
                    final byte[] signature = entries.get(probe).signature().toBytes();
                    final List<Long> expected = new ArrayList<>();
                    for (long sequence = indexed.first(); sequence < indexed.end(); sequence++) {
                        if (indexed.contains(sequence) && sharesABand(entries.get((int) sequence), signature)) {
                            expected.add(sequence);
                        }
                    }
                    final int found = indexed.candidates(signature);
                    final List<Long> candidates = new ArrayList<>();
                    for (int c = 0; c < found; c++) {
                        candidates.add(indexed.candidate(c));
                    }
                    assertThat(candidates).isEqualTo(expected);
                }
            }
        }
        // the copies keep finding each other, and the removed ones are not found
        final int found = indexed.candidates(entries.get(2_996).signature().toBytes());
        assertThat(found).isGreaterThan(100);
        for (int c = 0; c < found; c++) {
            assertThat(indexed.candidate(c)).isGreaterThanOrEqualTo(indexed.first());
        }
        // everything removed: nothing is found
        while (indexed.first() < indexed.end()) {
            indexed.remove(indexed.first());
        }
        assertThat(indexed.candidates(entries.get(2_996).signature().toBytes())).isZero();
    }

    private static boolean sharesABand(final StoryEntry entry, final byte[] signature) {
        for (int band = 0; band < StorySignature.BANDS; band++) {
            if (entry.signature().bandKey(band) == StorySignature.bandKey(signature, 0, band)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void shouldSkipGapsAndRefuseToGoBack() {
        final IndexedSignatures indexed = new IndexedSignatures();
        indexed.add(10, entry(1));
        indexed.add(13, entry(2));
        assertThat(indexed.contains(11)).isFalse();
        assertThat(indexed.contains(13)).isTrue();

        indexed.remove(10);
        assertThat(indexed.first()).isEqualTo(13);
        assertThatThrownBy(() -> indexed.add(12, entry(3))).isInstanceOf(IllegalArgumentException.class);

        indexed.clear();
        assertThat(indexed.first()).isEqualTo(indexed.end());
        indexed.add(2, entry(4));
        assertThat(indexed.first()).isEqualTo(2);
    }
}
