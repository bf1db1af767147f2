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
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests one complete inbox file: claim it (see {@link FileClaims}), read and parse it, identify its content, then
 * either publish it (paragraphs and a PUBLISHED ledger entry in one transaction) or, if the ledger knows the content,
 * record ALREADY_INGESTED; only after the commit is the file moved to the processed directory. Files that can never
 * become articles are quarantined: symbolic links (never followed), unsupported formats, and what {@link ArticleReader}
 * or Kafka's record size refuses. A file that changed while it was read goes back to the inbox. Transient Kafka failures give the file back to the inbox for the watcher to offer
 * again; fatal ones give it back too, and propagate.
 */
final class ArticleIngestor implements InboxWatcher.FileHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleIngestor.class);
    private static final Duration LEDGER_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STALE_CLAIM_CHECK = Duration.ofSeconds(10);

    private final FileClaims claims;
    private final ArticleReader reader;
    private final IngestLedger ledger;
    private final TransactionalPublisher publisher;
    private final Quarantine quarantine;
    private final Path processedDir;
    private final IngestListener listener;
    private final Clock clock;
    private final Duration claimTimeout;
    private Instant nextStaleClaimCheck;
    /** Set when a commit's outcome is unknown: the ledger must be read again before anything is published. */
    private boolean ledgerStale;

    ArticleIngestor(final FileClaims claims, final ArticleReader reader, final IngestLedger ledger,
            final TransactionalPublisher publisher, final Quarantine quarantine, final Path processedDir,
            final IngestListener listener, final Clock clock) {
        this(claims, reader, ledger, publisher, quarantine, processedDir, listener, clock,
                IngestConfig.DEFAULT_CLAIM_TIMEOUT);
    }

    ArticleIngestor(final FileClaims claims, final ArticleReader reader, final IngestLedger ledger,
            final TransactionalPublisher publisher, final Quarantine quarantine, final Path processedDir,
            final IngestListener listener, final Clock clock, final Duration claimTimeout) {
        this.claimTimeout = claimTimeout;
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
    public void handle(final Path file) {
        final long started = System.nanoTime();
        if (ledgerStale && !catchUpLedger()) {
            return;
        }
        final Optional<FileClaims.Claim> claim;
        try {
            claim = claims.claim(file);
        } catch (final IOException e) {
            LOG.warn("Cannot claim {} in the inbox, will try again: {}", file.getFileName(), e.toString());
            return;
        }
        if (claim.isEmpty()) {
            LOG.debug("{} was taken by another instance", file.getFileName());
            return;
        }
        ingest(claim.get(), started);
    }

    private void ingest(final FileClaims.Claim claim, final long started) {
        final Optional<ArticleFormat> format = ArticleFormat.forFileName(claim.name());
        final BasicFileAttributes before;
        try {
            before = Files.readAttributes(claim.claimed(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (final NoSuchFileException e) {
            LOG.warn("{} disappeared while claimed; skipping it", claim.name());
            return;
        } catch (final IOException e) {
            quarantine(claim, RejectReason.UNREADABLE, "its attributes cannot be read: " + e);
            return;
        }
        if (before.isSymbolicLink()) {
            quarantine(claim, RejectReason.SYMLINK, "a symbolic link; ingest reads only regular files inside the "
                    + "inbox and never follows a link out of it");
            return;
        }
        if (format.isEmpty()) {
            quarantine(claim, RejectReason.UNSUPPORTED_FORMAT, "ingest reads " + ArticleFormat.SUPPORTED
                    + "; this file's extension is none of them");
            return;
        }
        final ArticleReader.Result read;
        try {
            read = reader.read(claim.claimed(), format.get());
        } catch (final NoSuchFileException e) {
            LOG.warn("{} disappeared while claimed; skipping it", claim.name());
            return;
        } catch (final RejectedFileException e) {
            quarantine(claim, e.reason(), e.detail());
            return;
        }
        if (changedSince(claim, before)) {
            // a writer still had the file open: what was read may be half of it
            LOG.warn("{} changed while it was read; it goes back to the inbox until it stays unchanged", claim.name());
            claims.release(claim);
            return;
        }
        final ArticleIdentity identity = ArticleIdentity.of(read.decoded().text());
        final Instant now = clock.instant();
        try {
            if (ledger.isPublished(identity.articleId())) {
                recordAlreadyIngested(claim, identity, now);
            } else {
                publish(claim, read, identity, now, started);
            }
        } catch (final OversizedArticleException e) {
            quarantine(claim, RejectReason.TOO_LARGE, e.getMessage());
        } catch (final PublishFailedException e) {
            LOG.warn("{} was not published and goes back to the inbox for another attempt: {}", claim.name(),
                    e.getMessage());
            ledgerStale |= e.outcomeUnknown();
            claims.release(claim);
        } catch (final FatalPublishException e) {
            // this instance stops; the file goes back for whichever instance carries on
            claims.release(claim);
            throw e;
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

    private void publish(final FileClaims.Claim claim, final ArticleReader.Result read,
            final ArticleIdentity identity, final Instant now, final long started)
            throws PublishFailedException, OversizedArticleException {
        final List<Paragraph> records = ArticleRecords.of(read.article(), identity, claim.name(), now);
        final LedgerEntry entry = new LedgerEntry(identity.articleId(), identity.contentHash(), claim.name(),
                FileStatus.PUBLISHED, records.size(), now);
        publisher.publish(records, entry);
        ledger.record(entry);
        moveToProcessed(claim);
        final Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("Published {} as article {}: {} records ({}) in {} ms", claim.name(), identity.articleId(),
                records.size(), read.decoded().charset().name(), took.toMillis());
        listener.onPublished(claim.name(), identity.articleId(), records.size(), took);
    }

    private void recordAlreadyIngested(final FileClaims.Claim claim, final ArticleIdentity identity,
            final Instant now) throws PublishFailedException {
        final LedgerEntry entry = new LedgerEntry(identity.articleId(), identity.contentHash(), claim.name(),
                FileStatus.ALREADY_INGESTED, 0, now);
        publisher.record(entry);
        ledger.record(entry);
        moveToProcessed(claim);
        LOG.info("{} holds article {}, already published{}; nothing published", claim.name(), identity.articleId(),
                ledger.find(identity.articleId()).map(first -> " from " + first.sourceFile()).orElse(""));
        listener.onAlreadyIngested(claim.name(), identity.articleId());
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
