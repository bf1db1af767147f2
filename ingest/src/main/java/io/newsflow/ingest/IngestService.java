package io.newsflow.ingest;

import io.newsflow.contract.Topics;
import io.newsflow.ingest.inbox.FileClaims;
import io.newsflow.ingest.inbox.InboxWatcher;
import io.newsflow.ingest.inbox.Quarantine;
import io.newsflow.ingest.parse.ArticleReader;
import io.newsflow.ingest.publish.IngestLedger;
import io.newsflow.ingest.publish.TransactionalPublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: watches the inbox and publishes every complete article file to {@code news-paragraphs} (key
 * articleId, one record per headline, heading and paragraph) together with its {@code news-ingest-ledger} entry, in one
 * Kafka transaction per file; the file moves to the processed directory only after the commit. Content already in the
 * ledger is recorded as ALREADY_INGESTED and not published again; files that can never be articles go to the error
 * directory with a {@code .error.json}. Both topics must exist. Instances with different transactional ids may share
 * an inbox: each file is claimed by one of them ({@link FileClaims}).
 *
 * <p>Lifecycle: {@link #start()} once, {@link #close()} once (also after a failed start). A fatal Kafka error (fencing,
 * authorisation) stops the service on its own and is reported through {@link IngestListener#onFailed}.
 */
public final class IngestService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    /**
     * Longer than a transaction timeout plus the broker's check for expired transactions: after a crash of broker and
     * ingest together, the crashed run's last transaction was seen to stay open until it expired, and the ledger must
     * wait for it to settle before it can say whether that file was published.
     */
    private static final Duration LEDGER_RESTORE_TIMEOUT = Duration.ofMinutes(3);

    private static final String THREAD_NAME = "newsflow-ingest-inbox";

    private final IngestConfig config;
    private final IngestListener listener;
    private final Clock clock;
    private TransactionalPublisher publisher;
    private IngestLedger ledger;
    private InboxWatcher watcher;
    private volatile Throwable failure;
    private boolean started;
    private boolean closed;

    public IngestService(final IngestConfig config, final IngestListener listener) {
        this(config, listener, Clock.systemUTC());
    }

    IngestService(final IngestConfig config, final IngestListener listener, final Clock clock) {
        this.config = config;
        this.listener = new GuardedListener(listener);
        this.clock = clock;
    }

    /**
     * Creates the directories, initialises the transactional producer (fencing an older instance with the same
     * transactional.id), reads the ledger and starts watching. Throws, having released what it opened, if a directory
     * cannot be created, Kafka cannot be reached or the ledger cannot be read within a minute.
     */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("IngestService was already started");
        }
        started = true;
        try {
            startComponents();
        } catch (final RuntimeException e) {
            failure = e;
            closeClients();
            throw e;
        }
    }

    private void startComponents() {
        createDirectory(config.inbox(), IngestConfig.INBOX);
        createDirectory(config.processedDir(), IngestConfig.PROCESSED_DIR);
        createDirectory(config.errorDir(), IngestConfig.ERROR_DIR);

        publisher = TransactionalPublisher.create(config.producerProperties());
        // before the ledger is read: initialising transactions settles a crashed predecessor's open transaction, which
        // would otherwise hold back the read_committed end of the ledger
        publisher.start();
        ledger = IngestLedger.create(config.ledgerConsumerProperties());
        final int known = ledger.restore(LEDGER_RESTORE_TIMEOUT);

        final FileClaims claims = new FileClaims(config.inbox(), config.transactionalId());
        final int released = recoverClaims(claims);
        final ArticleReader reader =
                new ArticleReader(config.maxFileBytes(), config.maxItemBytes(), config.jsonLinesFields());
        final int lost = LostPublications.giveBack(
                ledger, config.processedDir(), config.inbox(), reader, LEDGER_RESTORE_TIMEOUT);

        final ArticleIngestor ingestor = new ArticleIngestor(
                claims,
                reader,
                ledger,
                publisher,
                new Quarantine(config.errorDir(), clock),
                config.processedDir(),
                listener,
                clock,
                config.claimTimeout(),
                config.maxFilesPerTransaction());
        watcher = new InboxWatcher(
                config.inbox(),
                config.minFileAge(),
                config.rescanInterval(),
                ingestor,
                this::fail,
                clock,
                Set.of(config.processedDir(), config.errorDir()));
        watcher.start(THREAD_NAME);
        LOG.info(
                "Ingest started: inbox {}, processed {}, error {}; {} articles in {}; transactional.id {}; {} files "
                        + "claimed before a crash given back; {} files whose commit the broker lost given back",
                config.inbox(),
                config.processedDir(),
                config.errorDir(),
                known,
                Topics.INGEST_LEDGER.name(),
                config.transactionalId(),
                released,
                lost);
    }

    /** Whether the service was started, has not failed and was not closed. */
    public synchronized boolean isRunning() {
        return started && !closed && failure == null;
    }

    /** The error that stopped the service on its own, if one did. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** Stops watching after the file in hand is finished, then closes the Kafka clients. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (watcher != null) {
            watcher.close();
        }
        closeClients();
        LOG.info("Ingest stopped");
    }

    private void fail(final RuntimeException error) {
        failure = error;
        LOG.error("Ingest stopped on an error it cannot recover from; no file is taken any more", error);
        closeClients();
        listener.onFailed(error);
    }

    private synchronized void closeClients() {
        if (publisher != null) {
            publisher.close();
            publisher = null;
        }
        if (ledger != null) {
            ledger.close();
            ledger = null;
        }
    }

    private static int recoverClaims(final FileClaims claims) {
        try {
            return claims.recover();
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot look for files left claimed in the inbox", e);
        }
    }

    private static void createDirectory(final Path dir, final String variable) {
        try {
            Files.createDirectories(dir);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot create " + dir + " (" + variable + ")", e);
        }
    }
}
