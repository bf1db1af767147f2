package io.newsflow.tagger.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NerScoresTest {

    @Test
    void shouldReadBioChunks() {
        assertThat(NerScores.chunks(List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC")))
                .containsExactly(new Chunk(0, 2, "PER"), new Chunk(3, 4, "LOC"), new Chunk(4, 6, "LOC"));
    }

    @Test
    void shouldReadIob1ChunksTheWayConllevalDoes() {
        // IOB1: I- opens a chunk after O or after another type; B- only separates two chunks of one type
        assertThat(NerScores.chunks(List.of("I-ORG", "I-ORG", "I-PER", "O", "I-LOC", "B-LOC")))
                .containsExactly(
                        new Chunk(0, 2, "ORG"), new Chunk(2, 3, "PER"), new Chunk(4, 5, "LOC"), new Chunk(5, 6, "LOC"));
    }

    @Test
    void shouldCountOnlyExactSpanAndTypeAsCorrect() {
        final NerScores scores = new NerScores(Set.of("PER", "ORG", "LOC"));
        scores.add(
                List.of("B-PER", "I-PER", "O", "B-ORG", "O", "B-LOC"),
                List.of("B-PER", "O", "O", "B-ORG", "O", "B-PER"));

        assertThat(scores.byType().get("PER")).isEqualTo(new NerScores.Counts(1, 2, 0));
        assertThat(scores.byType().get("ORG")).isEqualTo(new NerScores.Counts(1, 1, 1));
        assertThat(scores.byType().get("LOC")).isEqualTo(new NerScores.Counts(1, 0, 0));
        final NerScores.Counts overall = scores.overall();
        assertThat(overall).isEqualTo(new NerScores.Counts(3, 3, 1));
        assertThat(overall.precision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(overall.f1()).isCloseTo(1 / 3.0, within(1e-9));
    }

    @Test
    void shouldLeaveUnscoredTypesOutOfTheOverallLine() {
        final NerScores scores = new NerScores(Set.of("PER", "ORG", "LOC"));
        scores.add(List.of("B-MISC", "O", "B-PER"), List.of("B-LOC", "O", "B-PER"));
        scores.add(List.of("B-MISC", "I-MISC"), List.of("B-MISC", "I-MISC"));

        // the LOC guess for a MISC entity is a false alarm; the correct MISC counts for nothing overall
        assertThat(scores.overall()).isEqualTo(new NerScores.Counts(1, 2, 1));
        final String report = scores.report();
        assertThat(report).contains("MISC P=1.000 R=0.500 F1=0.667  gold=2 found=1 correct=1  (not scored)");
        assertThat(report.lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("overall P=0.500 R=1.000 F1=0.667");
    }

    @Test
    void shouldScoreZeroWhenNothingIsFound() {
        final NerScores scores = new NerScores(Set.of("PER"));
        scores.add(List.of("B-PER"), List.of("O"));
        assertThat(scores.overall().f1()).isZero();
        assertThat(scores.report()).endsWith("overall P=0.000 R=0.000 F1=0.000");
    }
}
