package io.newsflow.ingest;

import io.newsflow.contract.FileStatus;
import io.newsflow.contract.LedgerEntry;
import io.newsflow.contract.Paragraph;
import io.newsflow.ingest.inbox.FileClaims;
import io.newsflow.ingest.inbox.FileMover;
import io.newsflow.ingest.inbox.InboxWatcher;
import io.newsflow.ingest.inbox.Quarantine;
import io.newsflow.ingest.parse.ArticleFormat;
import io.newsflow.ingest.parse.ArticleIdentity;
import io.newsflow.ingest.parse.ArticleReader;
import io.newsflow.ingest.parse.RejectReason;
import io.newsflow.ingest.parse.RejectedFileException;
import io.newsflow.ingest.publish.ArticleRecords;
import io.newsflow.ingest.publish.FatalPublishException;
import io.newsflow.ingest.publish.IngestLedger;
import io.newsflow.ingest.publish.OversizedArticleException;
import io.newsflow.ingest.publish.PublishFailedException;
import io.newsflow.ingest.publish.TransactionalPublisher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests complete inbox files: claim each (see {@link FileClaims}), read and parse it, identify its content, then
 * either publish it (paragraphs and a PUBLISHED ledger entry in the same transaction) or, if the ledger or an earlier
 * file of the same transaction has the content, record ALREADY_INGESTED; only after the commit is a file moved to the
 * processed directory. The files ready together share transactions (see {@link #handle(List)}). Files that can never
 * become articles are quarantined: symbolic links (never followed), unsupported formats, and what {@link ArticleReader}
 * or Kafka's record size refuses. A file that changed while it was read goes back to the inbox. Transient Kafka failures give the file back to the inbox for the watcher to offer
 * again; fatal ones give it back too, and propagate.
 */
final class ArticleIngestor implements InboxWatcher.FileHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleIngestor.class);
    private static final Duration LEDGER_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STALE_CLAIM_CHECK = Duration.ofSeconds(10);
    /** Keeps a shared transaction far below the producer's buffer and its timeout, whatever the files' sizes. */
    static final long MAX_TRANSACTION_BYTES = 8L * 1024 * 1024;

    private final FileClaims claims;
    private final ArticleReader reader;
    private final IngestLedger ledger;
    private final TransactionalPublisher publisher;
    private final Quarantine quarantine;
    private final Path processedDir;
    private final IngestListener listener;
    private final Clock clock;
    private final Duration claimTimeout;
    private final int maxFilesPerTransaction;
    private Instant nextStaleClaimCheck;
    /** Set when a commit's outcome is unknown: the ledger must be read again before anything is published. */
    private boolean ledgerStale;

    ArticleIngestor(final FileClaims claims, final ArticleReader reader, final IngestLedger ledger,
            final TransactionalPublisher publisher, final Quarantine quarantine, final Path processedDir,
            final IngestListener listener, final Clock clock) {
        this(claims, reader, ledger, publisher, quarantine, processedDir, listener, clock,
                IngestConfig.DEFAULT_CLAIM_TIMEOUT, IngestConfig.DEFAULT_MAX_FILES_PER_TRANSACTION);
    }

    ArticleIngestor(final FileClaims claims, final ArticleReader reader, final IngestLedger ledger,
            final TransactionalPublisher publisher, final Quarantine quarantine, final Path processedDir,
            final IngestListener listener, final Clock clock, final Duration claimTimeout,
            final int maxFilesPerTransaction) {
        this.claimTimeout = claimTimeout;
        this.maxFilesPerTransaction = maxFilesPerTransaction;
        this.claims = claims;
        this.reader = reader;
        this.ledger = ledger;
        this.publisher = publisher;
        this.quarantine = quarantine;
        this.processedDir = processedDir;
        this.listener = listener;
        this.clock = clock;
    }

    /** Looks for claims of dead instances once per {@link #STALE_CLAIM_CHECK}, not on every scan. */
    @Override
    public void beforeScan() {
        final Instant now = clock.instant();
        if (nextStaleClaimCheck != null && now.isBefore(nextStaleClaimCheck)) {
            return;
        }
        nextStaleClaimCheck = now.plus(STALE_CLAIM_CHECK.compareTo(claimTimeout) < 0 ? STALE_CLAIM_CHECK
                : claimTimeout);
        try {
            claims.takeOverStale(claimTimeout, now);
        } catch (final IOException e) {
            LOG.warn("Cannot look for stale claims in the inbox: {}", e.toString());
        }
    }

    @Override
    public int maxBatch() {
        return maxFilesPerTransaction;
    }

    /** Handles one file on its own (a batch of one). */
    void handle(final Path file) {
        handle(List.of(file));
    }

    /**
     * Ingests {@code files}: each is claimed, read and identified; those to publish or to record as already ingested
     * go into shared transactions of at most {@link #maxBatch()} files and {@link #MAX_TRANSACTION_BYTES}; each file
     * is moved once its transaction committed. Stops early, leaving the rest in the inbox, when a transaction's outcome
     * is unknown: the ledger must be read again before anything more is decided.
     */
    @Override
    public void handle(final List<Path> files) {
        if (ledgerStale && !catchUpLedger()) {
            return;
        }
        final Transaction transaction = new Transaction();
        for (final Path file : files) {
            final long started = System.nanoTime();
            final Optional<FileClaims.Claim> claim;
            try {
                claim = claims.claim(file);
            } catch (final IOException e) {
                LOG.warn("Cannot claim {} in the inbox, will try again: {}", file.getFileName(), e.toString());
                continue;
            }
            if (claim.isEmpty()) {
                LOG.debug("{} was taken by another instance", file.getFileName());
                continue;
            }
            final Optional<Staged> staged = stage(claim.get(), transaction, started);
            if (staged.isEmpty()) {
                continue;
            }
            if (!transaction.fits(staged.get())) {
                if (!commit(transaction.take())) {
                    claims.release(staged.get().claim());
                    return;
                }
            }
            transaction.add(staged.get());
        }
        commit(transaction.take());
    }

    /** Reads a claimed file and prepares its publication; empty when the file was quarantined or given back. */
    private Optional<Staged> stage(final FileClaims.Claim claim, final Transaction transaction, final long started) {
        final Optional<ArticleFormat> format = ArticleFormat.forFileName(claim.name());
        final BasicFileAttributes before;
        try {
            before = Files.readAttributes(claim.claimed(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (final NoSuchFileException e) {
            LOG.warn("{} disappeared while claimed; skipping it", claim.name());
            return Optional.empty();
        } catch (final IOException e) {
            quarantine(claim, RejectReason.UNREADABLE, "its attributes cannot be read: " + e);
            return Optional.empty();
        }
        if (before.isSymbolicLink()) {
            quarantine(claim, RejectReason.SYMLINK, "a symbolic link; ingest reads only regular files inside the "
                    + "inbox and never follows a link out of it");
            return Optional.empty();
        }
        if (before.isRegularFile() && hardLinks(claim) > 1) {
            quarantine(claim, RejectReason.HARD_LINK, "a file with another name elsewhere (a hard link): ingest cannot "
                    + "tell whether it belongs to the inbox, so it does not read it; copy the file in instead");
            return Optional.empty();
        }
        if (format.isEmpty()) {
            quarantine(claim, RejectReason.UNSUPPORTED_FORMAT, "ingest reads " + ArticleFormat.SUPPORTED
                    + "; this file's extension is none of them");
            return Optional.empty();
        }
        final ArticleReader.Result read;
        try {
            read = reader.read(claim.claimed(), format.get());
        } catch (final NoSuchFileException e) {
            LOG.warn("{} disappeared while claimed; skipping it", claim.name());
            return Optional.empty();
        } catch (final RejectedFileException e) {
            quarantine(claim, e.reason(), e.detail());
            return Optional.empty();
        }
        if (changedSince(claim, before)) {
            // a writer still had the file open: what was read may be half of it
            LOG.warn("{} changed while it was read; it goes back to the inbox until it stays unchanged", claim.name());
            claims.release(claim);
            return Optional.empty();
        }
        final ArticleIdentity identity = ArticleIdentity.of(read.decoded().text());
        final Instant now = clock.instant();
        final boolean known = ledger.isPublished(identity.articleId()) || transaction.publishes(identity.articleId());
        final List<Paragraph> records = known ? List.of()
                : ArticleRecords.of(read.article(), identity, claim.name(), now);
        final LedgerEntry entry = new LedgerEntry(identity.articleId(), identity.contentHash(), claim.name(),
                known ? FileStatus.ALREADY_INGESTED : FileStatus.PUBLISHED, records.size(), now);
        try {
            return Optional.of(new Staged(claim, publisher.prepare(records, entry), read.decoded().charset().name(),
                    started));
        } catch (final OversizedArticleException e) {
            quarantine(claim, RejectReason.TOO_LARGE, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Commits the staged files in one transaction, then moves each to the processed directory. Returns false when the
     * transaction failed: its files are back in the inbox for another attempt.
     */
    private boolean commit(final List<Staged> staged) {
        if (staged.isEmpty()) {
            return true;
        }
        try {
            publisher.publishAll(staged.stream().map(Staged::publication).toList());
        } catch (final OversizedArticleException e) {
            if (staged.size() == 1) {
                quarantine(staged.get(0).claim(), RejectReason.TOO_LARGE, e.getMessage());
            } else {
                // the broker refused one record but does not say whose: find it by publishing them one by one
                LOG.warn("The broker refused a record of {} files as too large; publishing them one by one",
                        staged.size());
                staged.forEach(this::commitAlone);
            }
            return true;
        } catch (final PublishFailedException e) {
            LOG.warn("{} was not published and goes back to the inbox for another attempt: {}", names(staged),
                    e.getMessage());
            ledgerStale |= e.outcomeUnknown();
            staged.forEach(file -> claims.release(file.claim()));
            return false;
        } catch (final FatalPublishException e) {
            // this instance stops; the files go back for whichever instance carries on
            staged.forEach(file -> claims.release(file.claim()));
            throw e;
        }
        staged.forEach(this::committed);
        return true;
    }

    private void commitAlone(final Staged file) {
        final LedgerEntry entry = file.publication().entry();
        if (entry.status() == FileStatus.ALREADY_INGESTED && !ledger.isPublished(entry.articleId())) {
            // the copy it repeats was not published after all: decide again at the next scan
            claims.release(file.claim());
            return;
        }
        if (!ledgerStale) {
            commit(List.of(file));
        } else {
            claims.release(file.claim());
        }
    }

    private void committed(final Staged file) {
        final LedgerEntry entry = file.publication().entry();
        ledger.record(entry);
        moveToProcessed(file.claim());
        final Duration took = Duration.ofNanos(System.nanoTime() - file.started());
        if (entry.status() == FileStatus.PUBLISHED) {
            LOG.info("Published {} as article {}: {} records ({}) in {} ms", entry.sourceFile(), entry.articleId(),
                    entry.records(), file.charset(), took.toMillis());
            listener.onPublished(entry.sourceFile(), entry.articleId(), entry.records(), took);
        } else {
            LOG.info("{} holds article {}, already published{}; nothing published", entry.sourceFile(),
                    entry.articleId(), ledger.find(entry.articleId()).filter(first -> first != entry)
                            .map(first -> " from " + first.sourceFile()).orElse(""));
            listener.onAlreadyIngested(entry.sourceFile(), entry.articleId());
        }
    }

    private static String names(final List<Staged> staged) {
        return staged.size() == 1 ? staged.get(0).claim().name()
                : staged.size() + " files (" + staged.get(0).claim().name() + ", ...)";
    }

    /** How many names the file has; 1 where the file system cannot say (no {@code unix} attribute view). */
    private static int hardLinks(final FileClaims.Claim claim) {
        try {
            return (Integer) Files.getAttribute(claim.claimed(), "unix:nlink", LinkOption.NOFOLLOW_LINKS);
        } catch (final UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return 1;
        }
    }

    private static boolean changedSince(final FileClaims.Claim claim, final BasicFileAttributes before) {
        try {
            final BasicFileAttributes after = Files.readAttributes(claim.claimed(), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return after.size() != before.size() || !after.lastModifiedTime().equals(before.lastModifiedTime());
        } catch (final IOException e) {
            // gone or unreadable right after a complete read: the content read is whole, the move will tell the rest
            LOG.debug("Cannot look at {} again after reading it: {}", claim.name(), e.toString());
            return false;
        }
    }

    /** A file read and prepared, waiting for its transaction. */
    private record Staged(FileClaims.Claim claim, TransactionalPublisher.Publication publication, String charset,
            long started) {
    }

    /** The files gathered for the next transaction, within its file and byte limits. */
    private final class Transaction {

        private final List<Staged> files = new ArrayList<>();
        private final Set<String> published = new HashSet<>();
        private long bytes;

        boolean fits(final Staged file) {
            return files.isEmpty() || files.size() < maxFilesPerTransaction
                    && bytes + file.publication().bytes() <= MAX_TRANSACTION_BYTES;
        }

        void add(final Staged file) {
            files.add(file);
            bytes += file.publication().bytes();
            final LedgerEntry entry = file.publication().entry();
            if (entry.status() == FileStatus.PUBLISHED) {
                published.add(entry.articleId());
            }
        }

        /** Whether a file of this transaction publishes the article: a second copy is then already ingested. */
        boolean publishes(final String articleId) {
            return published.contains(articleId);
        }

        List<Staged> take() {
            final List<Staged> taken = List.copyOf(files);
            files.clear();
            published.clear();
            bytes = 0;
            return taken;
        }
    }

    private void moveToProcessed(final FileClaims.Claim claim) {
        try {
            FileMover.moveInto(claim.claimed(), processedDir, claim.name(), "");
        } catch (final IOException e) {
            // committed already: back in the inbox, the file is recognised as already ingested on the next scan
            LOG.error("{} was committed but cannot be moved to {}: {}", claim.name(), processedDir, e.toString());
            claims.release(claim);
        }
    }

    private void quarantine(final FileClaims.Claim claim, final RejectReason reason, final String detail) {
        try {
            final Path moved = quarantine.quarantine(claim.claimed(), claim.name(), reason, detail);
            LOG.warn("Quarantined {} as {} ({}): {}", claim.name(), moved.getFileName(), reason, detail);
            listener.onQuarantined(claim.name(), reason.name(), detail);
        } catch (final IOException e) {
            LOG.error("{} is {} ({}) but cannot be moved to quarantine: {}", claim.name(), reason, detail,
                    e.toString());
            claims.release(claim);
        }
    }

    private boolean catchUpLedger() {
        try {
            // the transaction of unknown outcome must be settled before the ledger can say whether it committed
            publisher.settle();
            ledger.catchUp(LEDGER_TIMEOUT);
            ledgerStale = false;
            return true;
        } catch (final PublishFailedException | KafkaException e) {
            LOG.warn("Cannot read the ledger yet, nothing is published until it can be read: {}", e.toString());
            return false;
        }
    }
}
