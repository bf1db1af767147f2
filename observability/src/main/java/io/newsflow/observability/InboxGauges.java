package io.newsflow.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox seen from outside: how many files wait in it ({@code newsflow_inbox_backlog_files}) and how long the oldest
 * has waited since it was last modified ({@code newsflow_inbox_oldest_file_age_seconds}, 0 when none waits). Counts what
 * ingest would take: regular files directly in the inbox, except dot-files, {@code *.part} and {@code *.tmp} (still
 * being written) — the processed and error directories are subdirectories and do not count. The directory is listed at
 * most once a second, however often it is scraped.
 */
public final class InboxGauges {

    private static final Logger LOG = LoggerFactory.getLogger(InboxGauges.class);
    private static final Duration CACHE = Duration.ofSeconds(1);

    /** Files waiting and the modification time of the oldest (null when none). */
    public record Backlog(int files, Instant oldest) {

        public Duration oldestAge(final Instant now) {
            return oldest == null
                    ? Duration.ZERO
                    : Duration.between(oldest, now).isNegative() ? Duration.ZERO : Duration.between(oldest, now);
        }
    }

    private final Path inbox;
    private final Clock clock;
    private Backlog last = new Backlog(0, null);
    private Instant lastLook = Instant.EPOCH;

    public InboxGauges(final Path inbox, final Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    public InboxGauges register(final MeterRegistry registry) {
        Gauge.builder(MetricNames.INBOX_BACKLOG, this, g -> g.backlog().files())
                .baseUnit("files")
                .description("Files waiting in the inbox")
                .register(registry);
        Gauge.builder(
                        MetricNames.INBOX_OLDEST_AGE,
                        this,
                        g -> g.backlog().oldestAge(clock.instant()).toMillis() / 1000.0)
                .baseUnit("seconds")
                .description("Age of the oldest file waiting in the inbox (0 when empty)")
                .register(registry);
        return this;
    }

    /** The backlog now (listed again when the last look is older than a second). */
    public synchronized Backlog backlog() {
        final Instant now = clock.instant();
        if (Duration.between(lastLook, now).compareTo(CACHE) >= 0) {
            last = look();
            lastLook = now;
        }
        return last;
    }

    private Backlog look() {
        if (!Files.isDirectory(inbox)) {
            return new Backlog(0, null);
        }
        int files = 0;
        Instant oldest = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbox)) {
            for (final Path entry : entries) {
                if (!waits(entry.getFileName().toString())) {
                    continue;
                }
                final BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                } catch (final IOException e) {
                    // taken by ingest between listing and reading: it no longer waits
                    continue;
                }
                if (!attributes.isRegularFile()) {
                    continue;
                }
                files++;
                final Instant modified = attributes.lastModifiedTime().toInstant();
                if (oldest == null || modified.isBefore(oldest)) {
                    oldest = modified;
                }
            }
        } catch (final IOException | UncheckedIOException e) {
            LOG.warn("Cannot list the inbox {} for the backlog gauges: {}", inbox, e.toString());
            return last;
        }
        return new Backlog(files, oldest);
    }

    private static boolean waits(final String name) {
        final String lower = name.toLowerCase(Locale.ROOT);
        return !lower.startsWith(".") && !lower.endsWith(".part") && !lower.endsWith(".tmp");
    }
}
