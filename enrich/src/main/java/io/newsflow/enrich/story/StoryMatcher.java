package io.newsflow.enrich.story;

import io.newsflow.contract.Article;
import io.newsflow.contract.Duplicate;
import io.newsflow.contract.DuplicateReason;
import io.newsflow.contract.Topics;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every assembled article its story. Input: {@link StoryCandidate}s from the story index topic, key articleId —
 * a topic of one partition, so one task sees every article of the application in one order, whichever partition and
 * instance assembled it. Outputs: the {@link Article} (serialised with the {@code news-articles} serde) to
 * {@code toArticles}, and for a near-duplicate a {@code NEAR_DUPLICATE_STORY} {@link Duplicate} (index -1, the earlier
 * article in {@code duplicateOf}) to {@code toDuplicates}.
 *
 * <p>An article whose estimated Jaccard similarity with an earlier article's body ({@link StorySignature#similarity})
 * is at least {@code threshold} is a near-duplicate of the most similar such article (ties: the smaller article id)
 * and takes its {@code storyId}; an article with none keeps its own id. Earlier means earlier on the story index
 * topic: its order is the order in which enrich's transactions committed, and exactly-once replays the same order
 * after a crash or a rebalance, so a decision once made is never made differently. Of two copies that arrive
 * together, exactly one is first: the other is its near-duplicate, never both the start of a story.
 *
 * <p>State: one key-value store, {@value #ARTICLES_STORE}, with a changelog: sequence number ({@link StoryIndexKeys},
 * the order of indexing) → {@link StoryEntry}, one changelog record per article. Everything else follows from it and
 * is kept in memory ({@link IndexedSignatures}, loaded from the store at {@link #init}): the LSH band entries
 * ({@link StorySignature#BANDS} per article) that find the candidates — the articles sharing a band key — and the
 * signatures that verify them, so that a match reads no store except for the article chosen as the original (and
 * one whose id hash matches, or that ties with it). Expiry: articles are indexed in sequence, so the oldest is at the
 * front of the store; before each article the matcher removes, from the front, the entries older than {@code window}
 * (record time against stream time), in the store and in memory. The state depends only on the topic's order, so it
 * is the same after a replay. The store's name carries the version of its format: a state directory or changelog
 * written in another format is never read as this one (it is restored into no store, and the new store starts empty).
 */
public final class StoryMatcher implements Processor<String, StoryCandidate, String, Object> {

    public static final String NAME = "match-stories";
    /**
     * v4: sequence number → {@link StoryEntry}, in a sub-topology of its own (its changelog has one partition); v3:
     * the same entries in the paragraphs' sub-topology (a changelog with as many partitions as {@code
     * news-paragraphs}); v2: a window store, article id → story id and 96 16-bit values.
     */
    public static final String ARTICLES_STORE = "story-articles-v4";
    /**
     * The sink of this processor's {@code news-duplicates} records. The paragraph de-duplicator has a sink of its own
     * for the same topic: one sink with both as parents would join the two sub-topologies into one, and the story
     * index's one partition would then share a task with partition 0 of {@code news-paragraphs}.
     */
    public static final String TO_DUPLICATES = "write-news-duplicates-of-stories";
    /** The lowest estimated Jaccard similarity of two bodies that makes them one story (see docs/output.md). */
    public static final double DEFAULT_THRESHOLD = 0.4;

    private static final Logger LOG = LoggerFactory.getLogger(StoryMatcher.class);

    private final Duration window;
    private final double threshold;
    private final NearDuplicatePolicy policy;
    private final String toArticles;
    private final String toDuplicates;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<Long, StoryEntry> articles;
    /** The next article's sequence number, and the oldest indexed article's: read from the store at init. */
    private long next;

    private long oldest;
    /** The articles store's band keys, signatures, times and id hashes in memory: what a match reads. */
    private final IndexedSignatures indexed = new IndexedSignatures();

    private StoryMatcher(final Settings settings) {
        this.window = settings.window();
        this.threshold = settings.threshold();
        this.policy = settings.policy();
        this.toArticles = settings.toArticles();
        this.toDuplicates = settings.toDuplicates();
    }

    /** How the matcher decides and where it writes; {@code toArticles}/{@code toDuplicates} name sink nodes. */
    public record Settings(
            Duration window, double threshold, NearDuplicatePolicy policy, String toArticles, String toDuplicates) {
        public Settings {
            Objects.requireNonNull(window, "window must not be null");
            if (threshold <= 0 || threshold > 1) {
                throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
            }
            if (policy == null || policy == NearDuplicatePolicy.OFF) {
                throw new IllegalArgumentException(
                        "The story matcher runs only with policy TAG or DROP, was " + policy);
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
                return Set.of(Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(ARTICLES_STORE),
                        StoryIndexKeys.sequenceSerde(),
                        StoryEntry.serde()));
            }
        };
    }

    @Override
    public void init(final ProcessorContext<String, Object> context) {
        this.context = context;
        this.articles = context.getStateStore(ARTICLES_STORE);
        // after every restoration (a restart, a crash, a move to another instance) the store is the truth: the
        // memory index is made again from it, whatever this processor held before
        final long started = System.nanoTime();
        indexed.clear();
        try (KeyValueIterator<Long, StoryEntry> entries = articles.all()) {
            entries.forEachRemaining(entry -> indexed.add(entry.key, entry.value));
        }
        oldest = indexed.first();
        next = indexed.end();
        if (next > oldest) {
            LOG.info(
                    "Story index: {} articles loaded in {} ms",
                    next - oldest,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    @Override
    public void process(final Record<String, StoryCandidate> record) {
        final StorySignature signature = record.value().signature() == null
                ? null
                : StorySignature.fromBytes(record.value().signature());
        if (signature == null) {
            write(record);
            return;
        }
        // whole seconds, as entries keep their time
        final long from = Math.max(0, context.currentStreamTimeMs() - window.toMillis()) / 1000;
        expireBefore(from);
        match(record, signature, from);
    }

    private void match(final Record<String, StoryCandidate> record, final StorySignature signature, final long from) {
        final String articleId = record.key();
        final long idHash = IndexedSignatures.idHash(articleId);
        final byte[] packed = record.value().signature();
        long best = -1;
        double bestSimilarity = -1;
        StoryEntry original = null;
        final int candidates = indexed.candidates(packed);
        for (int i = 0; i < candidates; i++) {
            final long sequence = indexed.candidate(i);
            if (!indexed.contains(sequence) || indexed.epochSecond(sequence) < from) {
                continue;
            }
            if (indexed.mayHaveId(sequence, idHash)) {
                final StoryEntry entry = entry(sequence);
                if (entry.articleId().equals(articleId)) {
                    // the same article again (a re-drop after the de-duplicator forgot it): the story it was given
                    writeAgain(record, entry);
                    return;
                }
            }
            final double similarity = indexed.similarity(sequence, packed);
            if (similarity < threshold || similarity < bestSimilarity) {
                continue;
            }
            if (similarity > bestSimilarity) {
                best = sequence;
                bestSimilarity = similarity;
                original = null;
                continue;
            }
            // as similar as the best so far: the smaller article id wins, read from the store only for such ties
            original = original == null ? entry(best) : original;
            final StoryEntry tied = entry(sequence);
            if (tied.articleId().compareTo(original.articleId()) < 0) {
                best = sequence;
                original = tied;
            }
        }
        if (best >= 0 && original == null) {
            original = entry(best);
        }
        final String storyId = original == null ? articleId : original.storyId();
        remember(new StoryEntry(articleId, storyId, record.timestamp() / 1000, signature));
        if (original == null) {
            write(record);
            return;
        }
        final Article article = record.value().readArticle();
        context.forward(
                record.withValue(new Duplicate(
                        articleId,
                        article.sourceFile(),
                        -1,
                        DuplicateReason.NEAR_DUPLICATE_STORY,
                        original.articleId(),
                        bestSimilarity)),
                toDuplicates);
        if (policy == NearDuplicatePolicy.TAG) {
            write(record, article.asNearDuplicate(storyId, original.articleId(), bestSimilarity));
        }
    }

    /** An indexed article's entry, from the store: the in-memory copy holds no ids. */
    private StoryEntry entry(final long sequence) {
        final StoryEntry entry = articles.get(sequence);
        if (entry == null) {
            throw new IllegalStateException(
                    "Story index article " + sequence + " is in memory but not in " + ARTICLES_STORE);
        }
        return entry;
    }

    private void remember(final StoryEntry entry) {
        final long sequence = next++;
        articles.put(sequence, entry);
        indexed.add(sequence, entry);
    }

    /**
     * Removes, oldest first, the articles indexed before {@code from} (epoch second), from the store and from memory; stops at the first
     * younger one (record times are nearly in topic order, so a late one may stay a little longer: it is not found,
     * because look-ups skip entries older than the window). Deletes as {@code put(key, null)}: {@code delete} would
     * read the old value first.
     */
    private void expireBefore(final long from) {
        while (oldest < next) {
            if (indexed.contains(oldest)) {
                if (indexed.epochSecond(oldest) >= from) {
                    return;
                }
                articles.put(oldest, null);
                indexed.remove(oldest);
            }
            oldest++;
        }
    }

    /** A re-dropped article: the story it was given the first time. */
    private void writeAgain(final Record<String, StoryCandidate> record, final StoryEntry seen) {
        if (seen.startsItsStory()) {
            write(record);
        } else {
            write(record, record.value().readArticle().asNearDuplicate(seen.storyId(), seen.storyId(), 1.0));
        }
    }

    /** The article as the assembler wrote it: most articles start their own story and are not parsed here. */
    private void write(final Record<String, StoryCandidate> record) {
        context.forward(record.withValue(record.value().article()), toArticles);
    }

    private void write(final Record<String, StoryCandidate> record, final Article article) {
        context.forward(
                record.withValue(Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), article)),
                toArticles);
    }
}
