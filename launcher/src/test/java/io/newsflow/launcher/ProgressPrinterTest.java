package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.launcher.status.FileJourney;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a person watching a run, or asking for the status, reads about a file with many articles. */
class ProgressPrinterTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void shouldSumUpAFeedOnceAllItsItemsAreSettledAndPointAtItsBadItems() {
        final ProgressPrinter printer = new ProgressPrinter(out, Path.of("/data/inbox/error"));

        printer.onFileDone("harbour-news.rss", 2, 3, 0);
        printer.onFileDone("wire-export.jsonl", 3, 0, 3);

        assertThat(text().lines())
                .containsExactly(
                        "file harbour-news.rss -> 2 new articles, 3 already ingested, 0 bad items",
                        "file wire-export.jsonl -> 3 new articles, 0 already ingested, 3 bad items (listed in "
                                + "/data/inbox/error/wire-export.jsonl.error.json)");
    }

    @Test
    void shouldListEachArticleOfAFeedOnItsOwnStatusLine() {
        final Instant at = Instant.parse("2026-12-07T06:40:00Z");
        StatusCommand.printTable(
                out,
                List.of(
                        new FileJourney(
                                "harbour-news.rss #1",
                                "0123456789abcdef",
                                FileJourney.Stage.STORED,
                                null,
                                at,
                                5,
                                null,
                                null,
                                at.plusMillis(1500),
                                4,
                                6,
                                at.plusMillis(2500),
                                Path.of("outbox/a.json")),
                        new FileJourney(
                                "harbour-news.rss #2",
                                "fedcba9876543210",
                                FileJourney.Stage.PUBLISHED,
                                null,
                                at,
                                3,
                                null,
                                null,
                                null,
                                0,
                                0,
                                null,
                                null)));

        assertThat(text().lines()).hasSize(4);
        assertThat(text().lines().toList().get(1))
                .startsWith("harbour-news.rss #1")
                .contains("stored")
                .contains("0123456789abcdef")
                .contains("+1.50 s");
        assertThat(text().lines().toList().get(2))
                .startsWith("harbour-news.rss #2")
                .contains("published");
        assertThat(text().lines().toList().get(3)).isEqualTo("2 files and items");
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
