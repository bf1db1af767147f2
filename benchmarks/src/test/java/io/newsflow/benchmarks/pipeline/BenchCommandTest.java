package io.newsflow.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bench's arithmetic; the whole command runs in the launcher's {@code BenchCommandIT}. */
class BenchCommandTest {

    @Test
    void shouldCallABacklogFlatOnlyWhenTheLastThirdDoesNotGrow() {
        assertThat(BenchCommand.isFlat(List.of(2, 3, 2, 3, 2, 3))).isTrue();
        assertThat(BenchCommand.isFlat(List.of(1, 2, 5, 9, 14, 20))).isFalse();
    }

    @Test
    void shouldTakeTheNearestRankPercentile() {
        final List<Duration> values = List.of(Duration.ofMillis(40), Duration.ofMillis(10), Duration.ofMillis(30),
                Duration.ofMillis(20));
        assertThat(BenchCommand.percentile(values, 50)).isEqualTo(20.0);
        assertThat(BenchCommand.percentile(values, 99)).isEqualTo(40.0);
    }
}
