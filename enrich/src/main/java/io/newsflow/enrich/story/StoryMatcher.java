package io.newsflow.enrich.story;

import io.newsflow.contract.Article;
import io.newsflow.contract.Duplicate;
import io.newsflow.contract.DuplicateReason;
import io.newsflow.contract.Topics;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Gives every assembled article its story. Input: {@link StoryCandidate}s from the story index topic, key articleId —
 * a topic of one partition, so one task sees every article of the application in one order, whichever partition and
 * instance assembled it. Outputs: the {@link Article} (serialised with the {@code news-articles} serde) to
 * {@code toArticles}, and for a near-duplicate a {@code NEAR_DUPLICATE_STORY} {@link Duplicate} (index -1, the earlier
 * article in {@code duplicateOf}) to {@code toDuplicates}.
 *
 * <p>An article whose signature agrees with an earlier article's in at least {@code threshold} of its values (the
 * estimated Jaccard similarity of their body shingles) is a near-duplicate of the most similar such article (ties: the
 * smaller article id) and takes its {@code storyId}; an article with none keeps its own id. Earlier means earlier on
 * the story index topic: its order is the order in which enrich's transactions committed, and exactly-once replays the
 * same order after a crash or a rebalance, so a decision once made is never made differently. Of two copies that
 * arrive together, exactly one is first: the other is its near-duplicate, never both the start of a story.
 *
 * <p>State, both window stores with retention {@code window}, expired by segment as stream time passes:
 * {@value #SIGNATURES_STORE} (articleId → {@link StoryEntry}) and {@value #BANDS_STORE} (one entry per LSH band, band
 * key → articleId; {@link StorySignature#BANDS} per article), article ids as {@link ArticleIdBytes} (9 bytes for
 * ingest's ids). Candidates are the articles sharing a band within the window; only those are read and compared. The
 * stores' names carry the version of their format: a state directory or changelog written in another format is then
 * never read as this one (it is restored into no store, and the new stores start empty).
 */
public final class StoryMatcher implements Processor<String, StoryCandidate, String, Object> {

    public static final String NAME = "match-stories";
    /** v2: article ids as {@link ArticleIdBytes} (v1: UTF-8 strings, a length byte before the story id). */
    public static final String SIGNATURES_STORE = "story-signatures-v2";
    /** v2: the article id as {@link ArticleIdBytes} (v1: a UTF-8 string). */
    public static final String BANDS_STORE = "story-bands-v2";
    /** The lowest estimated Jaccard similarity of two bodies that makes them one story (see docs/output.md). */
    public static final double DEFAULT_THRESHOLD = 0.4;

    private final Duration window;
    private final double threshold;
    private final NearDuplicatePolicy policy;
    private final String toArticles;
    private final String toDuplicates;
    private ProcessorContext<String, Object> context;
    private WindowStore<String, StoryEntry> signatures;
    private WindowStore<Long, String> bands;

    private StoryMatcher(final Settings settings) {
        this.window = settings.window();
        this.threshold = settings.threshold();
        this.policy = settings.policy();
        this.toArticles = settings.toArticles();
        this.toDuplicates = settings.toDuplicates();
    }

    /** How the matcher decides and where it writes; {@code toArticles}/{@code toDuplicates} name sink nodes. */
    public record Settings(Duration window, double threshold, NearDuplicatePolicy policy, String toArticles,
            String toDuplicates) {
        public Settings {
            Objects.requireNonNull(window, "window must not be null");
            if (threshold <= 0 || threshold > 1) {
                throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
            }
            if (policy == null || policy == NearDuplicatePolicy.OFF) {
                throw new IllegalArgumentException("The story matcher runs only with policy TAG or DROP, was "
                        + policy);
            }
        }
    }

    public static ProcessorSupplier<String, StoryCandidate, String, Object> supplier(final Settings settings) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, StoryCandidate, String, Object> get() {
                return new StoryMatcher(settings);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                // the window size is irrelevant: each entry is one instant, the article's record time
                return Set.of(
                        Stores.windowStoreBuilder(Stores.persistentWindowStore(SIGNATURES_STORE, settings.window(),
                                Duration.ofMillis(1), false), ArticleIdBytes.serde(), StoryEntry.serde()),
                        // duplicates retained: many articles of one story share a band key
                        Stores.windowStoreBuilder(Stores.persistentWindowStore(BANDS_STORE, settings.window(),
                                Duration.ofMillis(1), true), Serdes.Long(), ArticleIdBytes.serde()));
            }
        };
    }

    @Override
    public void init(final ProcessorContext<String, Object> context) {
        this.context = context;
        this.signatures = context.getStateStore(SIGNATURES_STORE);
        this.bands = context.getStateStore(BANDS_STORE);
    }

    @Override
    public void process(final Record<String, StoryCandidate> record) {
        final String articleId = record.key();
        final StorySignature signature = record.value().signature() == null
                ? null : StorySignature.fromBytes(record.value().signature());
        if (signature == null) {
            write(record);
            return;
        }
        final StoryEntry seen = entry(articleId);
        if (seen != null) {
            // the same article again (a re-drop after the de-duplicator forgot it): the story it was given
            if (seen.storyId().equals(articleId)) {
                write(record);
            } else {
                write(record, record.value().readArticle().asNearDuplicate(seen.storyId(), seen.storyId(), 1.0));
            }
            return;
        }
        String original = null;
        StoryEntry originalEntry = null;
        double best = -1;
        for (final String candidate : candidates(signature, articleId)) {
            final StoryEntry entry = entry(candidate);
            if (entry == null) {
                continue;
            }
            final double similarity = signature.similarity(entry.signature());
            if (similarity >= threshold && similarity > best) {
                original = candidate;
                originalEntry = entry;
                best = similarity;
            }
        }
        final String storyId = originalEntry == null ? articleId : originalEntry.storyId();
        remember(articleId, new StoryEntry(storyId, signature), record.timestamp());
        if (original == null) {
            write(record);
            return;
        }
        final Article article = record.value().readArticle();
        context.forward(record.withValue(new Duplicate(articleId, article.sourceFile(), -1,
                DuplicateReason.NEAR_DUPLICATE_STORY, original, best)), toDuplicates);
        if (policy == NearDuplicatePolicy.TAG) {
            write(record, article.asNearDuplicate(storyId, original, best));
        }
    }

    /** The articles sharing at least one band with {@code signature} in the window, in id order (determinism). */
    private Set<String> candidates(final StorySignature signature, final String self) {
        final Set<String> found = new TreeSet<>();
        final long from = from();
        final long to = to();
        for (int band = 0; band < StorySignature.BANDS; band++) {
            try (WindowStoreIterator<String> ids = bands.fetch(signature.bandKey(band), from, to)) {
                ids.forEachRemaining(id -> found.add(id.value));
            }
        }
        found.remove(self);
        return found;
    }

    private StoryEntry entry(final String articleId) {
        try (WindowStoreIterator<StoryEntry> entries = signatures.fetch(articleId, from(), to())) {
            return entries.hasNext() ? entries.next().value : null;
        }
    }

    private void remember(final String articleId, final StoryEntry entry, final long timestamp) {
        signatures.put(articleId, entry, timestamp);
        for (int band = 0; band < StorySignature.BANDS; band++) {
            bands.put(entry.signature().bandKey(band), articleId, timestamp);
        }
    }

    private long from() {
        return Math.max(0, context.currentStreamTimeMs() - window.toMillis());
    }

    /**
     * Every entry was put at a record time, and stream time is the largest so far. Not {@code Long.MAX_VALUE}: a
     * window store turns the time range into a byte range of its keys, and an open end spans the entries of every
     * other key too — each look-up then scanned the whole store (measured: 5 articles/s at a few thousand entries).
     */
    private long to() {
        return context.currentStreamTimeMs();
    }

    /** The article as the assembler wrote it: most articles start their own story and are not parsed here. */
    private void write(final Record<String, StoryCandidate> record) {
        context.forward(record.withValue(record.value().article()), toArticles);
    }

    private void write(final Record<String, StoryCandidate> record, final Article article) {
        context.forward(record.withValue(Topics.ARTICLES.valueSerde().serializer()
                .serialize(Topics.ARTICLES.name(), article)), toArticles);
    }
}
