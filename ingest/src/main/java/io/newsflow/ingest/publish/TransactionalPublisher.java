package io.newsflow.ingest.publish;

import io.newsflow.contract.ClientProperties;
import io.newsflow.contract.LedgerEntry;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ApplicationRecoverableException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes files in Kafka transactions: each file's {@code news-paragraphs} records (key articleId) and its
 * {@code news-ingest-ledger} entry (key articleId) commit together or not at all, so a read_committed reader sees a
 * whole article with its ledger entry, or nothing of it. Several files may share one transaction
 * ({@link #publishAll}): a commit costs a few round trips to the transaction coordinator whatever it carries, so a
 * burst of files is published at the rate of its records, not of its commits.
 *
 * <p>Failures are classified here, once. Fencing (another instance took over the {@code transactional.id}: a
 * {@link ProducerFencedException}, or an {@link InvalidProducerEpochException} when a send carries the older epoch),
 * authorisation and unsupported broker versions are a {@link FatalPublishException}: retrying would only fight the
 * newer instance or repeat the refusal. Anything else aborts the transaction and is a {@link PublishFailedException} to
 * retry. When the producer cannot abort (its commit timed out, or it is in an error state) it is replaced by a new one,
 * whose {@code initTransactions} settles the open transaction; whether that transaction committed is then unknown to
 * the caller ({@link PublishFailedException#outcomeUnknown()}).
 *
 * <p>Used by one thread at a time.
 */
public final class TransactionalPublisher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionalPublisher.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final Supplier<Producer<String, byte[]>> producerFactory;
    private final String transactionalId;
    private final int maxRecordBytes;
    private Producer<String, byte[]> producer;

    /**
     * A publisher over {@code producerFactory}'s producers, which must be transactional (tests pass a mock), with the
     * record-size limit of a producer's default {@code max.request.size}.
     */
    public TransactionalPublisher(
            final Supplier<Producer<String, byte[]>> producerFactory, final String transactionalId) {
        this(producerFactory, transactionalId, ClientProperties.maxRecordBytes(Map.of()));
    }

    /**
     * Like the other constructor; records whose key, value and headers exceed {@code maxRecordBytes} (see
     * {@link ClientProperties#maxRecordBytes}) are refused.
     */
    public TransactionalPublisher(
            final Supplier<Producer<String, byte[]>> producerFactory,
            final String transactionalId,
            final int maxRecordBytes) {
        this.producerFactory = producerFactory;
        this.transactionalId = transactionalId;
        this.maxRecordBytes = maxRecordBytes;
    }

    /** A publisher over {@link KafkaProducer}s built from {@code producerProperties} (with a transactional.id). */
    public static TransactionalPublisher create(final Map<String, Object> producerProperties) {
        final Map<String, Object> properties = Map.copyOf(producerProperties);
        final Object transactionalId = properties.get("transactional.id");
        if (transactionalId == null) {
            throw new IllegalArgumentException("producerProperties must set transactional.id");
        }
        return new TransactionalPublisher(
                () -> new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer()),
                transactionalId.toString(),
                ClientProperties.maxRecordBytes(properties));
    }

    /**
     * Creates the producer and initialises transactions. This fences any older producer with the same
     * {@code transactional.id} and settles its open transaction, which must happen before the ledger is read, or a
     * zombie's open transaction would hold the read_committed end of the ledger back.
     */
    public void start() {
        if (producer != null) {
            throw new IllegalStateException("TransactionalPublisher " + transactionalId + " was already started");
        }
        producer = newInitialisedProducer();
    }

    /**
     * One file's share of a transaction, serialised and checked against the record size limit by {@link #prepare}:
     * its paragraphs (none when only its ledger entry is written) and its ledger entry.
     */
    public static final class Publication {

        private final LedgerEntry entry;
        private final List<ProducerRecord<String, byte[]>> records;
        private final long bytes;

        private Publication(final LedgerEntry entry, final List<ProducerRecord<String, byte[]>> records) {
            this.entry = entry;
            this.records = List.copyOf(records);
            long size = 0;
            for (final ProducerRecord<String, byte[]> record : records) {
                size += record.key().length() + record.value().length;
            }
            this.bytes = size;
        }

        public LedgerEntry entry() {
            return entry;
        }

        /** Its records' bytes (keys and values), for sizing a transaction. */
        public long bytes() {
            return bytes;
        }
    }

    /**
     * Serialises a file's paragraphs and ledger entry for {@link #publishAll}.
     *
     * @throws OversizedArticleException when a record is larger than this producer may send: the file can be
     *     quarantined before any transaction, without holding up the files it would have shared one with
     */
    public Publication prepare(final List<Paragraph> paragraphs, final LedgerEntry entry)
            throws OversizedArticleException {
        final List<ProducerRecord<String, byte[]>> records = toRecords(paragraphs, entry);
        refuseOversized(records, entry);
        return new Publication(entry, records);
    }

    /**
     * Publishes {@code paragraphs} and {@code entry} in one transaction.
     *
     * @throws OversizedArticleException when a record is too large for Kafka; nothing was committed
     */
    public void publish(final List<Paragraph> paragraphs, final LedgerEntry entry)
            throws PublishFailedException, OversizedArticleException {
        publishAll(List.of(prepare(paragraphs, entry)));
    }

    /**
     * Publishes every publication in one transaction: all of them commit, or none.
     *
     * @throws OversizedArticleException when the broker refused a record as too large (its limit or the topic's is
     *     lower than the producer's); nothing was committed. With several publications the refusal does not say
     *     whose record it was: publish them one by one to find out
     */
    public void publishAll(final List<Publication> publications)
            throws PublishFailedException, OversizedArticleException {
        if (publications.isEmpty()) {
            return;
        }
        final String what = describe(publications);
        requireStarted();
        try {
            producer.beginTransaction();
            for (final Publication publication : publications) {
                for (final ProducerRecord<String, byte[]> record : publication.records) {
                    producer.send(record);
                }
            }
            // commit flushes, and fails if any send failed: no need to wait on each future
            producer.commitTransaction();
        } catch (final KafkaException e) {
            if (isFatal(e)) {
                throw fatal(what, e);
            }
            final PublishFailedException failed = abortAfter(what, e);
            if (!failed.outcomeUnknown() && causedBy(e, RecordTooLargeException.class)) {
                // the same file fails every time: the caller quarantines it
                throw new OversizedArticleException(
                        "A record of " + what + " is larger than the broker accepts: " + e.getMessage(), e);
            }
            throw failed;
        }
    }

    private static String describe(final List<Publication> publications) {
        final LedgerEntry first = publications.get(0).entry();
        final String one = first.sourceFile() + " (article " + first.articleId() + ")";
        return publications.size() == 1
                ? one
                : publications.size() + " files, " + one + " and " + (publications.size() - 1) + " more";
    }

    private void refuseOversized(final List<ProducerRecord<String, byte[]>> records, final LedgerEntry entry)
            throws OversizedArticleException {
        for (final ProducerRecord<String, byte[]> record : records) {
            final long bytes = (long) record.key().getBytes(StandardCharsets.UTF_8).length + record.value().length;
            if (bytes > maxRecordBytes) {
                throw new OversizedArticleException(
                        String.format(
                                Locale.ROOT,
                                "a record of %d bytes is larger than the %d bytes a Kafka record may hold here "
                                        + "(max.request.size); split the article or raise the limit",
                                bytes,
                                maxRecordBytes),
                        null);
            }
        }
    }

    private static boolean causedBy(final Throwable error, final Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(CLOSE_TIMEOUT);
            producer = null;
        }
    }

    private static List<ProducerRecord<String, byte[]>> toRecords(
            final List<Paragraph> paragraphs, final LedgerEntry entry) {
        // serialised before the transaction begins: a record that cannot be serialised is a bug, not a Kafka failure
        final List<ProducerRecord<String, byte[]>> records = new ArrayList<>(paragraphs.size() + 1);
        for (final Paragraph paragraph : paragraphs) {
            if (!paragraph.articleId().equals(entry.articleId())) {
                throw new IllegalArgumentException("Paragraph of article " + paragraph.articleId()
                        + " published with the ledger entry of " + entry.articleId());
            }
            records.add(new ProducerRecord<>(
                    Topics.PARAGRAPHS.name(),
                    paragraph.articleId(),
                    Topics.PARAGRAPHS.valueSerde().serializer().serialize(Topics.PARAGRAPHS.name(), paragraph)));
        }
        records.add(new ProducerRecord<>(
                Topics.INGEST_LEDGER.name(),
                entry.articleId(),
                Topics.INGEST_LEDGER.valueSerde().serializer().serialize(Topics.INGEST_LEDGER.name(), entry)));
        return records;
    }

    private PublishFailedException abortAfter(final String files, final KafkaException cause) {
        final String what = "Transaction for " + files;
        if (!(cause instanceof ApplicationRecoverableException) && !(cause instanceof OutOfOrderSequenceException)) {
            try {
                producer.abortTransaction();
                return new PublishFailedException(
                        what + " failed and was aborted: " + cause.getMessage(), cause, false);
            } catch (final ProducerFencedException | InvalidProducerEpochException e) {
                throw fatal(files, e);
            } catch (final KafkaException e) {
                // typically a commit that timed out: it may still complete, and only a new producer can settle it
                cause.addSuppressed(e);
            }
        }
        LOG.warn("Replacing the producer of {} after: {}", transactionalId, cause.toString());
        replaceProducer(files);
        return new PublishFailedException(
                what + " failed; it may or may not have committed: " + cause.getMessage(), cause, true);
    }

    private void replaceProducer(final String files) {
        final Producer<String, byte[]> failed = producer;
        producer = null;
        try {
            failed.close(Duration.ZERO);
        } catch (final KafkaException e) {
            LOG.debug("Closing the failed producer of {} failed: {}", transactionalId, e.toString());
        }
        try {
            producer = newInitialisedProducer();
        } catch (final KafkaException e) {
            if (isFatal(e)) {
                throw fatal(files, e);
            }
            // the next publish tries again; until then there is no producer
            LOG.warn("Cannot create a new producer for {} yet: {}", transactionalId, e.toString());
        }
    }

    private Producer<String, byte[]> newInitialisedProducer() {
        final Producer<String, byte[]> created = producerFactory.get();
        try {
            created.initTransactions();
            return created;
        } catch (final KafkaException e) {
            created.close(Duration.ZERO);
            throw e;
        }
    }

    /**
     * Makes sure a producer is initialised, which settles (completes or aborts) a transaction whose outcome was
     * unknown: only after that does the ledger tell whether its file was published.
     */
    public void settle() throws PublishFailedException {
        requireStarted();
    }

    private void requireStarted() throws PublishFailedException {
        if (producer != null) {
            return;
        }
        try {
            producer = newInitialisedProducer();
        } catch (final KafkaException e) {
            if (isFatal(e)) {
                throw new FatalPublishException("Cannot initialise transactions for " + transactionalId, e);
            }
            throw new PublishFailedException("No producer for " + transactionalId + ": " + e.getMessage(), e, true);
        }
    }

    /**
     * Whether no new attempt can help: another instance took over the transactional id (fenced, or a send with the
     * older epoch), or the broker refuses transactions to this principal or this client.
     */
    private static boolean isFatal(final KafkaException error) {
        return error instanceof ProducerFencedException
                || error instanceof InvalidProducerEpochException
                || error instanceof AuthorizationException
                || error instanceof UnsupportedVersionException;
    }

    private FatalPublishException fatal(final String files, final KafkaException cause) {
        final String why = cause instanceof ProducerFencedException || cause instanceof InvalidProducerEpochException
                ? "another ingest instance uses transactional.id " + transactionalId
                : cause.getClass().getSimpleName();
        return new FatalPublishException("Cannot publish " + files + ": " + why + ": " + cause.getMessage(), cause);
    }
}
