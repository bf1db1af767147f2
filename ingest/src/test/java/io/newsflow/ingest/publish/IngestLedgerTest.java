package io.newsflow.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.contract.FileStatus;
import io.newsflow.contract.LedgerEntry;
import io.newsflow.contract.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class IngestLedgerTest {

    private static final String TOPIC = Topics.INGEST_LEDGER.name();
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);
    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
    private final IngestLedger ledger = new IngestLedger(consumer);

    @Test
    void shouldRestoreEveryEntryFromBeginningToEnd() {
        givenLedger(
                record(0, "aaaaaaaaaaaaaaaa", entry("aaaaaaaaaaaaaaaa", "a.txt", FileStatus.PUBLISHED)),
                record(1, "bbbbbbbbbbbbbbbb", entry("bbbbbbbbbbbbbbbb", "b.txt", FileStatus.PUBLISHED)));

        assertThat(ledger.restore(TIMEOUT)).isEqualTo(2);

        assertThat(ledger.isPublished("aaaaaaaaaaaaaaaa")).isTrue();
        assertThat(ledger.find("bbbbbbbbbbbbbbbb"))
                .get()
                .extracting(LedgerEntry::sourceFile)
                .isEqualTo("b.txt");
        assertThat(ledger.isPublished("cccccccccccccccc")).isFalse();
    }

    @Test
    void shouldCountAlreadyIngestedEntryAsPublishedContent() {
        // on the compacted topic, the later ALREADY_INGESTED entry is all that remains of a publication
        givenLedger(record(0, "aaaaaaaaaaaaaaaa", entry("aaaaaaaaaaaaaaaa", "copy.txt", FileStatus.ALREADY_INGESTED)));

        ledger.restore(TIMEOUT);

        assertThat(ledger.isPublished("aaaaaaaaaaaaaaaa")).isTrue();
    }

    @Test
    void shouldKeepFirstPublicationWhenCopyIsRecorded() {
        givenLedger();
        ledger.restore(TIMEOUT);
        ledger.record(entry("aaaaaaaaaaaaaaaa", "original.txt", FileStatus.PUBLISHED));

        ledger.record(entry("aaaaaaaaaaaaaaaa", "copy.txt", FileStatus.ALREADY_INGESTED));

        assertThat(ledger.find("aaaaaaaaaaaaaaaa"))
                .get()
                .extracting(LedgerEntry::sourceFile)
                .isEqualTo("original.txt");
    }

    @Test
    void shouldForgetContentOnTombstone() {
        givenLedger(
                record(0, "aaaaaaaaaaaaaaaa", entry("aaaaaaaaaaaaaaaa", "a.txt", FileStatus.PUBLISHED)),
                new ConsumerRecord<>(TOPIC, 0, 1, "aaaaaaaaaaaaaaaa", null));

        ledger.restore(TIMEOUT);

        assertThat(ledger.isPublished("aaaaaaaaaaaaaaaa")).isFalse();
    }

    @Test
    void shouldCountUnreadableEntryAsPublishedRatherThanPublishTwice() {
        givenLedger(new ConsumerRecord<>(TOPIC, 0, 0, "aaaaaaaaaaaaaaaa", "not json".getBytes(StandardCharsets.UTF_8)));

        ledger.restore(TIMEOUT);

        assertThat(ledger.isPublished("aaaaaaaaaaaaaaaa")).isTrue();
        assertThat(ledger.find("aaaaaaaaaaaaaaaa")).isEmpty();
    }

    @Test
    void shouldFailWhenLedgerTopicIsMissing() {
        assertThatThrownBy(() -> ledger.restore(TIMEOUT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(TOPIC);
    }

    @Test
    void shouldNotTrustTheLedgerWhileATransactionWrittenBeforeIsStillUnsettled() {
        // a crashed predecessor's commit is still being completed: one record written, none settled yet
        final MockConsumer<String, byte[]> written = new MockConsumer<>("earliest");
        written.updateEndOffsets(Map.of(PARTITION, 1L));
        consumer.updatePartitions(TOPIC, List.of(new PartitionInfo(TOPIC, 0, null, null, null)));
        consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
        consumer.updateEndOffsets(Map.of(PARTITION, 0L));
        final IngestLedger waiting = new IngestLedger(consumer, written);

        assertThatThrownBy(() -> waiting.restore(Duration.ofMillis(300)))
                .isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class)
                .hasMessageContaining("not settled");
    }

    @Test
    void shouldReadTheSettledTransactionOnceItCommitted() {
        final ConsumerRecord<String, byte[]> a =
                record(0, "aaaaaaaaaaaaaaaa", entry("aaaaaaaaaaaaaaaa", "a.txt", FileStatus.PUBLISHED));
        final MockConsumer<String, byte[]> written = new MockConsumer<>("earliest");
        givenLog(written, 1, a);
        givenLedger(a);

        assertThat(new IngestLedger(consumer, written).restore(TIMEOUT)).isEqualTo(1);
    }

    @Test
    void shouldFindPublicationsThatOnlyAnAbortedTransactionHolds() {
        // offsets 1 (b.txt) and 2 (its abort marker) are what read_committed skips; c.txt committed after them
        final ConsumerRecord<String, byte[]> a =
                record(0, "aaaaaaaaaaaaaaaa", entry("aaaaaaaaaaaaaaaa", "a.txt", FileStatus.PUBLISHED));
        final ConsumerRecord<String, byte[]> b =
                record(1, "bbbbbbbbbbbbbbbb", entry("bbbbbbbbbbbbbbbb", "b.txt", FileStatus.PUBLISHED));
        final ConsumerRecord<String, byte[]> c =
                record(3, "cccccccccccccccc", entry("cccccccccccccccc", "c.txt", FileStatus.PUBLISHED));
        givenLog(consumer, 4, a, c);
        final MockConsumer<String, byte[]> written = new MockConsumer<>("earliest");
        givenLog(written, 4, a, b, c);
        final IngestLedger withAborted = new IngestLedger(consumer, written);

        assertThat(withAborted.restore(TIMEOUT)).isEqualTo(2);

        assertThat(withAborted.isPublished("bbbbbbbbbbbbbbbb")).isFalse();
        assertThat(withAborted.abortedPublications())
                .extracting(LedgerEntry::sourceFile)
                .containsExactly("b.txt");
    }

    @Test
    void shouldNotTakeACommittedEntryForgottenByATombstoneForAnAbortedOne() {
        final ConsumerRecord<String, byte[]> a =
                record(0, "aaaaaaaaaaaaaaaa", entry("aaaaaaaaaaaaaaaa", "a.txt", FileStatus.PUBLISHED));
        final ConsumerRecord<String, byte[]> tombstone = new ConsumerRecord<>(TOPIC, 0, 1, "aaaaaaaaaaaaaaaa", null);
        givenLog(consumer, 2, a, tombstone);
        final MockConsumer<String, byte[]> written = new MockConsumer<>("earliest");
        givenLog(written, 2, a, tombstone);
        final IngestLedger withAborted = new IngestLedger(consumer, written);

        withAborted.restore(TIMEOUT);

        assertThat(withAborted.isPublished("aaaaaaaaaaaaaaaa")).isFalse();
        assertThat(withAborted.abortedPublications()).isEmpty();
    }

    @Test
    void shouldNotCountAnAbortedCopyOfPublishedContentAsLost() {
        // the same content committed later (a retried transaction): nothing is missing
        final ConsumerRecord<String, byte[]> aborted =
                record(0, "aaaaaaaaaaaaaaaa", entry("aaaaaaaaaaaaaaaa", "a.txt", FileStatus.PUBLISHED));
        final ConsumerRecord<String, byte[]> retried =
                record(2, "aaaaaaaaaaaaaaaa", entry("aaaaaaaaaaaaaaaa", "a.txt", FileStatus.PUBLISHED));
        givenLog(consumer, 3, retried);
        final MockConsumer<String, byte[]> written = new MockConsumer<>("earliest");
        givenLog(written, 3, aborted, retried);
        final IngestLedger withAborted = new IngestLedger(consumer, written);

        withAborted.restore(TIMEOUT);

        assertThat(withAborted.abortedPublications()).isEmpty();
    }

    private void givenLedger(final ConsumerRecord<?, ?>... records) {
        givenLog(consumer, records.length, records);
    }

    /** The ledger as {@code reader} sees it: these records, and the log ending at {@code end}. */
    private static void givenLog(
            final MockConsumer<String, byte[]> reader, final long end, final ConsumerRecord<?, ?>... records) {
        reader.updatePartitions(TOPIC, List.of(new PartitionInfo(TOPIC, 0, null, null, null)));
        reader.updateBeginningOffsets(Map.of(PARTITION, 0L));
        reader.updateEndOffsets(Map.of(PARTITION, end));
        reader.schedulePollTask(() -> {
            for (final ConsumerRecord<?, ?> record : records) {
                @SuppressWarnings("unchecked")
                final ConsumerRecord<String, byte[]> typed = (ConsumerRecord<String, byte[]>) record;
                reader.addRecord(typed);
            }
        });
        // a real consumer's position passes the markers and aborted records it does not return
        reader.schedulePollTask(() -> reader.seek(PARTITION, end));
    }

    private static ConsumerRecord<String, byte[]> record(final long offset, final String key, final LedgerEntry entry) {
        return new ConsumerRecord<>(
                TOPIC,
                0,
                offset,
                key,
                Topics.INGEST_LEDGER.valueSerde().serializer().serialize(TOPIC, entry));
    }

    private static LedgerEntry entry(final String articleId, final String file, final FileStatus status) {
        return new LedgerEntry(
                articleId,
                "sha256:" + articleId + "0".repeat(48),
                file,
                status,
                status == FileStatus.PUBLISHED ? 3 : 0,
                NOW,
                null,
                null);
    }
}
