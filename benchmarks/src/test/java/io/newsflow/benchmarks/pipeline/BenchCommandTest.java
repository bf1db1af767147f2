package io.newsflow.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bench's arithmetic; the whole command runs in the launcher's {@code BenchCommandIT}. */
class BenchCommandTest {

    @Test
    void shouldCallABacklogFlatOnlyWhenTheLastThirdDoesNotGrow() {
        assertThat(BenchCommand.isFlat(List.of(2, 3, 2, 3, 2, 3))).isTrue();
        assertThat(BenchCommand.isFlat(List.of(1, 2, 5, 9, 14, 20))).isFalse();
    }

    @Test
    void shouldTakeTheJitsShareOfTheCpuSplitByThread() {
        assertThat(BenchCommand.jitShare(Map.of("enrich", 6.0, "jit", 3.0, "broker", 1.0)))
                .isCloseTo(0.3, within(1e-9));
        assertThat(BenchCommand.jitShare(Map.of("enrich", 6.0))).isZero();
        assertThat(BenchCommand.jitShare(Map.of())).isNaN();
    }

    @Test
    void shouldTakeTheNearestRankPercentile() {
        final List<Duration> values =
                List.of(Duration.ofMillis(40), Duration.ofMillis(10), Duration.ofMillis(30), Duration.ofMillis(20));
        assertThat(BenchCommand.percentile(values, 50)).isEqualTo(20.0);
        assertThat(BenchCommand.percentile(values, 99)).isEqualTo(40.0);
    }

    @Test
    void shouldAlternateTheStoryRoundsAbbaWise() {
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7).stream()
                        .map(StoryComparison::onFirst)
                        .toList())
                .containsExactly(true, false, false, true, true, false, false, true);
    }

    @Test
    void shouldTakeTheStoryRoundsMedians() {
        final StoryComparison.Result result = StoryComparison.Result.of(List.of(
                new StoryComparison.Round(1, true, 900, 1_000, 30, 27, Map.of("enrich", 9.0), Map.of("enrich", 8.0)),
                new StoryComparison.Round(2, false, 700, 1_000, 34, 30, Map.of("enrich", 9.0), Map.of("enrich", 6.0)),
                new StoryComparison.Round(3, false, 1_000, 1_250, 32, 29, Map.of("enrich", 9.0), Map.of("enrich", 5.0)),
                new StoryComparison.Round(4, true, 800, 500, 31, 28, Map.of("enrich", 7.0), Map.of("enrich", 8.0))));
        assertThat(result.onParagraphsPerSec()).isEqualTo(850.0);
        assertThat(result.offParagraphsPerSec()).isEqualTo(1_000.0);
        assertThat(result.onShareOfOff()).isEqualTo(0.85);
        // rounds' quotients 0.9, 0.7, 0.8, 1.6
        assertThat(result.medianRoundShare()).isCloseTo(0.85, within(1e-9));
        assertThat(result.onCpuMsPerArticle()).isEqualTo(31.5);
        assertThat(result.onCpuShareOfOff()).isEqualTo(31.5 / 28.5);
        // on - off of enrich: 1, 3, 4, -1
        assertThat(result.onMinusOffCpuMsPerArticleByThread()).containsExactly(Map.entry("enrich", 2.0));
    }
}
