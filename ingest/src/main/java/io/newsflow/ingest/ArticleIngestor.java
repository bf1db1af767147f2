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
import io.newsflow.ingest.parse.ArticleItem;
import io.newsflow.ingest.parse.ArticleReader;
import io.newsflow.ingest.parse.BadItem;
import io.newsflow.ingest.parse.FileItems;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
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

    ArticleIngestor(
            final FileClaims claims,
            final ArticleReader reader,
            final IngestLedger ledger,
            final TransactionalPublisher publisher,
            final Quarantine quarantine,
            final Path processedDir,
            final IngestListener listener,
            final Clock clock) {
        this(
                claims,
                reader,
                ledger,
                publisher,
                quarantine,
                processedDir,
                listener,
                clock,
                IngestConfig.DEFAULT_CLAIM_TIMEOUT,
                IngestConfig.DEFAULT_MAX_FILES_PER_TRANSACTION);
    }

    ArticleIngestor(
            final FileClaims claims,
            final ArticleReader reader,
            final IngestLedger ledger,
            final TransactionalPublisher publisher,
            final Quarantine quarantine,
            final Path processedDir,
            final IngestListener listener,
            final Clock clock,
            final Duration claimTimeout,
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
        nextStaleClaimCheck =
                now.plus(STALE_CLAIM_CHECK.compareTo(claimTimeout) < 0 ? STALE_CLAIM_CHECK : claimTimeout);
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
     * Ingests {@code files}: each is claimed, read and identified; its articles to publish (one for a text or HTML file,
     * one per new item of a feed or JSON Lines file), or a text file's ALREADY_INGESTED entry, go into shared
     * transactions of at most {@link #maxBatch()} articles and {@link #MAX_TRANSACTION_BYTES}, so a file with many
     * articles spans several bounded transactions; each file is moved once every one of its articles committed.
     * Stops early, leaving the rest in the inbox, when a transaction failed: a file whose transaction failed goes back
     * to the inbox, and when it is read again the articles it already committed are in the ledger and skipped.
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
            final Optional<StagedFile> staged = stage(claim.get(), transaction, started);
            if (staged.isEmpty()) {
                continue;
            }
            if (staged.get().publications.isEmpty()) {
                // nothing new in it: settled with the transaction that publishes what it repeats, if any
                transaction.addFile(staged.get());
                continue;
            }
            for (final TransactionalPublisher.Publication publication : staged.get().publications) {
                if (!transaction.fits(publication) && !commit(transaction.take())) {
                    release(staged.get());
                    return;
                }
                transaction.add(staged.get(), publication);
            }
        }
        commit(transaction.take());
    }

    /** Reads a claimed file and prepares its publications; empty when the file was quarantined or given back. */
    private Optional<StagedFile> stage(
            final FileClaims.Claim claim, final Transaction transaction, final long started) {
        final Optional<ArticleFormat> format = ArticleFormat.forFileName(claim.name());
        final BasicFileAttributes before;
        try {
            before = Files.readAttributes(claim.claimed(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (final NoSuchFileException e) {
            LOG.warn("{} disappeared while claimed; skipping it", claim.name());
            return Optional.empty();
        } catch (final IOException e) {
            quarantine(claim, RejectReason.UNREADABLE, "its attributes cannot be read: " + e, List.of());
            return Optional.empty();
        }
        if (before.isSymbolicLink()) {
            quarantine(
                    claim,
                    RejectReason.SYMLINK,
                    "a symbolic link; ingest reads only regular files inside the "
                            + "inbox and never follows a link out of it",
                    List.of());
            return Optional.empty();
        }
        if (before.isRegularFile() && hardLinks(claim) > 1) {
            quarantine(
                    claim,
                    RejectReason.HARD_LINK,
                    "a file with another name elsewhere (a hard link): ingest cannot "
                            + "tell whether it belongs to the inbox, so it does not read it; copy the file in instead",
                    List.of());
            return Optional.empty();
        }
        if (format.isEmpty()) {
            quarantine(
                    claim,
                    RejectReason.UNSUPPORTED_FORMAT,
                    "ingest reads " + ArticleFormat.SUPPORTED + "; this file's extension is none of them",
                    List.of());
            return Optional.empty();
        }
        final FileItems read;
        try {
            read = reader.readItems(claim.claimed(), format.get());
        } catch (final NoSuchFileException e) {
            LOG.warn("{} disappeared while claimed; skipping it", claim.name());
            return Optional.empty();
        } catch (final RejectedFileException e) {
            quarantine(claim, e.reason(), e.detail(), List.of());
            return Optional.empty();
        }
        if (changedSince(claim, before)) {
            // a writer still had the file open: what was read may be half of it
            LOG.warn("{} changed while it was read; it goes back to the inbox until it stays unchanged", claim.name());
            claims.release(claim);
            return Optional.empty();
        }
        return read.manyArticles()
                ? stageItems(claim, read, transaction, started)
                : stageSingle(claim, read, transaction, started);
    }

    /** A text, Markdown or HTML file: its article, or its ALREADY_INGESTED entry when the content is known. */
    private Optional<StagedFile> stageSingle(
            final FileClaims.Claim claim, final FileItems read, final Transaction transaction, final long started) {
        final ArticleItem item = read.articles().get(0);
        final ArticleIdentity identity = item.identity();
        final Instant now = clock.instant();
        final boolean known = ledger.isPublished(identity.articleId()) || transaction.publishes(identity.articleId());
        final List<Paragraph> records =
                known ? List.of() : ArticleRecords.of(item.article(), identity, claim.name(), now);
        final LedgerEntry entry = new LedgerEntry(
                identity.articleId(),
                identity.contentHash(),
                claim.name(),
                known ? FileStatus.ALREADY_INGESTED : FileStatus.PUBLISHED,
                records.size(),
                now,
                // a file that is one article: no item number or id within it
                null,
                null);
        try {
            return Optional.of(new StagedFile(claim, read, List.of(publisher.prepare(records, entry)), 0, started));
        } catch (final OversizedArticleException e) {
            quarantine(claim, RejectReason.TOO_LARGE, e.getMessage(), List.of());
            return Optional.empty();
        }
    }

    /**
     * A feed or JSON Lines file: one publication per item not yet published (under any file name, by an earlier file
     * of this transaction or earlier in this file); known items publish nothing and write no entry, so the ledger keeps
     * the entry of the file that first published them. A file without a single good item is quarantined.
     */
    private Optional<StagedFile> stageItems(
            final FileClaims.Claim claim, final FileItems read, final Transaction transaction, final long started) {
        final Instant now = clock.instant();
        final Set<String> inFile = new HashSet<>();
        final List<TransactionalPublisher.Publication> publications = new ArrayList<>();
        final List<BadItem> bad = new ArrayList<>(read.badItems());
        int known = 0;
        for (final ArticleItem item : read.articles()) {
            final ArticleIdentity identity = item.identity();
            if (!inFile.add(identity.articleId())
                    || ledger.isPublished(identity.articleId())
                    || transaction.publishes(identity.articleId())) {
                known++;
                continue;
            }
            final List<Paragraph> records = ArticleRecords.of(item.article(), identity, claim.name(), now);
            final LedgerEntry entry = new LedgerEntry(
                    identity.articleId(),
                    identity.contentHash(),
                    claim.name(),
                    FileStatus.PUBLISHED,
                    records.size(),
                    now,
                    item.position(),
                    item.externalId());
            try {
                publications.add(publisher.prepare(records, entry));
            } catch (final OversizedArticleException e) {
                bad.add(new BadItem(item.position(), item.externalId(), RejectReason.TOO_LARGE, e.getMessage()));
            }
        }
        if (publications.isEmpty() && known == 0) {
            bad.sort(Comparator.comparingInt(BadItem::position));
            quarantine(
                    claim, RejectReason.BAD_ITEMS, "none of the file's " + read.items() + " items could be read", bad);
            return Optional.empty();
        }
        return Optional.of(new StagedFile(claim, read, publications, known, started, bad));
    }

    /**
     * Commits the parts of the transaction, then moves each file all of whose articles are committed to the processed
     * directory. Returns false when the transaction failed: its files are back in the inbox for another attempt.
     */
    private boolean commit(final Batch batch) {
        if (batch.files().isEmpty()) {
            return true;
        }
        if (!batch.parts().isEmpty()) {
            try {
                publisher.publishAll(
                        batch.parts().stream().map(Part::publication).toList());
                batch.parts().forEach(this::committed);
            } catch (final OversizedArticleException e) {
                if (batch.parts().size() == 1) {
                    tooLarge(batch.parts().get(0), e);
                } else {
                    // the broker refused one record but does not say whose: find it by publishing them one by one
                    LOG.warn(
                            "The broker refused a record of {} articles as too large; publishing them one by one",
                            batch.parts().size());
                    batch.parts().forEach(this::commitAlone);
                }
            } catch (final PublishFailedException e) {
                LOG.warn(
                        "{} was not published and goes back to the inbox for another attempt: {}",
                        names(batch),
                        e.getMessage());
                ledgerStale |= e.outcomeUnknown();
                batch.files().forEach(this::release);
                return false;
            } catch (final FatalPublishException e) {
                // this instance stops; the files go back for whichever instance carries on
                batch.files().forEach(this::release);
                throw e;
            }
        }
        batch.files().stream().filter(StagedFile::isSettled).forEach(this::completed);
        return true;
    }

    private void commitAlone(final Part part) {
        final StagedFile file = part.file();
        if (file.released) {
            return;
        }
        final LedgerEntry entry = part.publication().entry();
        if (entry.status() == FileStatus.ALREADY_INGESTED && !ledger.isPublished(entry.articleId())) {
            // the copy it repeats was not published after all: decide again at the next scan
            release(file);
            return;
        }
        if (ledgerStale) {
            release(file);
            return;
        }
        try {
            publisher.publishAll(List.of(part.publication()));
            committed(part);
        } catch (final OversizedArticleException e) {
            tooLarge(part, e);
        } catch (final PublishFailedException e) {
            LOG.warn(
                    "{} was not published and goes back to the inbox for another attempt: {}",
                    file.claim.name(),
                    e.getMessage());
            ledgerStale |= e.outcomeUnknown();
            release(file);
        } catch (final FatalPublishException e) {
            release(file);
            throw e;
        }
    }

    /** An article the broker refused as too large: a single-article file is quarantined, a feed item is bad. */
    private void tooLarge(final Part part, final OversizedArticleException e) {
        final StagedFile file = part.file();
        if (!file.read.manyArticles()) {
            file.released = true;
            quarantine(file.claim, RejectReason.TOO_LARGE, e.getMessage(), List.of());
            return;
        }
        final LedgerEntry entry = part.publication().entry();
        file.bad.add(new BadItem(entry.item(), entry.itemId(), RejectReason.TOO_LARGE, e.getMessage()));
        file.refused++;
        file.settled++;
    }

    private void committed(final Part part) {
        final StagedFile file = part.file();
        final LedgerEntry entry = part.publication().entry();
        ledger.record(entry);
        file.settled++;
        final Duration took = Duration.ofNanos(System.nanoTime() - file.started);
        if (entry.status() == FileStatus.PUBLISHED) {
            if (entry.item() == null) {
                LOG.info(
                        "Published {} as article {}: {} records ({}) in {} ms",
                        entry.sourceFile(),
                        entry.articleId(),
                        entry.records(),
                        file.read.charset(),
                        took.toMillis());
            } else {
                LOG.info(
                        "Published {} item {} as article {}: {} records",
                        entry.sourceFile(),
                        entry.item(),
                        entry.articleId(),
                        entry.records());
            }
            listener.onPublished(entry.sourceFile(), entry.articleId(), entry.records(), took);
        } else {
            LOG.info(
                    "{} holds article {}, already published{}; nothing published",
                    entry.sourceFile(),
                    entry.articleId(),
                    ledger.find(entry.articleId())
                            .filter(first -> first != entry)
                            .map(first -> " from " + first.sourceFile())
                            .orElse(""));
            listener.onAlreadyIngested(entry.sourceFile(), entry.articleId());
        }
    }

    /** Every article of the file is committed (or bad): it goes to the processed directory, its bad items reported. */
    private void completed(final StagedFile file) {
        if (file.released) {
            return;
        }
        moveToProcessed(file.claim);
        if (!file.read.manyArticles()) {
            return;
        }
        final int published = file.publications.size() - file.refused;
        file.bad.sort(Comparator.comparingInt(BadItem::position));
        if (!file.bad.isEmpty()) {
            reportBadItems(file, published);
        }
        LOG.info(
                "{} ({}, {} items) is done: {} articles published, {} already ingested, {} bad items",
                file.claim.name(),
                file.read.format(),
                file.read.items(),
                published,
                file.known,
                file.bad.size());
        listener.onFileDone(file.claim.name(), published, file.known, file.bad.size());
    }

    private void reportBadItems(final StagedFile file, final int published) {
        final String detail = file.bad.size() + " of the file's " + file.read.items() + " items could not be read "
                + "and were not published; its other " + published + " new articles were, and the file is in "
                + processedDir.getFileName() + "/";
        try {
            final Path report = quarantine.reportBadItems(file.claim.name(), detail, file.bad);
            LOG.warn("{} has {} bad items, listed in {}", file.claim.name(), file.bad.size(), report.getFileName());
        } catch (final IOException e) {
            LOG.error(
                    "{} has {} bad items but the report cannot be written: {}; the items: {}",
                    file.claim.name(),
                    file.bad.size(),
                    e.toString(),
                    file.bad);
        }
    }

    private void release(final StagedFile file) {
        if (!file.released) {
            file.released = true;
            claims.release(file.claim);
        }
    }

    private static String names(final Batch batch) {
        return batch.files().size() == 1
                ? batch.files().get(0).claim.name()
                : batch.files().size() + " files (" + batch.files().get(0).claim.name() + ", ...)";
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
            final BasicFileAttributes after =
                    Files.readAttributes(claim.claimed(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return after.size() != before.size() || !after.lastModifiedTime().equals(before.lastModifiedTime());
        } catch (final IOException e) {
            // gone or unreadable right after a complete read: the content read is whole, the move will tell the rest
            LOG.debug("Cannot look at {} again after reading it: {}", claim.name(), e.toString());
            return false;
        }
    }

    /**
     * A file read and prepared: its publications (one per article to publish, or a text file's ALREADY_INGESTED
     * entry), waiting for one or more transactions; settled when every publication committed or turned out bad.
     */
    private static final class StagedFile {
        private final FileClaims.Claim claim;
        private final FileItems read;
        private final List<TransactionalPublisher.Publication> publications;
        private final int known;
        private final long started;
        private final List<BadItem> bad;
        private int settled;
        /** Publications the broker refused as too large, now among the bad items. */
        private int refused;

        private boolean released;

        StagedFile(
                final FileClaims.Claim claim,
                final FileItems read,
                final List<TransactionalPublisher.Publication> publications,
                final int known,
                final long started) {
            this(claim, read, publications, known, started, new ArrayList<>());
        }

        StagedFile(
                final FileClaims.Claim claim,
                final FileItems read,
                final List<TransactionalPublisher.Publication> publications,
                final int known,
                final long started,
                final List<BadItem> bad) {
            this.claim = claim;
            this.read = read;
            this.publications = List.copyOf(publications);
            this.known = known;
            this.started = started;
            this.bad = new ArrayList<>(bad);
        }

        boolean isSettled() {
            return !released && settled == publications.size();
        }
    }

    /** One article's publication, and the file it belongs to. */
    private record Part(StagedFile file, TransactionalPublisher.Publication publication) {}

    /** What one transaction carries: its parts, and every file that is settled (in part) by its commit. */
    private record Batch(List<Part> parts, List<StagedFile> files) {}

    /** The articles gathered for the next transaction, within its article and byte limits. */
    private final class Transaction {

        private final List<Part> parts = new ArrayList<>();
        private final Set<StagedFile> files = new LinkedHashSet<>();
        private final Set<String> published = new HashSet<>();
        private long bytes;

        boolean fits(final TransactionalPublisher.Publication publication) {
            return parts.isEmpty()
                    || parts.size() < maxFilesPerTransaction && bytes + publication.bytes() <= MAX_TRANSACTION_BYTES;
        }

        void add(final StagedFile file, final TransactionalPublisher.Publication publication) {
            parts.add(new Part(file, publication));
            files.add(file);
            bytes += publication.bytes();
            final LedgerEntry entry = publication.entry();
            if (entry.status() == FileStatus.PUBLISHED) {
                published.add(entry.articleId());
            }
        }

        /** A file with nothing to publish: it is settled when this transaction commits. */
        void addFile(final StagedFile file) {
            files.add(file);
        }

        /** Whether an article of this transaction publishes the content: a second copy is then already ingested. */
        boolean publishes(final String articleId) {
            return published.contains(articleId);
        }

        Batch take() {
            final Batch taken = new Batch(List.copyOf(parts), List.copyOf(files));
            parts.clear();
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

    private void quarantine(
            final FileClaims.Claim claim, final RejectReason reason, final String detail, final List<BadItem> items) {
        try {
            final Path moved = quarantine.quarantine(claim.claimed(), claim.name(), reason, detail, items);
            LOG.warn("Quarantined {} as {} ({}): {}", claim.name(), moved.getFileName(), reason, detail);
            listener.onQuarantined(claim.name(), reason.name(), detail);
        } catch (final IOException e) {
            LOG.error(
                    "{} is {} ({}) but cannot be moved to quarantine: {}", claim.name(), reason, detail, e.toString());
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
