package io.newsflow.ingest;

import io.newsflow.contract.LedgerEntry;
import io.newsflow.ingest.inbox.FileMover;
import io.newsflow.ingest.parse.ArticleFormat;
import io.newsflow.ingest.parse.ArticleReader;
import io.newsflow.ingest.parse.FileItems;
import io.newsflow.ingest.parse.RejectedFileException;
import io.newsflow.ingest.publish.IngestLedger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives back to the inbox the files that are in the processed directory although their publication was aborted (see
 * {@link IngestLedger#abortedPublications()}): their commit had returned, so they were moved, but the broker lost it.
 * Back in the inbox, such a file is published again like any other.
 *
 * <p>A file is given back only when its content is still the aborted entry's article and the ledger, read once more
 * after the file was found, does not know that article as published: another instance that committed the content and
 * moved the file did so before it was found, so that read sees its commit.
 */
final class LostPublications {

    private static final Logger LOG = LoggerFactory.getLogger(LostPublications.class);
    /** A processed file keeps its inbox name, or gets a suffix when the name was taken (see {@link FileMover}). */
    private static final int NAME_VARIANTS = 100;

    private LostPublications() {}

    /** Returns how many files went back to the inbox. */
    static int giveBack(
            final IngestLedger ledger,
            final Path processedDir,
            final Path inbox,
            final ArticleReader reader,
            final Duration timeout) {
        final List<Found> found = new ArrayList<>();
        final Set<Path> files = new HashSet<>();
        for (final LedgerEntry entry : ledger.abortedPublications()) {
            // several lost articles of one feed are one file to give back
            find(entry, processedDir, reader).filter(files::add).ifPresent(file -> found.add(new Found(entry, file)));
        }
        if (found.isEmpty()) {
            return 0;
        }
        ledger.catchUp(timeout);
        int given = 0;
        for (final Found lost : found) {
            if (ledger.isPublished(lost.entry().articleId())) {
                // for a feed, other lost items of the same file may still be unpublished: check them all
                if (!anyUnpublished(ledger, lost.file(), reader)) {
                    continue;
                }
            }
            try {
                final Path back =
                        FileMover.moveInto(lost.file(), inbox, lost.entry().sourceFile(), "");
                LOG.warn(
                        "{} was moved to {} after its commit returned, but the broker lost that commit (its "
                                + "transaction was aborted): article {} is not in Kafka; {} goes back to the inbox to be "
                                + "published again",
                        lost.file().getFileName(),
                        processedDir,
                        lost.entry().articleId(),
                        back.getFileName());
                given++;
            } catch (final IOException e) {
                LOG.error(
                        "Cannot give {} back to the inbox; its article {} is not published: move it there by hand "
                                + "({})",
                        lost.file(),
                        lost.entry().articleId(),
                        e.toString());
            }
        }
        return given;
    }

    /** The processed file holding the entry's content, under its name or a suffixed variant of it. */
    private static Optional<Path> find(final LedgerEntry entry, final Path processedDir, final ArticleReader reader) {
        final Optional<ArticleFormat> format = ArticleFormat.forFileName(entry.sourceFile());
        if (format.isEmpty()) {
            return Optional.empty();
        }
        for (int attempt = 0; attempt < NAME_VARIANTS; attempt++) {
            final Path candidate = processedDir.resolve(FileMover.candidateName(entry.sourceFile(), attempt));
            if (!Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            try {
                // a feed holds many articles: the file is the lost one when any of its items is the entry's article
                final boolean holds = reader.readItems(candidate, format.get()).articles().stream()
                        .anyMatch(item -> item.identity().articleId().equals(entry.articleId()));
                if (holds) {
                    return Optional.of(candidate);
                }
            } catch (final RejectedFileException | IOException e) {
                LOG.debug("Cannot read {} to compare it with an aborted publication: {}", candidate, e.toString());
            }
        }
        return Optional.empty();
    }

    private static boolean anyUnpublished(final IngestLedger ledger, final Path file, final ArticleReader reader) {
        final Optional<ArticleFormat> format =
                ArticleFormat.forFileName(file.getFileName().toString());
        if (format.isEmpty()) {
            return false;
        }
        try {
            final FileItems items = reader.readItems(file, format.get());
            return items.manyArticles()
                    && ledger.abortedPublications().stream()
                            .filter(entry -> !ledger.isPublished(entry.articleId()))
                            .anyMatch(entry -> items.articles().stream()
                                    .anyMatch(
                                            item -> item.identity().articleId().equals(entry.articleId())));
        } catch (final RejectedFileException | IOException e) {
            return false;
        }
    }

    private record Found(LedgerEntry entry, Path file) {}
}
