package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class PerceptronModelTest {

    @Test
    void shouldScoreTheSameAfterWritingAndReading() throws IOException {
        final PerceptronModel model = new PerceptronModel(12);
        final PerceptronModel.Training training = new PerceptronModel.Training(model);
        final int[] person = {11, 42, 977};
        final int[] place = {11, 5000, 31337};
        for (int i = 0; i < 50; i++) {
            training.update(person, person.length, NerLabels.begin(0), NerLabels.O);
            training.update(place, place.length, NerLabels.begin(2), NerLabels.begin(0));
        }
        final PerceptronModel averaged = training.averaged();

        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        averaged.write(bytes);
        final PerceptronModel read = PerceptronModel.read(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(read.bits).isEqualTo(12);
        for (final int[] features : new int[][] {person, place}) {
            final float[] before = new float[NerLabels.COUNT];
            final float[] after = new float[NerLabels.COUNT];
            averaged.score(features, features.length, before);
            read.score(features, features.length, after);
            for (int l = 0; l < NerLabels.COUNT; l++) {
                // 16-bit quantisation against the largest weight
                assertThat(after[l]).isCloseTo(before[l], offset(0.01f));
            }
            assertThat(argmax(after)).isEqualTo(argmax(before));
        }
        assertThat(argmax(score(read, person))).isEqualTo(NerLabels.begin(0));
        assertThat(argmax(score(read, place))).isEqualTo(NerLabels.begin(2));
    }

    @Test
    void shouldWriteAModelReadBackAsItWasReadAndScoreItTheSame() throws IOException {
        final PerceptronModel model = new PerceptronModel(10);
        final PerceptronModel.Training training = new PerceptronModel.Training(model);
        final Random random = new Random(7);
        final int[] features = new int[40];
        for (int i = 0; i < 300; i++) {
            for (int f = 0; f < features.length; f++) {
                features[f] = random.nextInt();
            }
            training.update(
                    features, features.length, random.nextInt(NerLabels.COUNT), random.nextInt(NerLabels.COUNT));
        }
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        training.averaged().write(bytes);
        final PerceptronModel read = PerceptronModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        final ByteArrayOutputStream again = new ByteArrayOutputStream();
        read.write(again);
        final PerceptronModel reread = PerceptronModel.read(new ByteArrayInputStream(again.toByteArray()));

        assertThat(again.toByteArray()).isEqualTo(bytes.toByteArray());
        for (int i = 0; i < 100; i++) {
            for (int f = 0; f < features.length; f++) {
                features[f] = random.nextInt();
            }
            final float[] scores = new float[NerLabels.COUNT];
            final float[] rescored = new float[NerLabels.COUNT];
            for (int l = 0; l < NerLabels.COUNT; l++) {
                scores[l] = l * 0.37f; // the sum goes on from the scores given
                rescored[l] = scores[l];
            }
            read.score(features, features.length, scores);
            reread.score(features, features.length, rescored);
            assertThat(rescored).isEqualTo(scores);
            assertThat(scores).isNotEqualTo(new float[NerLabels.COUNT]);
        }
    }

    @Test
    void shouldRejectAStreamThatIsNotAModel() throws IOException {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
        assertThatThrownBy(() -> PerceptronModel.read(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a Newsflow NER model");
    }

    private static float[] score(final PerceptronModel model, final int[] features) {
        final float[] scores = new float[NerLabels.COUNT];
        model.score(features, features.length, scores);
        return scores;
    }

    private static int argmax(final float[] scores) {
        int best = 0;
        for (int l = 1; l < scores.length; l++) {
            if (scores[l] > scores[best]) {
                best = l;
            }
        }
        return best;
    }
}
