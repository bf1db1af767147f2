package io.newsflow.observability;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contract.Article;
import io.newsflow.contract.ArticleParagraph;
import io.newsflow.contract.Entity;
import io.newsflow.contract.EntitySummary;
import io.newsflow.contract.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What the live status page shows, as one JSON document ({@code GET /api/status}): the counters of every stage, the
 * inbox backlog, duplicates and dead letters, consumer lag, readiness, a throughput series sampled every
 * {@code sampleInterval} (the last {@value #SAMPLES} samples), the most mentioned entities, the latest written articles
 * with their entity spans, the stories with several articles (near-duplicates written under one {@code storyId}, the
 * last {@value #STORIES_SHOWN} extended), and the latest rejected files. Counts come from the meter registry, so the page and
 * {@code /metrics} never disagree; articles and entities come from {@link PipelineMetrics}. Held in memory only: a
 * restarted run starts a fresh page.
 */
public final class StatusBoard implements AutoCloseable {

    static final int SAMPLES = 300;
    private static final int LATEST_ARTICLES = 8;
    private static final int LATEST_PROBLEMS = 8;
    private static final int TOP_ENTITIES = 12;
    private static final int PARAGRAPHS_SHOWN = 3;
    private static final int STORIES_SHOWN = 8;
    /** Stories remembered for the page; the least recently extended is forgotten first. */
    private static final int STORIES_KEPT = 1_000;

    private record EntityKey(String canonical, String type) {}

    private record Sample(long time, double files, double articles, double paragraphs) {}

    private record Problem(String file, String reason, String detail, Instant time) {}

    /** A story as far as this process has seen it written: its first headline, its articles' files, when last added. */
    private static final class Story {
        private final String headline;
        private final Instant firstSeen;
        private final Set<String> files = new LinkedHashSet<>();
        private Instant lastSeen;

        Story(final String headline, final Instant firstSeen) {
            this.headline = headline;
            this.firstSeen = firstSeen;
            this.lastSeen = firstSeen;
        }
    }

    private final MeterRegistry registry;
    private final InboxGauges inbox;
    private final Health health;
    private final Supplier<Map<String, Map<String, Long>>> lag;
    private final Clock clock;
    private final Instant startedAt;
    private final Deque<Article> latest = new ArrayDeque<>();
    private final Map<String, Double> latencies = new HashMap<>();
    private final Deque<Problem> problems = new ArrayDeque<>();
    private final Map<EntityKey, Long> mentions = new HashMap<>();
    private final LinkedHashMap<String, Story> stories = new LinkedHashMap<>(64, 0.75f, true);
    private final Deque<Sample> samples = new ArrayDeque<>();
    private final ScheduledExecutorService sampler;

    /** {@code inbox} may be null (no inbox in this process); {@code lag} gives group → topic → records behind. */
    public StatusBoard(
            final MeterRegistry registry,
            final InboxGauges inbox,
            final Health health,
            final Supplier<Map<String, Map<String, Long>>> lag,
            final Clock clock,
            final Duration sampleInterval) {
        this.registry = registry;
        this.inbox = inbox;
        this.health = health;
        this.lag = lag;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            final Thread t = new Thread(r, "newsflow-status-sampler");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleAtFixedRate(this::sample, 0, sampleInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    synchronized void onWritten(final Article article, final Instant writtenAt, final Duration latency) {
        latest.addFirst(article);
        latencies.put(article.articleId(), latency.toMillis() / 1000.0);
        while (latest.size() > LATEST_ARTICLES) {
            latencies.remove(latest.removeLast().articleId());
        }
        final Story story = stories.computeIfAbsent(article.storyId(), id -> new Story(article.headline(), writtenAt));
        story.files.add(article.sourceFile());
        story.lastSeen = writtenAt;
        if (stories.size() > STORIES_KEPT) {
            stories.remove(stories.keySet().iterator().next());
        }
        for (final EntitySummary entity : article.entities()) {
            mentions.merge(
                    new EntityKey(entity.canonical(), entity.type().name()), (long) entity.mentions(), Long::sum);
        }
    }

    synchronized void onQuarantined(final String file, final String reason, final String detail) {
        problems.addFirst(new Problem(file, reason, detail, clock.instant()));
        while (problems.size() > LATEST_PROBLEMS) {
            problems.removeLast();
        }
    }

    /** The page's document. */
    public synchronized ObjectNode snapshot() {
        final ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("now", clock.instant().toString());
        root.put("startedAt", startedAt.toString());

        final ObjectNode counts = root.putObject("counts");
        counts.put("filesSeen", total(MetricNames.FILES_SEEN));
        counts.put("filesPublished", total(MetricNames.FILES_PUBLISHED));
        counts.put("filesAlreadyIngested", total(MetricNames.FILES_ALREADY_INGESTED));
        counts.put("filesQuarantined", total(MetricNames.FILES_QUARANTINED));
        counts.put("paragraphsPublished", total(MetricNames.PARAGRAPHS_PUBLISHED));
        counts.put("articlesWritten", total(MetricNames.ARTICLES_WRITTEN));
        counts.put("paragraphsWritten", total(MetricNames.PARAGRAPHS_WRITTEN));
        counts.put("entities", total(MetricNames.ENTITIES));
        counts.put("duplicates", total(MetricNames.DUPLICATES));
        counts.put("deadLetters", total(MetricNames.DEAD_LETTERS));
        root.set("duplicatesByReason", byTag(MetricNames.DUPLICATES, "reason"));
        root.set("quarantinedByReason", byTag(MetricNames.FILES_QUARANTINED, "reason"));

        final ObjectNode inboxNode = root.putObject("inbox");
        if (inbox != null) {
            final InboxGauges.Backlog backlog = inbox.backlog();
            inboxNode.put("backlogFiles", backlog.files());
            inboxNode.put(
                    "oldestFileAgeSeconds", backlog.oldestAge(clock.instant()).toMillis() / 1000.0);
        }

        final ObjectNode lagNode = root.putObject("consumerLag");
        lag.get().forEach((group, topics) -> {
            final ObjectNode groupNode = lagNode.putObject(group);
            topics.forEach(groupNode::put);
        });

        final Health.Report ready = health.readiness();
        final ObjectNode healthNode = root.putObject("health");
        healthNode.put("ready", ready.ok());
        final ArrayNode checks = healthNode.putArray("checks");
        ready.checks()
                .forEach(c -> checks.addObject()
                        .put("name", c.name())
                        .put("ok", c.ok())
                        .put("detail", c.detail()));

        final ArrayNode series = root.putArray("throughput");
        for (final Sample s : samples) {
            series.addObject()
                    .put("t", s.time())
                    .put("files", s.files())
                    .put("articles", s.articles())
                    .put("paragraphs", s.paragraphs());
        }

        final ArrayNode top = root.putArray("topEntities");
        mentions.entrySet().stream()
                .sorted(Map.Entry.<EntityKey, Long>comparingByValue()
                        .reversed()
                        .thenComparing(e -> e.getKey().canonical()))
                .limit(TOP_ENTITIES)
                .forEach(e -> top.addObject()
                        .put("canonical", e.getKey().canonical())
                        .put("type", e.getKey().type())
                        .put("mentions", e.getValue()));

        final ArrayNode articles = root.putArray("latestArticles");
        for (final Article article : latest) {
            articles.add(articleNode(article));
        }

        final ArrayNode storyList = root.putArray("stories");
        stories.entrySet().stream()
                .filter(e -> e.getValue().files.size() > 1)
                .sorted(Comparator.comparing((Map.Entry<String, Story> e) -> e.getValue().lastSeen)
                        .reversed())
                .limit(STORIES_SHOWN)
                .forEach(e -> {
                    final ObjectNode node = storyList
                            .addObject()
                            .put("storyId", e.getKey())
                            .put("headline", e.getValue().headline)
                            .put("articles", e.getValue().files.size())
                            .put("firstSeen", e.getValue().firstSeen.toString())
                            .put("lastSeen", e.getValue().lastSeen.toString());
                    final ArrayNode files = node.putArray("files");
                    e.getValue().files.forEach(files::add);
                });

        final ArrayNode rejected = root.putArray("latestRejected");
        for (final Problem p : problems) {
            rejected.addObject()
                    .put("file", p.file())
                    .put("reason", p.reason())
                    .put("detail", p.detail())
                    .put("time", p.time().toString());
        }
        return root;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }

    private ObjectNode articleNode(final Article article) {
        final ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("articleId", article.articleId());
        node.put("sourceFile", article.sourceFile());
        node.put("headline", article.headline());
        node.put("storyId", article.storyId());
        if (article.nearDuplicateOf() != null) {
            node.put("nearDuplicateOf", article.nearDuplicateOf());
            node.put("similarity", article.similarity());
        }
        node.put("paragraphCount", article.paragraphs().size());
        node.put("duplicatesDropped", article.duplicatesDropped());
        node.put("latencySeconds", latencies.getOrDefault(article.articleId(), 0.0));
        final ArrayNode entities = node.putArray("entities");
        article.entities().stream()
                .sorted(Comparator.comparingInt(EntitySummary::mentions).reversed())
                .limit(TOP_ENTITIES)
                .forEach(e -> entities.addObject()
                        .put("canonical", e.canonical())
                        .put("type", e.type().name())
                        .put("mentions", e.mentions()));
        final ArrayNode paragraphs = node.putArray("paragraphs");
        for (final ArticleParagraph paragraph : article.paragraphs()
                .subList(0, Math.min(PARAGRAPHS_SHOWN, article.paragraphs().size()))) {
            final ObjectNode p = paragraphs.addObject();
            p.put("text", paragraph.text());
            final ArrayNode spans = p.putArray("entities");
            for (final Entity entity : paragraph.entities()) {
                spans.addObject()
                        .put("start", entity.start())
                        .put("end", entity.end())
                        .put("type", entity.type().name())
                        .put("canonical", entity.canonical());
            }
        }
        return node;
    }

    private void sample() {
        final Sample sample = new Sample(
                clock.millis(),
                total(MetricNames.FILES_SEEN),
                total(MetricNames.ARTICLES_WRITTEN),
                total(MetricNames.PARAGRAPHS_WRITTEN));
        synchronized (this) {
            samples.addLast(sample);
            while (samples.size() > SAMPLES) {
                samples.removeFirst();
            }
        }
    }

    private double total(final String name) {
        double sum = 0;
        for (final Counter counter : registry.find(name).counters()) {
            sum += counter.count();
        }
        return sum;
    }

    private ObjectNode byTag(final String name, final String tag) {
        final Map<String, Double> values = new HashMap<>();
        for (final Counter counter : registry.find(name).counters()) {
            values.merge(String.valueOf(counter.getId().getTag(tag)), counter.count(), Double::sum);
        }
        final ObjectNode node = Json.MAPPER.createObjectNode();
        final List<String> keys = new ArrayList<>(values.keySet());
        keys.sort(null);
        keys.forEach(k -> node.put(k, values.get(k)));
        return node;
    }
}
