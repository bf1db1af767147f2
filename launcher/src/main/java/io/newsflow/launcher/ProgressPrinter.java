package io.newsflow.launcher;

import io.newsflow.contract.Article;
import io.newsflow.ingest.IngestListener;
import io.newsflow.sink.SinkListener;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * One line per article as it completes, and one per file that could not be taken, for people watching a run:
 * {@code rutte-odesa-visit.txt -> 24 records -> 17 paragraphs, 5 sections, ... -> outbox/….json (+0.41 s, +0.45 s)}.
 * A feed or JSON Lines file yields an {@code ok} line per article and one {@code file} line once all its items are
 * settled: how many were new, already ingested, bad.
 */
final class ProgressPrinter implements SinkListener, IngestListener {

    private final PrintStream out;
    private final Path errorDir;

    /** {@code errorDir} is where ingest quarantines files; null when no ingest runs in this process. */
    ProgressPrinter(final PrintStream out, final Path errorDir) {
        this.out = out;
        this.errorDir = errorDir;
    }

    @Override
    public void onWritten(final Article article, final Path document, final Instant writtenAt) {
        final int records = 1 + article.sections().size() + article.paragraphs().size() + article.duplicatesDropped();
        final Instant ingested = article.timings().ingestedAt();
        print(String.format(
                Locale.ROOT,
                "ok   %s -> %d records -> %d paragraphs, %d sections, %d sources, %d entities, %d duplicates dropped"
                        + " -> %s (enriched +%s, written +%s)",
                article.sourceFile(),
                records,
                article.paragraphs().size(),
                article.sections().size(),
                article.sources().size(),
                article.entities().size(),
                article.duplicatesDropped(),
                shortPath(document),
                seconds(ingested, article.timings().assembledAt()),
                seconds(ingested, writtenAt)));
    }

    @Override
    public void onDeadLetter(final String topic, final int partition, final long offset, final String reason) {
        print(String.format(
                Locale.ROOT, "dlq  %s-%d@%d is not an article -> news-dlq (%s)", topic, partition, offset, reason));
    }

    @Override
    public void onQuarantined(final String file, final String reason, final String detail) {
        print(String.format(
                Locale.ROOT,
                "err  %s -> %s (%s: %s)",
                file,
                errorDir == null ? "error directory" : shortPath(errorDir.resolve(file)),
                reason,
                detail));
    }

    /** A feed or JSON Lines file: its articles print one {@code ok} line each as they are written; this sums it up. */
    @Override
    public void onFileDone(final String file, final int published, final int alreadyIngested, final int badItems) {
        print(String.format(
                Locale.ROOT,
                "file %s -> %d new articles, %d already ingested, %d bad items%s",
                file,
                published,
                alreadyIngested,
                badItems,
                badItems == 0
                        ? ""
                        : " (listed in "
                                + (errorDir == null
                                        ? "the error directory"
                                        : shortPath(errorDir.resolve(file + ".error.json")))
                                + ")"));
    }

    @Override
    public void onAlreadyIngested(final String file, final String articleId) {
        print(String.format(
                Locale.ROOT,
                "dup  %s has the content of article %s, already ingested: nothing published",
                file,
                articleId));
    }

    private String shortPath(final Path path) {
        final Path absolute = path.toAbsolutePath().normalize();
        final Path cwd = Path.of("").toAbsolutePath();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }

    private static String seconds(final Instant from, final Instant to) {
        return String.format(Locale.ROOT, "%.2f s", Duration.between(from, to).toMillis() / 1000.0);
    }

    private synchronized void print(final String line) {
        out.println(line);
        out.flush();
    }
}
