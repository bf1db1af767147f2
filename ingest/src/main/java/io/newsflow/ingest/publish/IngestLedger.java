package io.newsflow.ingest.publish;

import io.newsflow.contract.FileStatus;
import io.newsflow.contract.LedgerEntry;
import io.newsflow.contract.Topics;
import java.time.Duration;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What content ingest has already published, read back from the compacted {@code news-ingest-ledger} (key articleId)
 * into memory: at start from the beginning to the end, with read_committed so entries of aborted transactions never
 * count; later only what is new. Entries this instance commits are added with {@link #record}.
 *
 * <p>Any entry means the content was published: ALREADY_INGESTED is only ever written after a PUBLISHED entry, and on
 * the compacted topic it replaces that entry under the same key. In memory the PUBLISHED entry is kept, since it names
 * the file the content was first published from. A tombstone forgets the key, so an operator can allow content again.
 *
 * <p>Used by one thread at a time.
 */
public final class IngestLedger implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestLedger.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Consumer<String, byte[]> consumer;
    /** Reads uncommitted end offsets: what was written, settled or not; null when only the committed view exists. */
    private final Consumer<String, byte[]> written;

    private final Map<String, LedgerEntry> entries = new HashMap<>();
    /** Every published article id, including those whose entry could not be read. */
    private final Set<String> published = new HashSet<>();

    private List<TopicPartition> partitions;
    /** The read_committed end offsets the last catch-up read to; everything below them is settled. */
    private Map<TopicPartition, Long> settledEnd = Map.of();
    /** During {@link #restore}: which offsets the read_committed read returned, per partition. */
    private Map<TopicPartition, CommittedOffsets> committedOffsets;

    private List<LedgerEntry> abortedPublications = List.of();

    /** A ledger read with {@code consumer}, which it owns and closes. */
    public IngestLedger(final Consumer<String, byte[]> consumer) {
        this(consumer, null);
    }

    /**
     * A ledger read with the read_committed {@code consumer}; {@code written} (read_uncommitted, may be null) tells
     * where the log ends, settled or not, so that a catch-up waits for transactions still being settled. Owns both.
     */
    public IngestLedger(final Consumer<String, byte[]> consumer, final Consumer<String, byte[]> written) {
        this.consumer = consumer;
        this.written = written;
    }

    /**
     * A ledger read with a new {@link KafkaConsumer}; read_committed, no group and no committed offsets are forced,
     * since the ledger is always read whole.
     */
    public static IngestLedger create(final Map<String, Object> consumerProperties) {
        final Map<String, Object> properties = new HashMap<>(consumerProperties);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        final Map<String, Object> uncommitted = new HashMap<>(properties);
        uncommitted.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        uncommitted.computeIfPresent(ConsumerConfig.CLIENT_ID_CONFIG, (key, id) -> id + "-end");
        return new IngestLedger(
                new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer()),
                new KafkaConsumer<>(uncommitted, new StringDeserializer(), new ByteArrayDeserializer()));
    }

    /**
     * Reads the whole ledger, from the beginning to its current end; returns how many articles it knows. Then, when it
     * can read uncommitted records too, it looks for {@link #abortedPublications()}.
     */
    public int restore(final Duration timeout) {
        final List<PartitionInfo> infos = consumer.partitionsFor(Topics.INGEST_LEDGER.name(), timeout);
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("Topic " + Topics.INGEST_LEDGER.name() + " does not exist; create it "
                    + "(compacted) before starting ingest");
        }
        partitions = infos.stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .collect(Collectors.toList());
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        entries.clear();
        published.clear();
        committedOffsets = new HashMap<>();
        try {
            catchUp(timeout);
            abortedPublications = written == null ? List.of() : readAbortedPublications(timeout);
        } finally {
            committedOffsets = null;
        }
        return published.size();
    }

    /**
     * PUBLISHED entries, read at restore, that only an aborted transaction holds and whose content the ledger does not
     * know as published: files that went to the processed directory but whose articles are not in Kafka. A commit that
     * returned can still be lost when the broker dies with it and its transaction is later aborted (the local run does
     * that to transactions left hanging, see the launcher's HangingTransactions); the caller gives such files back
     * to the inbox. Ordinary aborted transactions appear too, but their files went back to the inbox, not to processed.
     */
    public List<LedgerEntry> abortedPublications() {
        return abortedPublications;
    }

    /**
     * Reads the ledger again, uncommitted records included, up to where the restore read (everything below is
     * settled): a record the read_committed read did not return belongs to an aborted transaction.
     */
    private List<LedgerEntry> readAbortedPublications(final Duration timeout) {
        final long deadline = System.nanoTime() + timeout.toNanos();
        final Map<String, LedgerEntry> aborted = new LinkedHashMap<>();
        written.assign(partitions);
        written.seekToBeginning(partitions);
        try {
            while (!settledEnd.entrySet().stream().allMatch(e -> written.position(e.getKey()) >= e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("Reading " + Topics.INGEST_LEDGER.name() + " uncommitted to "
                            + settledEnd + " took longer than " + timeout);
                }
                for (final ConsumerRecord<String, byte[]> record : written.poll(POLL)) {
                    final TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    final long end = settledEnd.getOrDefault(partition, 0L);
                    final CommittedOffsets committed = committedOffsets.get(partition);
                    if (record.offset() < end
                            && record.key() != null
                            && record.value() != null
                            && (committed == null || !committed.contains(record.offset()))
                            && !published.contains(record.key())) {
                        readable(record)
                                .filter(entry -> entry.status() == FileStatus.PUBLISHED)
                                .ifPresent(entry -> aborted.put(entry.articleId(), entry));
                    }
                }
            }
        } finally {
            written.unsubscribe();
        }
        if (!aborted.isEmpty()) {
            LOG.warn(
                    "{} has {} publication(s) of aborted transactions whose content is not published: {}",
                    Topics.INGEST_LEDGER.name(),
                    aborted.size(),
                    aborted.values().stream()
                            .map(LedgerEntry::sourceFile)
                            .limit(20)
                            .collect(Collectors.joining(", ")));
        }
        return List.copyOf(aborted.values());
    }

    /**
     * Reads what was added to the ledger since the last read, up to its current end. First waits until every
     * transaction written so far is settled (committed or aborted): a transaction a crashed predecessor asked to commit
     * may still be completing when this instance starts, and reading only to the end of what is committed by then
     * would miss it — and publish that file a second time.
     */
    public void catchUp(final Duration timeout) {
        if (partitions == null) {
            throw new IllegalStateException("IngestLedger.restore must be called before catchUp");
        }
        final long deadline = System.nanoTime() + timeout.toNanos();
        // read_committed end offsets stop before any open transaction: exactly what is settled
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
        if (written != null) {
            final Map<TopicPartition, Long> writtenEnd = written.endOffsets(partitions, timeout);
            if (!covers(end, writtenEnd)) {
                LOG.info(
                        "Waiting for transactions on {} to settle (written up to {}, settled up to {}): ingest "
                                + "trusts the ledger only once they are",
                        Topics.INGEST_LEDGER.name(),
                        writtenEnd,
                        end);
            }
            while (!covers(end, writtenEnd)) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("Transactions on " + Topics.INGEST_LEDGER.name() + " up to " + writtenEnd
                            + " were not settled within " + timeout + " (settled up to " + end + ")");
                }
                pause();
                end = consumer.endOffsets(partitions, timeout);
            }
        }
        while (!reached(end)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("Reading " + Topics.INGEST_LEDGER.name() + " to its end " + end
                        + " took longer than " + timeout);
            }
            for (final ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                if (committedOffsets != null) {
                    committedOffsets
                            .computeIfAbsent(
                                    new TopicPartition(record.topic(), record.partition()),
                                    partition -> new CommittedOffsets(record.offset()))
                            .add(record.offset());
                }
                apply(record);
            }
        }
        settledEnd = Map.copyOf(end);
    }

    /** Whether content with this id was published, under any file name. */
    public boolean isPublished(final String articleId) {
        return published.contains(articleId);
    }

    /** The entry under which this content was first published, if it is known and readable. */
    public Optional<LedgerEntry> find(final String articleId) {
        return Optional.ofNullable(entries.get(articleId));
    }

    /** Remembers an entry this instance has just committed. */
    public void record(final LedgerEntry entry) {
        entries.merge(entry.articleId(), entry, IngestLedger::keepFirstPublication);
        published.add(entry.articleId());
    }

    /** How many articles the ledger knows as published. */
    public int size() {
        return published.size();
    }

    @Override
    public void close() {
        consumer.close();
        if (written != null) {
            written.close();
        }
    }

    private static boolean covers(final Map<TopicPartition, Long> settled, final Map<TopicPartition, Long> written) {
        return written.entrySet().stream().allMatch(e -> settled.getOrDefault(e.getKey(), 0L) >= e.getValue());
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis() / 2);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for ledger transactions to settle", e);
        }
    }

    private boolean reached(final Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private void apply(final ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            LOG.warn(
                    "Ignoring a ledger record without key at {}-{}@{}",
                    record.topic(),
                    record.partition(),
                    record.offset());
            return;
        }
        if (record.value() == null) {
            entries.remove(record.key());
            published.remove(record.key());
            return;
        }
        final Optional<LedgerEntry> entry = readable(record);
        if (entry.isPresent()) {
            record(entry.get());
        } else {
            // the key alone still says this content was published: keep it, rather than publish it twice
            published.add(record.key());
        }
    }

    private static Optional<LedgerEntry> readable(final ConsumerRecord<String, byte[]> record) {
        try {
            return Optional.of(
                    Topics.INGEST_LEDGER.valueSerde().deserializer().deserialize(record.topic(), record.value()));
        } catch (final SerializationException e) {
            LOG.warn(
                    "Unreadable ledger entry for article {} at {}-{}@{}: {}",
                    record.key(),
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.getMessage());
            return Optional.empty();
        }
    }

    /** Offsets of one partition as a bit set from the first one seen: compact for a ledger of millions. */
    private static final class CommittedOffsets {

        private final long base;
        private final BitSet offsets = new BitSet();

        CommittedOffsets(final long base) {
            this.base = base;
        }

        void add(final long offset) {
            if (offset >= base && offset - base < Integer.MAX_VALUE) {
                offsets.set((int) (offset - base));
            }
        }

        /** Beyond what a bit set can index, every offset counts as committed: nothing is republished on a guess. */
        boolean contains(final long offset) {
            return offset >= base && (offset - base >= Integer.MAX_VALUE || offsets.get((int) (offset - base)));
        }
    }

    private static LedgerEntry keepFirstPublication(final LedgerEntry known, final LedgerEntry added) {
        return known.status() == FileStatus.PUBLISHED && added.status() != FileStatus.PUBLISHED ? known : added;
    }
}
