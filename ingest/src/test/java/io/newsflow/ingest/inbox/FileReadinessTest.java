package io.newsflow.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FileReadinessTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final Path FILE = Path.of("inbox/story.txt");

    private final FileReadiness readiness = new FileReadiness(Duration.ofMillis(250));

    @Test
    void shouldTakeFileSeenTwiceUnchangedAndOldEnough() {
        final FileReadiness.Observation seen = seen(1000, T0);

        assertThat(readiness.observe(FILE, seen, T0.plusMillis(300)))
                .as("first sighting")
                .isFalse();
        assertThat(readiness.observe(FILE, seen, T0.plusMillis(600))).isTrue();
    }

    @Test
    void shouldNotTakeFileStillGrowing() {
        assertThat(readiness.observe(FILE, seen(1000, T0), T0.plusSeconds(1))).isFalse();
        assertThat(readiness.observe(FILE, seen(2000, T0.plusSeconds(1)), T0.plusSeconds(2)))
                .isFalse();
        assertThat(readiness.observe(FILE, seen(3000, T0.plusSeconds(2)), T0.plusSeconds(3)))
                .isFalse();

        assertThat(readiness.observe(FILE, seen(3000, T0.plusSeconds(2)), T0.plusSeconds(4)))
                .isTrue();
    }

    @Test
    void shouldNotTakeFileWhoseSizeChangedWithoutNewModificationTime() {
        readiness.observe(FILE, seen(1000, T0), T0.plusSeconds(1));

        assertThat(readiness.observe(FILE, seen(1500, T0), T0.plusSeconds(2))).isFalse();
    }

    @Test
    void shouldNotTakeUnchangedFileYoungerThanMinimumAge() {
        final FileReadiness.Observation seen = seen(1000, T0);
        readiness.observe(FILE, seen, T0.plusMillis(10));

        assertThat(readiness.observe(FILE, seen, T0.plusMillis(100))).isFalse();
        assertThat(readiness.observe(FILE, seen, T0.plusMillis(250))).isTrue();
    }

    @Test
    void shouldStartOverForFileThatReappearsAfterBeingForgotten() {
        final FileReadiness.Observation seen = seen(1000, T0);
        readiness.observe(FILE, seen, T0.plusSeconds(1));
        readiness.retainOnly(Set.of());

        assertThat(readiness.observe(FILE, seen, T0.plusSeconds(2))).isFalse();
    }

    private static FileReadiness.Observation seen(final long size, final Instant modified) {
        return new FileReadiness.Observation(size, FileTime.from(modified));
    }
}
