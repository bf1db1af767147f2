package io.newsflow.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contract.Json;
import io.newsflow.ingest.parse.RejectReason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuarantineTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:15:30Z");

    @TempDir
    Path dir;

    @Test
    void shouldMoveFileToErrorDirWithErrorReportBesideIt() throws Exception {
        final Path errorDir = Files.createDirectory(dir.resolve("error"));
        final Path file = Files.write(dir.resolve("scan.txt"), new byte[] {0, 1, 2});

        final Path moved = new Quarantine(errorDir, Clock.fixed(NOW, ZoneOffset.UTC))
                .quarantine(file, RejectReason.BINARY, "contains NUL bytes: not a text file");

        assertThat(file).doesNotExist();
        assertThat(moved).isEqualTo(errorDir.resolve("scan.txt")).hasBinaryContent(new byte[] {0, 1, 2});
        final JsonNode report =
                Json.MAPPER.readTree(errorDir.resolve("scan.txt.error.json").toFile());
        assertThat(report.get("file").asText()).isEqualTo("scan.txt");
        assertThat(report.get("stage").asText()).isEqualTo("ingest");
        assertThat(report.get("reason").asText()).isEqualTo("BINARY");
        assertThat(report.get("detail").asText()).isEqualTo("contains NUL bytes: not a text file");
        assertThat(report.get("time").asText()).isEqualTo("2026-01-05T10:15:30Z");
        assertThat(errorDir).isDirectoryNotContaining("glob:**/.*");
    }

    @Test
    void shouldNotOverwriteEarlierQuarantinedFileOfSameName() throws Exception {
        final Path errorDir = Files.createDirectory(dir.resolve("error"));
        final Quarantine quarantine = new Quarantine(errorDir, Clock.fixed(NOW, ZoneOffset.UTC));
        quarantine.quarantine(Files.writeString(dir.resolve("empty.txt"), ""), RejectReason.EMPTY, "first");

        final Path moved =
                quarantine.quarantine(Files.writeString(dir.resolve("empty.txt"), " "), RejectReason.EMPTY, "second");

        assertThat(moved).isEqualTo(errorDir.resolve("empty-1.txt"));
        assertThat(Json.MAPPER
                        .readTree(errorDir.resolve("empty.txt.error.json").toFile())
                        .get("detail")
                        .asText())
                .isEqualTo("first");
        assertThat(Json.MAPPER
                        .readTree(errorDir.resolve("empty-1.txt.error.json").toFile())
                        .get("detail")
                        .asText())
                .isEqualTo("second");
    }
}
