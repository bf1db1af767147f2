package io.newsflow.enrich.story;

import io.newsflow.contract.Article;
import io.newsflow.contract.Duplicate;
import io.newsflow.contract.DuplicateReason;
import io.newsflow.contract.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
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
 * <p>State, two key-value stores. {@value #ARTICLES_STORE}, with a changelog: sequence number ({@link StoryIndexKeys},
 * the order of indexing) → {@link StoryEntry}. {@value #BANDS_STORE}, without: one entry per LSH band per article,
 * key = band key + sequence number, no value ({@link StorySignature#BANDS} per article), all derived from the
 * articles' signatures, so an article costs one changelog record rather than {@code 1 + BANDS}, and the bands are
 * rebuilt from the articles store when the local copy does not match it ({@link #init}). Candidates are the articles
 * sharing a band (one prefix scan per band); they are verified against an in-memory copy of the articles' signatures
 * ({@link IndexedSignatures}, loaded from the articles store at {@link #init}), so that only the article chosen as the
 * original (and one whose id hash matches, or that ties with it) is read from the store. Expiry: articles are indexed in sequence, so the
 * oldest is at the front of the articles store; before each article the matcher removes, from the front, the entries
 * older than {@code window} (record time against stream time) with their band entries, which it recomputes from the
 * stored signature. The state depends only on the topic's order, so it is the same after a replay. (Window stores
 * would expire by segment without deletes, but add a 12-byte timestamp and sequence number to every one of an
 * article's band entries.) The stores' names carry the version of their format: a state directory or changelog
 * written in another format is never read as this one (it is restored into no store, and the new stores start empty).
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
    /**
     * v4: band key + sequence number, no value, without changelog (rebuilt from {@link #ARTICLES_STORE}); v3: the
     * same entries with a changelog; v2: a window store, 32 bands, band key → article id.
     */
    public static final String BANDS_STORE = "story-bands-v4";
    /** The lowest estimated Jaccard similarity of two bodies that makes them one story (see docs/output.md). */
    public static final double DEFAULT_THRESHOLD = 0.4;

    private static final byte[] NO_VALUE = new byte[0];
    /** Rebuilt band entries are written in batches of this many (one RocksDB write batch each). */
    private static final int REBUILD_BATCH = 16_384;

    private static final Logger LOG = LoggerFactory.getLogger(StoryMatcher.class);

    private final Duration window;
    private final double threshold;
    private final NearDuplicatePolicy policy;
    private final String toArticles;
    private final String toDuplicates;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<Long, StoryEntry> articles;
    private KeyValueStore<Bytes, byte[]> bands;
    /** The next article's sequence number, and the oldest indexed article's: read from the store at init. */
    private long next;

    private long oldest;
    /** The band entries to add and delete for the record being processed: one write batch with the marker. */
    private final List<KeyValue<Bytes, byte[]>> bandChanges = new ArrayList<>();
    /** The articles store's signatures, times and id hashes in memory: what verifying a candidate reads. */
    private final IndexedSignatures indexed = new IndexedSignatures();
    /** The candidates' sequence numbers, reused from article to article. */
    private long[] found = new long[64];

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
                return Set.of(
                        Stores.keyValueStoreBuilder(
                                Stores.persistentKeyValueStore(ARTICLES_STORE),
                                StoryIndexKeys.sequenceSerde(),
                                StoryEntry.serde()),
                        // no changelog: the band entries follow from the articles' signatures, and are rebuilt
                        // from them when the local store does not match (see init)
                        Stores.keyValueStoreBuilder(
                                        Stores.persistentKeyValueStore(BANDS_STORE), Serdes.Bytes(), Serdes.ByteArray())
                                .withLoggingDisabled());
            }
        };
    }

    @Override
    public void init(final ProcessorContext<String, Object> context) {
        this.context = context;
        this.articles = context.getStateStore(ARTICLES_STORE);
        this.bands = context.getStateStore(BANDS_STORE);
        indexed.clear();
        try (KeyValueIterator<Long, StoryEntry> entries = articles.all()) {
            entries.forEachRemaining(entry -> indexed.add(entry.key, entry.value));
        }
        oldest = indexed.first();
        next = indexed.end();
        bandChanges.clear();
        final byte[] marker = bands.get(StoryIndexKeys.BANDS_MARKER);
        if (!Arrays.equals(marker, StoryIndexKeys.bandsMarker(oldest, next))) {
            rebuildBands();
        }
    }

    /**
     * Replaces every band entry with those of the articles in {@link #ARTICLES_STORE}. The bands store has no
     * changelog, so after a crash (Kafka Streams wipes the task's state under exactly-once), on another instance, or
     * after an upgrade it is empty or lags behind the articles store, which is restored from its changelog. Its marker
     * says which articles it holds the bands of (the first and next sequence number, written in the same RocksDB write
     * batch as the band entries); the articles store's content follows from those two numbers alone, since both
     * stores change only in the story index topic's order. So a matching marker proves the bands right, and anything
     * else is rebuilt.
     */
    private void rebuildBands() {
        final long started = System.nanoTime();
        final List<KeyValue<Bytes, byte[]>> batch = new ArrayList<>();
        long removed = 0;
        try (KeyValueIterator<Bytes, byte[]> stale = bands.all()) {
            while (stale.hasNext()) {
                batch.add(KeyValue.pair(stale.next().key, null));
                removed++;
                if (batch.size() == REBUILD_BATCH) {
                    bands.putAll(batch);
                    batch.clear();
                }
            }
        }
        long articlesIndexed = 0;
        for (long sequence = oldest; sequence < next; sequence++) {
            if (!indexed.contains(sequence)) {
                continue;
            }
            articlesIndexed++;
            for (int band = 0; band < StorySignature.BANDS; band++) {
                batch.add(KeyValue.pair(StoryIndexKeys.band(indexed.bandKey(sequence, band), sequence), NO_VALUE));
            }
            if (batch.size() >= REBUILD_BATCH) {
                bands.putAll(batch);
                batch.clear();
            }
        }
        batch.add(KeyValue.pair(StoryIndexKeys.BANDS_MARKER, StoryIndexKeys.bandsMarker(oldest, next)));
        bands.putAll(batch);
        if (articlesIndexed == 0 && removed == 0) {
            // a new, empty index: nothing to say
            return;
        }
        LOG.info(
                "Story index: rebuilt the band entries of {} articles (removed {} stale entries) in {} ms",
                articlesIndexed,
                removed,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** This record's band changes and the new marker, in one RocksDB write batch, so they persist together or not. */
    private void saveBands() {
        bandChanges.add(KeyValue.pair(StoryIndexKeys.BANDS_MARKER, StoryIndexKeys.bandsMarker(oldest, next)));
        bands.putAll(bandChanges);
        bandChanges.clear();
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
        saveBands();
    }

    private void match(final Record<String, StoryCandidate> record, final StorySignature signature, final long from) {
        final String articleId = record.key();
        final long idHash = IndexedSignatures.idHash(articleId);
        final byte[] packed = record.value().signature();
        long best = -1;
        double bestSimilarity = -1;
        StoryEntry original = null;
        final int candidates = candidates(signature);
        for (int i = 0; i < candidates; i++) {
            final long sequence = found[i];
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

    /**
     * The articles sharing at least one band with {@code signature}: their sequence numbers, ascending and each once,
     * in {@link #found}; returns how many.
     */
    private int candidates(final StorySignature signature) {
        int count = 0;
        for (int band = 0; band < StorySignature.BANDS; band++) {
            try (KeyValueIterator<Bytes, byte[]> entries = bands.prefixScan(
                    StoryIndexKeys.bandPrefix(signature.bandKey(band)),
                    Serdes.Bytes().serializer())) {
                while (entries.hasNext()) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, 2 * count);
                    }
                    found[count++] = StoryIndexKeys.sequenceOfBand(entries.next().key);
                }
            }
        }
        Arrays.sort(found, 0, count);
        int unique = 0;
        for (int i = 0; i < count; i++) {
            if (unique == 0 || found[i] != found[unique - 1]) {
                found[unique++] = found[i];
            }
        }
        return unique;
    }

    private void remember(final StoryEntry entry) {
        final long sequence = next++;
        articles.put(sequence, entry);
        indexed.add(sequence, entry);
        for (int band = 0; band < StorySignature.BANDS; band++) {
            bandChanges.add(KeyValue.pair(StoryIndexKeys.band(entry.signature().bandKey(band), sequence), NO_VALUE));
        }
    }

    /**
     * Removes, oldest first, the articles indexed before {@code from} (epoch second) with their band entries; stops at the first
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
                for (int band = 0; band < StorySignature.BANDS; band++) {
                    bandChanges.add(KeyValue.pair(StoryIndexKeys.band(indexed.bandKey(oldest, band), oldest), null));
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
