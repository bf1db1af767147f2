package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
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
        assertThat(signature.toBytes()).hasSize(StorySignature.HASHES * 2);
        assertThat(signature.bandKey(0)).isNotEqualTo(signature.bandKey(1));
    }

    @Test
    void shouldNotCompareBodiesTooShortToTellAStory() {
        assertThat(StorySignature.of(List.of("strike", "ends", "in", "rotterdam"))).isNull();
    }

    @Test
    void shouldStoreAnEntryInTwoHundredAndOneBytes() {
        final StoryEntry entry = new StoryEntry("a1b2c3d4e5f60718", StorySignature.of(words(4, 50)));
        final byte[] bytes = StoryEntry.serde().serializer().serialize("t", entry);

        assertThat(bytes).hasSize(201);
        assertThat(StoryEntry.serde().deserializer().deserialize("t", bytes)).isEqualTo(entry);
        final StoryEntry foreign = new StoryEntry("feed:item/42", StorySignature.of(words(4, 50)));
        assertThat(StoryEntry.serde().deserializer().deserialize("t",
                StoryEntry.serde().serializer().serialize("t", foreign))).isEqualTo(foreign);
    }
}
