package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contract.Article;
import io.newsflow.contract.ArticleMetadata;
import io.newsflow.launcher.status.FileJourney;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusCommandTest {

    private static final Instant T0 = Instant.parse("2026-03-14T08:30:00Z");

    private static FileJourney stored(final String file, final ArticleMetadata metadata, final String skipped) {
        return new FileJourney(
                file,
                "a1b2c3d4e5f60718",
                FileJourney.Stage.STORED,
                T0,
                T0.plusMillis(10),
                6,
                null,
                null,
                T0.plusMillis(400),
                4,
                0,
                T0.plusMillis(600),
                Path.of("outbox/" + file + ".a1b2c3d4.json"),
                metadata,
                skipped,
                null);
    }

    private static String print(final java.util.function.Consumer<PrintStream> printer) {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            printer.accept(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldShowAnArticlesMetadataAndWhyItWasNotTagged() {
        final ArticleMetadata metadata = new ArticleMetadata(
                "ninjs",
                "https://example.org/a",
                "Von Anna Schmidt",
                T0.minusSeconds(3600),
                "de",
                "Beispiel-Agentur",
                "urn:example:a",
                List.of("Politik", "Berlin"));

        final String journey = print(
                out -> StatusCommand.printJourney(out, stored("rat.json", metadata, Article.LANGUAGE_NOT_TAGGED)));

        assertThat(journey)
                .contains(
                        "4 paragraphs, 0 entities (LANGUAGE_NOT_TAGGED)",
                        "format     ninjs",
                        "language   de",
                        "byline     Von Anna Schmidt",
                        "published  2026-03-14T07:30:00Z",
                        "provider   Beispiel-Agentur",
                        "url        https://example.org/a",
                        "id         urn:example:a",
                        "subjects   Politik, Berlin");
        assertThat(print(out -> StatusCommand.printTable(
                        out, List.of(stored("rat.json", metadata, null), stored("old.txt", null, null)))))
                .containsPattern("rat\\.json +stored +a1b2c3d4e5f60718 +ninjs +de ")
                .containsPattern("old\\.txt +stored +a1b2c3d4e5f60718 +- +- ");
    }
}
