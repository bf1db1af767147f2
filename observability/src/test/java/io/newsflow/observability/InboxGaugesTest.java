package io.newsflow.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxGaugesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    @TempDir
    Path inbox;

    @Test
    void shouldCountWaitingFilesAndTheAgeOfTheOldestButNotPartialHiddenOrSettledOnes() throws IOException {
        touch("a.txt", NOW.minusSeconds(30));
        touch("b.md", NOW.minusSeconds(90));
        touch(".hidden.txt", NOW.minusSeconds(900));
        touch("c.txt.part", NOW.minusSeconds(900));
        touch("d.tmp", NOW.minusSeconds(900));
        Files.createDirectories(inbox.resolve("processed"));
        Files.writeString(inbox.resolve("processed").resolve("old.txt"), "x");

        final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        final InboxGauges gauges = new InboxGauges(inbox, Clock.fixed(NOW, ZoneOffset.UTC)).register(registry);

        assertThat(gauges.backlog().files()).isEqualTo(2);
        assertThat(gauges.backlog().oldestAge(NOW).toSeconds()).isEqualTo(90);
        assertThat(registry.scrape())
                .contains("newsflow_inbox_backlog_files 2.0", "newsflow_inbox_oldest_file_age_seconds 90.0");
    }

    @Test
    void shouldReportZeroAgeForAnEmptyOrMissingInbox() {
        final InboxGauges empty = new InboxGauges(inbox, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(empty.backlog().files()).isZero();
        assertThat(empty.backlog().oldestAge(NOW)).isZero();
        final InboxGauges missing = new InboxGauges(inbox.resolve("nope"), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(missing.backlog().files()).isZero();
    }

    private void touch(final String name, final Instant modified) throws IOException {
        final Path file = inbox.resolve(name);
        Files.writeString(file, "text");
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
