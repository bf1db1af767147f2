package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StorySignatureTest {

    private static List<String> words(final long seed, final int count) {
        final Random random = new Random(seed);
        final List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add("w" + random.nextInt(50_000));
        }
        return words;
    }

    @Test
    void shouldEstimateTheJaccardSimilarityOfTheShingles() {
        final List<String> text = words(1, 400);
        // keeping the first 300 words of 400: 298 of the 398 shingles are shared, Jaccard 0.749
        final StorySignature whole = StorySignature.of(text);
        final StorySignature trimmed = StorySignature.of(text.subList(0, 300));

        assertThat(whole.similarity(trimmed)).isCloseTo(298.0 / 398, within(0.15));
        assertThat(whole.similarity(StorySignature.of(words(2, 400)))).isLessThan(0.05);
        assertThat(whole.similarity(whole)).isEqualTo(1.0);
    }

    @Test
    void shouldBeTheSameOnEveryRunAndSurviveItsBytes() {
        final StorySignature signature = StorySignature.of(words(3, 120));

        assertThat(StorySignature.of(words(3, 120))).isEqualTo(signature);
        assertThat(StorySignature.fromBytes(signature.toBytes())).isEqualTo(signature);
        assertThat(signature.toBytes()).hasSize(112).hasSize(StorySignature.BYTES);
        assertThat(signature.bandKey(0)).isNotEqualTo(signature.bandKey(1));
    }

    /** The packed comparison counts agreeing values eight bytes at a time: it must count exactly as the values do. */
    @Test
    void shouldCountAgreementsInThePackedBytesExactlyAsInTheValues() {
        final Random random = new Random(17);
        for (int pair = 0; pair < 2_000; pair++) {
            // from no value in common to all of them, with values that differ in one bit only
            final double agree = random.nextDouble();
            final short[] one = new short[StorySignature.HASHES];
            final short[] other = new short[StorySignature.HASHES];
            for (int i = 0; i < one.length; i++) {
                final int bits = i < StorySignature.BAND_VALUES ? 16 : StorySignature.LOW_BITS;
                one[i] = (short) random.nextInt(1 << bits);
                other[i] = random.nextDouble() < agree
                        ? one[i]
                        : (short)
                                (random.nextBoolean()
                                        ? one[i] ^ (1 << random.nextInt(bits))
                                        : random.nextInt(1 << bits));
            }
            final StorySignature a = new StorySignature(one);
            final StorySignature b = new StorySignature(other);
            final byte[] packed = new byte[5 + StorySignature.BYTES];
            System.arraycopy(a.toBytes(), 0, packed, 5, StorySignature.BYTES);
            assertThat(StorySignature.similarity(packed, 5, b.toBytes(), 0)).isEqualTo(a.similarity(b));
        }
    }

    @Test
    void shouldEstimateAndBandThePackedBytesAsTheValues() {
        final List<String> text = words(7, 300);
        final StorySignature one = StorySignature.of(text);
        final StorySignature other = StorySignature.of(text.subList(40, 300));
        final byte[] packed = new byte[3 + StorySignature.BYTES];
        System.arraycopy(one.toBytes(), 0, packed, 3, StorySignature.BYTES);

        for (final StorySignature compared : List.of(one, other, StorySignature.of(words(8, 300)))) {
            assertThat(StorySignature.similarity(packed, 3, compared.toBytes(), 0))
                    .isEqualTo(one.similarity(compared));
        }
        for (int band = 0; band < StorySignature.BANDS; band++) {
            assertThat(StorySignature.bandKey(packed, 3, band)).isEqualTo(one.bandKey(band));
        }
    }

    @Test
    void shouldNotCompareBodiesTooShortToTellAStory() {
        assertThat(StorySignature.of(List.of("strike", "ends", "in", "rotterdam")))
                .isNull();
    }

    @Test
    void shouldTakeChanceAgreementsOfTheShortValuesOut() {
        // unrelated bodies agree by chance in about 6 of the 96 four-bit values: without the correction they would
        // measure about 0.05, with it about 0
        double sum = 0;
        for (int seed = 10; seed < 60; seed++) {
            sum += StorySignature.of(words(seed, 300)).similarity(StorySignature.of(words(seed + 1000, 300)));
        }
        assertThat(sum / 50).isLessThan(0.02);
        final short[] values = StorySignature.of(words(5, 100)).values().clone();
        values[StorySignature.BAND_VALUES] = 16;
        assertThatThrownBy(() -> new StorySignature(values)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldStoreAnEntryInAHundredAndTwentySixBytes() {
        final StorySignature signature = StorySignature.of(words(4, 50));
        final StoryEntry entry = new StoryEntry("a1b2c3d4e5f60718", "a1b2c3d4e5f60718", 1_772_532_000L, signature);
        final byte[] bytes = StoryEntry.serde().serializer().serialize("t", entry);

        assertThat(bytes).hasSize(126);
        assertThat(StoryEntry.serde().deserializer().deserialize("t", bytes)).isEqualTo(entry);
        final StoryEntry copy = new StoryEntry("0000000000000001", "a1b2c3d4e5f60718", 4_294_967_295L, signature);
        assertThat(StoryEntry.serde().serializer().serialize("t", copy)).hasSize(135);
        assertThat(roundTrip(copy)).isEqualTo(copy);
        final StoryEntry foreign = new StoryEntry("feed:item/42", "feed:item/41", 0, signature);
        assertThat(roundTrip(foreign)).isEqualTo(foreign);
        final StoryEntry longId = new StoryEntry("x".repeat(300), "x".repeat(300), 7, signature);
        assertThat(roundTrip(longId)).isEqualTo(longId);
    }

    private static StoryEntry roundTrip(final StoryEntry entry) {
        return StoryEntry.serde()
                .deserializer()
                .deserialize("t", StoryEntry.serde().serializer().serialize("t", entry));
    }
}
