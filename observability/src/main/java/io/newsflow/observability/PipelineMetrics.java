package io.newsflow.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.contract.Article;
import io.newsflow.contract.ArticleParagraph;
import io.newsflow.contract.Entity;
import io.newsflow.contract.EntityType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Newsflow's own meters, recorded from what ingest and the sink already report through their listeners, so the
 * services themselves carry no metrics code. This module knows only the contract: the launcher's wiring adapts the
 * services' listener calls to these methods (one method per event, same arguments) for whichever services run in this
 * process; a meter of a service that does not run here stays at zero.
 *
 * <p>Drop-to-stored latency starts at the file's last modification (its drop) when ingest runs in this process — it
 * reads that time from the processed file, whose move keeps it — and otherwise at ingest's publish time
 * ({@code timings.ingestedAt}), the earliest time the document itself carries.
 */
public final class PipelineMetrics {

    private static final int REMEMBERED_DROPS = 10_000;
    private static final Duration[] LATENCY_BUCKETS = {
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30),
        Duration.ofMinutes(1), Duration.ofMinutes(5)
    };
    private static final Duration[] WRITE_BUCKETS = {
        Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofSeconds(1)
    };

    private static final Duration[] PUBLISH_BUCKETS = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10)
    };

    private final MeterRegistry registry;
    private final Path processedDir;
    private final StatusBoard board;
    private final Counter published;
    private final Counter alreadyIngested;
    private final Counter paragraphsPublished;
    private final Counter articlesWritten;
    private final Counter paragraphsWritten;
    private final Timer publishTime;
    private final Timer dropToStored;
    private final Timer sinkWrite;
    /** articleId → drop time of its file, from ingest to the sink in this process; bounded, oldest forgotten first. */
    private final Map<String, Instant> dropTimes = new LinkedHashMap<>(256, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(final Map.Entry<String, Instant> eldest) {
            return size() > REMEMBERED_DROPS;
        }
    };

    /**
     * {@code processedDir} is where this process's ingest moves published files (null when no ingest runs here);
     * {@code board} receives every written article for the status page (null when there is none).
     */
    public PipelineMetrics(final MeterRegistry registry, final Path processedDir, final StatusBoard board) {
        this.registry = registry;
        this.processedDir = processedDir;
        this.board = board;
        this.published = Counter.builder(MetricNames.FILES_PUBLISHED)
                .description("Files whose records and ledger entry were committed")
                .register(registry);
        this.alreadyIngested = Counter.builder(MetricNames.FILES_ALREADY_INGESTED)
                .description("Files whose content was ingested before; nothing published")
                .register(registry);
        this.paragraphsPublished = Counter.builder(MetricNames.PARAGRAPHS_PUBLISHED)
                .description("Records (headline, headings, paragraphs) published to news-paragraphs")
                .register(registry);
        this.articlesWritten = Counter.builder(MetricNames.ARTICLES_WRITTEN)
                .description("Article documents written by the sink")
                .register(registry);
        this.paragraphsWritten = Counter.builder(MetricNames.PARAGRAPHS_WRITTEN)
                .description("Paragraphs in the written articles")
                .register(registry);
        this.publishTime = Timer.builder(MetricNames.INGEST_PUBLISH)
                .description("Reading, parsing and publishing one file, commit included")
                .serviceLevelObjectives(PUBLISH_BUCKETS)
                .register(registry);
        this.dropToStored = Timer.builder(MetricNames.DROP_TO_STORED)
                .description("From a file's drop into the inbox to its document on disk")
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry);
        this.sinkWrite = Timer.builder(MetricNames.SINK_WRITE)
                .description("Writing one document: temp file, fsync, rename")
                .serviceLevelObjectives(WRITE_BUCKETS)
                .register(registry);
        // present from the start, so a rate over them is 0 rather than no data before the first file
        seen("published");
        seen("already_ingested");
        seen("quarantined");
        for (final EntityType type : EntityType.values()) {
            entities(type);
        }
    }

    /**
     * Exports a quarantine counter at 0 for each of {@code reasons} (the names ingest reports), so a dashboard panel or
     * an alert over them has a series before the first file is quarantined. Where ingest runs.
     */
    public PipelineMetrics expectQuarantineReasons(final Collection<String> reasons) {
        reasons.forEach(this::quarantined);
        return this;
    }

    public void onPublished(final String file, final String articleId, final int records, final Duration took) {
        seen("published").increment();
        published.increment();
        paragraphsPublished.increment(records);
        publishTime.record(took);
        rememberDrop(file, articleId);
    }

    public void onAlreadyIngested(final String file, final String articleId) {
        seen("already_ingested").increment();
        alreadyIngested.increment();
    }

    public void onQuarantined(final String file, final String reason, final String detail) {
        seen("quarantined").increment();
        quarantined(reason).increment();
        if (board != null) {
            board.onQuarantined(file, reason, detail);
        }
    }

    public void onWriteTook(final Duration took) {
        sinkWrite.record(took);
    }

    public void onWritten(final Article article, final Path document, final Instant writtenAt) {
        articlesWritten.increment();
        paragraphsWritten.increment(article.paragraphs().size());
        for (final ArticleParagraph paragraph : article.paragraphs()) {
            for (final Entity entity : paragraph.entities()) {
                entities(entity.type()).increment();
            }
        }
        final Instant dropped =
                dropTime(article.articleId()).orElse(article.timings().ingestedAt());
        final Duration latency = Duration.between(dropped, writtenAt);
        dropToStored.record(latency.isNegative() ? Duration.ZERO : latency);
        if (board != null) {
            board.onWritten(article, writtenAt, latency);
        }
    }

    private Counter quarantined(final String reason) {
        return Counter.builder(MetricNames.FILES_QUARANTINED)
                .description("Files moved to the error directory")
                .tag("reason", reason.toUpperCase(Locale.ROOT))
                .register(registry);
    }

    private Counter seen(final String outcome) {
        return Counter.builder(MetricNames.FILES_SEEN)
                .description("Files ingest took and settled, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    private Counter entities(final EntityType type) {
        return Counter.builder(MetricNames.ENTITIES)
                .description("Entity mentions in the written articles, by type")
                .tag("type", type.name())
                .register(registry);
    }

    private void rememberDrop(final String file, final String articleId) {
        if (processedDir == null) {
            return;
        }
        try {
            final Instant modified =
                    Files.getLastModifiedTime(processedDir.resolve(file)).toInstant();
            synchronized (dropTimes) {
                dropTimes.put(articleId, modified);
            }
        } catch (final IOException e) {
            // already moved on or renamed on a name clash: the latency then starts at ingest's publish time
            return;
        }
    }

    private Optional<Instant> dropTime(final String articleId) {
        synchronized (dropTimes) {
            return Optional.ofNullable(dropTimes.remove(articleId));
        }
    }
}
