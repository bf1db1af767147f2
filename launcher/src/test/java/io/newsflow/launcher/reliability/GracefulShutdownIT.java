package io.newsflow.launcher.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contract.FileStatus;
import io.newsflow.contract.LedgerEntry;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.Topics;
import io.newsflow.testsupport.Inbox;
import io.newsflow.testsupport.KafkaBrokerExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to a busy ingest process: it finishes the file in hand, commits it, moves it, and exits; nothing is left
 * half-done — no claimed file, no file published but still in the inbox, no file moved but not published. Started
 * again, it publishes the rest, each exactly once.
 */
class GracefulShutdownIT {

    private static final int FILES = 400;

    @TempDir
    Path work;

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = KafkaBrokerExtension.withTopics(Topics.ALL, 2);

    private ChildJvm ingest;

    @AfterEach
    void stop() {
        if (ingest != null) {
            ingest.close();
        }
    }

    @Test
    void shouldFinishInFlightFileAndLeaveNothingHalfDoneOnSigterm() throws Exception {
        final Path inbox = Files.createDirectories(work.resolve("inbox"));
        final Path processed = inbox.resolve("processed");
        for (int i = 0; i < FILES; i++) {
            new Inbox(inbox)
                    .drop(
                            String.format("notice-%04d.txt", i),
                            "Harbour Notice Number " + i + "\n\nBerth " + i
                                    + " closes for repairs on Friday, the harbour master said.\n");
        }
        ingest = new ChildJvm(
                "ingest",
                work.resolve("logs"),
                Map.of(),
                "256m",
                "ingest",
                "--bootstrap-servers",
                KAFKA.bootstrapServers(),
                "--inbox",
                inbox.toString(),
                "--transactional-id",
                "graceful-ingest");
        ingest.start();
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> count(processed) >= 10);

        final int exit = ingest.stop(Duration.ofSeconds(60));

        assertThat(exit).as("exit code after SIGTERM (143 = 128 + SIGTERM)").isIn(0, 143);
        ingest.awaitLog("ingest stopped", 1, Duration.ofSeconds(5));
        try (Stream<Path> left = Files.list(inbox)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .as("claims left behind")
                    .noneMatch(name -> name.contains(".claimed-by-"));
        }
        final Set<String> moved = names(processed);
        assertThat(moved.size())
                .as("stopped before the end, or the test proves nothing")
                .isLessThan(FILES);
        assertThat(publishedFiles())
                .as("published exactly the files moved to processed")
                .containsExactlyInAnyOrderElementsOf(moved);
        assertThat(names(inbox).size() + moved.size()).isEqualTo(FILES);

        ingest.start();
        await().atMost(Duration.ofSeconds(120)).until(() -> count(processed) == FILES);
        assertThat(publishedFiles()).hasSize(FILES);
        final List<ConsumerRecord<String, Paragraph>> paragraphs = PipelineOutcome.readCommitted(
                KAFKA.bootstrapServers(),
                Topics.PARAGRAPHS.name(),
                bytes -> Topics.PARAGRAPHS.valueSerde().deserializer().deserialize(Topics.PARAGRAPHS.name(), bytes));
        assertThat(paragraphs).hasSize(2 * FILES);
    }

    private List<String> publishedFiles() {
        return PipelineOutcome.readCommitted(
                        KAFKA.bootstrapServers(),
                        Topics.INGEST_LEDGER.name(),
                        bytes -> Topics.INGEST_LEDGER
                                .valueSerde()
                                .deserializer()
                                .deserialize(Topics.INGEST_LEDGER.name(), bytes))
                .stream()
                .map(ConsumerRecord::value)
                .filter(entry -> entry.status() == FileStatus.PUBLISHED)
                .map(LedgerEntry::sourceFile)
                .toList();
    }

    private static long count(final Path dir) throws IOException {
        return Files.isDirectory(dir) ? names(dir).size() : 0;
    }

    private static Set<String> names(final Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .collect(Collectors.toSet());
        }
    }
}
