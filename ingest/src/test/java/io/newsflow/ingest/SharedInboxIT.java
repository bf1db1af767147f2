package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contract.FileStatus;
import io.newsflow.contract.LedgerEntry;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.Topic;
import io.newsflow.contract.Topics;
import io.newsflow.testsupport.Inbox;
import io.newsflow.testsupport.KafkaBrokerExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several ingest instances on one inbox (a shared folder), each with its own transactional id: every file is published
 * exactly once, by whichever instance claimed it, and a file left claimed by an instance that died is taken over by
 * another once its claim is older than the claim timeout. One broker for the class: each test counts only the records
 * of its own files.
 */
class SharedInboxIT {

    private static final Duration WAIT = Duration.ofSeconds(120);

    @TempDir
    Path work;

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA =
            KafkaBrokerExtension.withTopics(List.of(Topics.PARAGRAPHS, Topics.INGEST_LEDGER), 2);

    private final List<IngestService> services = new ArrayList<>();

    @AfterEach
    void stop() {
        services.forEach(IngestService::close);
    }

    @Test
    void shouldPublishEachOfFiveHundredFilesExactlyOnceWithTwoInstances() throws Exception {
        final Path inbox = Files.createDirectories(work.resolve("inbox"));
        final Map<String, String> publishedBy = new ConcurrentHashMap<>();
        final List<String> twice = new ArrayList<>();
        for (final String instance : List.of("shared-a", "shared-b")) {
            start(inbox, instance, Duration.ofMinutes(5), new IngestListener() {
                @Override
                public void onPublished(
                        final String file, final String articleId, final int records, final Duration took) {
                    if (publishedBy.putIfAbsent(file, instance) != null) {
                        synchronized (twice) {
                            twice.add(file);
                        }
                    }
                }
            });
        }

        final int files = 500;
        for (int i = 0; i < files; i++) {
            drop(
                    inbox,
                    String.format("brief-%03d.txt", i),
                    "Council Brief Number " + i + "\n\nThe council met for" + " session " + i + " and approved item "
                            + (i * 7) + " on Thursday.\n");
        }

        await().atMost(WAIT).until(() -> publishedBy.size() == files);
        assertThat(twice).isEmpty();
        assertThat(Set.copyOf(publishedBy.values()))
                .as("both instances took files")
                .containsExactlyInAnyOrder("shared-a", "shared-b");
        final List<LedgerEntry> ledger = values(Topics.INGEST_LEDGER).stream()
                .filter(entry -> entry.sourceFile().startsWith("brief-"))
                .toList();
        assertThat(ledger)
                .hasSize(files)
                .allSatisfy(entry -> assertThat(entry.status()).isEqualTo(FileStatus.PUBLISHED));
        assertThat(ledger.stream().map(LedgerEntry::articleId).distinct()).hasSize(files);
        final Map<String, Long> recordsPerArticle = values(Topics.PARAGRAPHS).stream()
                .filter(paragraph -> paragraph.sourceFile().startsWith("brief-"))
                .collect(Collectors.groupingBy(Paragraph::articleId, Collectors.counting()));
        assertThat(recordsPerArticle)
                .hasSize(files)
                .allSatisfy((id, count) -> assertThat(count).isEqualTo(2L));
        try (Stream<Path> processed = Files.list(inbox.resolve("processed"))) {
            assertThat(processed.count()).isEqualTo(files);
        }
    }

    @Test
    void shouldTakeOverFileLeftClaimedByAnInstanceThatNeverCameBack() throws Exception {
        final Path inbox = Files.createDirectories(work.resolve("inbox"));
        // what an instance killed mid-file leaves behind; it is never started again
        final Path stale = Files.writeString(
                inbox.resolve(".orphan.txt.claimed-by-ingest-dead"),
                "Orphaned Story Left Behind\n\nA story its instance claimed just before it died.\n",
                StandardCharsets.UTF_8);
        final Map<String, String> published = new ConcurrentHashMap<>();
        start(inbox, "ingest-alive", Duration.ofSeconds(3), new IngestListener() {
            @Override
            public void onPublished(final String file, final String articleId, final int records, final Duration took) {
                published.put(file, articleId);
            }
        });

        // not before the claim is older than the timeout: a live owner may still be working on it
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> Files.exists(stale));
        await().atMost(WAIT).until(() -> published.containsKey("orphan.txt"));
        assertThat(stale).doesNotExist();
        assertThat(inbox.resolve("processed/orphan.txt")).exists();
        assertThat(values(Topics.PARAGRAPHS))
                .filteredOn(p -> p.sourceFile().equals("orphan.txt"))
                .hasSize(2);
    }

    private void start(
            final Path inbox,
            final String transactionalId,
            final Duration claimTimeout,
            final IngestListener listener) {
        final IngestService service = new IngestService(
                IngestConfig.of(KAFKA.bootstrapServers(), inbox)
                        .withRescanInterval(Duration.ofMillis(200))
                        .withTransactionalId(transactionalId)
                        .withClaimTimeout(claimTimeout),
                listener);
        services.add(service);
        service.start();
    }

    private static void drop(final Path inbox, final String name, final String text) {
        new Inbox(inbox).drop(name, text);
    }

    private <K, V> List<V> values(final Topic<K, V> topic) {
        return KAFKA.readCommitted(topic, WAIT).stream()
                .map(ConsumerRecord::value)
                .toList();
    }
}
