package io.newsflow.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives {@link InboxWatcher#scanOnce()} directly, with explicit modification times and a hand-moved clock. */
class InboxWatcherTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @TempDir
    Path inbox;

    private final MovableClock clock = new MovableClock(T0);
    private final List<String> handled = new ArrayList<>();

    private InboxWatcher watcher() {
        return new InboxWatcher(
                inbox,
                Duration.ofMillis(250),
                Duration.ofSeconds(1),
                files -> files.forEach(file -> {
                    handled.add(file.getFileName().toString());
                    move(file);
                }),
                e -> {
                    throw e;
                },
                clock);
    }

    @Test
    void shouldNotTakeFileStillBeingWritten() throws Exception {
        final InboxWatcher watcher = watcher();
        final Path file = write("growing.txt", "Title\n", T0);

        clock.set(T0.plusSeconds(1));
        assertThat(watcher.scanOnce()).as("seen once, so pending").isTrue();
        append(file, "More text arriving.\n", T0.plusSeconds(1));
        clock.set(T0.plusSeconds(2));
        watcher.scanOnce();
        assertThat(handled).isEmpty();

        clock.set(T0.plusSeconds(3));
        assertThat(watcher.scanOnce()).isFalse();
        assertThat(handled).containsExactly("growing.txt");
    }

    @Test
    void shouldNotTakeFreshFileBeforeMinimumAge() throws Exception {
        final InboxWatcher watcher = watcher();
        write("fresh.txt", "Title\nBody.\n", T0);

        clock.set(T0.plusMillis(50));
        watcher.scanOnce();
        clock.set(T0.plusMillis(100));
        watcher.scanOnce();
        assertThat(handled).isEmpty();

        clock.set(T0.plusMillis(300));
        watcher.scanOnce();
        assertThat(handled).containsExactly("fresh.txt");
    }

    @Test
    void shouldTakeFilesOldestFirst() throws Exception {
        final InboxWatcher watcher = watcher();
        write("b-newer.txt", "x", T0.plusSeconds(2));
        write("a-newest.txt", "x", T0.plusSeconds(3));
        write("c-oldest.txt", "x", T0);

        clock.set(T0.plusSeconds(10));
        watcher.scanOnce();
        watcher.scanOnce();

        assertThat(handled).containsExactly("c-oldest.txt", "b-newer.txt", "a-newest.txt");
    }

    @Test
    void shouldIgnoreHiddenAndPartialFilesAndDirectoriesButOfferUnsupportedOnesForQuarantine() throws Exception {
        final InboxWatcher watcher = watcher();
        write(".hidden.txt", "x", T0);
        write("download.txt.part", "x", T0);
        write("report.txt.error.json", "{}", T0);
        write("slides.pdf", "x", T0);
        Files.createDirectories(inbox.resolve("processed"));
        write("processed/old.txt", "x", T0);

        clock.set(T0.plusSeconds(10));
        watcher.scanOnce();
        assertThat(watcher.scanOnce()).isFalse();

        // the handler quarantines what ingest cannot read (UNSUPPORTED_FORMAT) rather than leaving it in the inbox
        assertThat(handled).containsExactly("slides.pdf");
    }

    @Test
    void shouldOfferSymbolicLinkWithoutFollowingIt() throws Exception {
        final InboxWatcher watcher = watcher();
        final Path outside = Files.createTempFile("outside", ".txt");
        Files.createSymbolicLink(inbox.resolve("link.txt"), outside);

        clock.set(java.time.Instant.now().plusSeconds(10));
        watcher.scanOnce();
        watcher.scanOnce();

        // offered as the link itself, which the handler refuses (SYMLINK)
        assertThat(handled).containsExactly("link.txt");
        Files.delete(outside);
    }

    @Test
    void shouldOfferFileAgainWhenHandlerLeavesItInInbox() throws Exception {
        final List<String> attempts = new ArrayList<>();
        final InboxWatcher watcher = new InboxWatcher(
                inbox,
                Duration.ofMillis(250),
                Duration.ofSeconds(1),
                files -> files.forEach(file -> attempts.add(file.getFileName().toString())),
                e -> {
                    throw e;
                },
                clock);
        write("retry.txt", "x", T0);

        clock.set(T0.plusSeconds(10));
        watcher.scanOnce();
        watcher.scanOnce();
        watcher.scanOnce();

        assertThat(attempts).containsExactly("retry.txt", "retry.txt");
    }

    private Path write(final String name, final String text, final Instant modified) throws IOException {
        final Path file = Files.writeString(inbox.resolve(name), text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private static void append(final Path file, final String text, final Instant modified) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    private void move(final Path file) {
        try {
            Files.createDirectories(inbox.resolve("done"));
            Files.move(file, inbox.resolve("done").resolve(file.getFileName()));
        } catch (final IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(final Instant now) {
            this.now = now;
        }

        void set(final Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(final ZoneId zone) {
            return this;
        }
    }
}
