package io.newsflow.enrich.assembly;

import io.newsflow.contract.EnrichedParagraph;
import io.newsflow.contract.JsonSerde;
import io.newsflow.contract.Topics;
import io.newsflow.enrich.DeadLetters;
import io.newsflow.enrich.dedup.ScreenedParagraph;
import io.newsflow.enrich.story.StoryCandidate;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buffers an article's records until all {@code count} of them (kept and dropped) have arrived, then enriches it and
 * emits each kept record to {@link #TO_ENRICHED} ({@code news-paragraphs-enriched}) and exactly one {@code Article} to
 * {@link #TO_ARTICLES} ({@code news-articles}), all keyed by articleId and already serialised with those topics' serdes
 * (the sinks write the bytes); the buffer is deleted. Input: the
 * {@link ScreenedParagraph}s of the de-duplicator, key articleId, already partitioned by it: no repartition.
 *
 * <p>State: one entry of {@link #PARTS_STORE} per article in progress, key articleId, value the records that have
 * arrived so far ({@link StoredParts}: each record encoded once, appended to the bytes before it), deleted when the
 * article is assembled; the articles being assembled are also held in memory, so a record costs encoding itself and
 * copying the bytes before it, not a read of the entry. The memory copy is dropped whenever Kafka Streams
 * (re)initialises or closes the processor — after a rebalance, a crash or an aborted transaction, when the store itself
 * is restored — and an article's entry is then read back. One entry per article rather than one per record because
 * Kafka Streams' cache writes every deleted key to RocksDB and to the changelog at the next flush, even a key that
 * never left the cache: a record per part cost a RocksDB delete and a changelog tombstone for each record of every
 * article; now it is one per article.
 *
 * <p>Upgrade: {@link #LEGACY_PARTS_STORE} is the layout before (one entry per record, key articleId, NUL, the input
 * offset as {@code %019d}; JSON values). It stays connected, restored from its changelog as before, and on the first
 * record a task processes its parts move into {@link #PARTS_STORE} (before any parts already there: they arrived
 * earlier), in the same transaction as that record, so an article buffered by the build before is assembled whole.
 * Once every task has processed a record on this build, the legacy store is empty and stays so.
 *
 * <p>If enrichment throws (a tagger failure), or its output would be larger than a Kafka record may be, every record of
 * that article goes to {@link DeadLetters#SINK} with the error in its headers, and the application goes on with the
 * next article.
 *
 * <p>{@code assembledAt} is the processing wall-clock time ({@code currentSystemTimeMs}), not the record time: the
 * record time is ingest's publish time, already in {@code ingestedAt}, and the difference of the two is the latency an
 * operator wants to see. Tests control it through the driver's mocked wall clock.
 */
public final class ArticleAssembler implements Processor<String, ScreenedParagraph, Object, Object> {

    public static final String TO_ENRICHED = "write-" + Topics.PARAGRAPHS_ENRICHED.name();
    public static final String TO_ARTICLES = "write-" + Topics.ARTICLES.name();
    public static final String TO_STORY_INDEX = "write-story-index";
    private static final Serializer<StoryCandidate> CANDIDATES =
            StoryCandidate.serde().serializer();
    /** One entry per article in progress; {@code -v2}: the layout of {@link #LEGACY_PARTS_STORE} is another. */
    public static final String PARTS_STORE = "article-parts-v2";
    /** The parts in the layout before (one entry per record), read only to move them into {@link #PARTS_STORE}. */
    public static final String LEGACY_PARTS_STORE = "article-parts";

    private static final char LEGACY_SEPARATOR = '\u0000';

    private static final Logger LOG = LoggerFactory.getLogger(ArticleAssembler.class);

    private final ArticleEnricher enricher;
    private final int maxRecordBytes;
    private final boolean toStoryIndex;
    private ProcessorContext<Object, Object> context;
    private KeyValueStore<String, byte[]> parts;
    private KeyValueStore<String, ArticleBuffer.Buffered> legacyParts;
    /** Whether this task's {@link #legacyParts} were moved since {@link #init}. */
    private boolean legacyMoved;
    /** The articles being assembled, as in {@link #parts}; only ever a cache of it. */
    private final Map<String, InProgress> assembling = new HashMap<>();

    private ArticleAssembler(final ArticleEnricher enricher, final int maxRecordBytes, final boolean toStoryIndex) {
        this.enricher = enricher;
        this.maxRecordBytes = maxRecordBytes;
        this.toStoryIndex = toStoryIndex;
    }

    /**
     * The processor with its buffer store; {@code enricher} is shared by every task, so it must be thread-safe. An
     * article whose output records would exceed {@code maxRecordBytes} goes to the dead-letter topic instead, because
     * a record the producer refuses would fail the stream thread on every retry (Kafka Streams' default production
     * handler stops the application). With {@code toStoryIndex}, the article goes as a {@link StoryCandidate} (with
     * its body's signature) to {@link #TO_STORY_INDEX} instead of {@link #TO_ARTICLES}: the story matcher gives it its
     * story and writes it.
     */
    public static ProcessorSupplier<String, ScreenedParagraph, Object, Object> supplier(
            final ArticleEnricher enricher, final int maxRecordBytes, final boolean toStoryIndex) {
        Objects.requireNonNull(enricher, "enricher must not be null");
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, ScreenedParagraph, Object, Object> get() {
                return new ArticleAssembler(enricher, maxRecordBytes, toStoryIndex);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(
                        // cached, as the de-duplicator's fingerprints: an entry is rewritten on every record of its
                        // article and deleted with its last, mostly in memory between two commits
                        Stores.keyValueStoreBuilder(
                                        Stores.persistentKeyValueStore(PARTS_STORE),
                                        Serdes.String(),
                                        Serdes.ByteArray())
                                .withCachingEnabled(),
                        // as the build before had it, so its state and changelog are restored as they were
                        Stores.keyValueStoreBuilder(
                                        Stores.persistentKeyValueStore(LEGACY_PARTS_STORE),
                                        Serdes.String(),
                                        JsonSerde.of(ArticleBuffer.Buffered.class))
                                .withCachingEnabled());
            }
        };
    }

    @Override
    public void init(final ProcessorContext<Object, Object> context) {
        this.context = context;
        this.parts = context.getStateStore(PARTS_STORE);
        this.legacyParts = context.getStateStore(LEGACY_PARTS_STORE);
        legacyMoved = false;
        assembling.clear();
    }

    @Override
    public void process(final Record<String, ScreenedParagraph> record) {
        if (!legacyMoved) {
            // here, not in init: written while a record is processed, the move commits with it
            moveLegacyParts();
            legacyMoved = true;
        }
        final ScreenedParagraph screened = record.value();
        final ArticleBuffer.Buffered arrived = new ArticleBuffer.Buffered(
                screened.paragraph(),
                screened.kept(),
                context.recordMetadata().map(RecordMetadata::offset).orElse(-1L));
        InProgress article = assembling.get(record.key());
        if (article == null) {
            article = stored(record.key());
        }
        final ArticleBuffer.Buffered first = article.records.isEmpty() ? null : article.records.get(0);
        article.records.add(arrived);
        if (article.records.size() < screened.paragraph().count()) {
            article.stored = StoredParts.append(article.stored, first, arrived);
            parts.put(record.key(), article.stored);
            assembling.put(record.key(), article);
            return;
        }
        assembling.remove(record.key());
        if (article.stored != null) {
            // put(null), not delete: the same tombstone, but delete returns the old value, so it reads it first
            parts.put(record.key(), null);
        }
        assemble(record, new ArticleBuffer(article.records));
    }

    @Override
    public void close() {
        assembling.clear();
    }

    /** {@code articleId} as in the store (after a restart, a rebalance or an abort), or a new article. */
    private InProgress stored(final String articleId) {
        final byte[] stored = parts.get(articleId);
        if (stored == null) {
            return new InProgress(new ArrayList<>(), null);
        }
        try {
            return new InProgress(new ArrayList<>(StoredParts.read(stored)), stored);
        } catch (final IllegalArgumentException e) {
            throw new IllegalStateException(
                    "The " + PARTS_STORE + " entry of article " + articleId + " cannot be read", e);
        }
    }

    /**
     * Moves every part in {@link #LEGACY_PARTS_STORE} into {@link #PARTS_STORE}, each article's before what that holds
     * of it already, and deletes them from the legacy store.
     */
    private void moveLegacyParts() {
        final Map<String, List<KeyValue<String, ArticleBuffer.Buffered>>> byArticle = new LinkedHashMap<>();
        try (KeyValueIterator<String, ArticleBuffer.Buffered> all = legacyParts.all()) {
            // keys are articleId, NUL, zero-padded offset: in byte order, an article's parts are in arrival order
            all.forEachRemaining(entry -> byArticle
                    .computeIfAbsent(
                            entry.key.substring(0, entry.key.lastIndexOf(LEGACY_SEPARATOR)), id -> new ArrayList<>())
                    .add(entry));
        }
        if (byArticle.isEmpty()) {
            return;
        }
        int moved = 0;
        for (final Map.Entry<String, List<KeyValue<String, ArticleBuffer.Buffered>>> article : byArticle.entrySet()) {
            final List<ArticleBuffer.Buffered> records = new ArrayList<>();
            article.getValue().forEach(part -> records.add(part.value));
            records.addAll(stored(article.getKey()).records);
            parts.put(article.getKey(), StoredParts.of(records));
            article.getValue().forEach(part -> legacyParts.put(part.key, null));
            moved += article.getValue().size();
        }
        LOG.info(
                "Moved {} parts of {} articles in progress from {} (one entry per record) to {} (one per article)",
                moved,
                byArticle.size(),
                LEGACY_PARTS_STORE,
                PARTS_STORE);
    }

    private void assemble(final Record<String, ScreenedParagraph> record, final ArticleBuffer buffer) {
        final List<byte[]> paragraphs = new ArrayList<>();
        final byte[] article;
        try {
            final EnrichedArticle enriched = enricher.enrich(
                    buffer.kept(), buffer.dropped(), Instant.ofEpochMilli(context.currentSystemTimeMs()));
            // serialised here, once: the size check needs the bytes, and the sinks then write them as they are
            for (final EnrichedParagraph paragraph : enriched.paragraphs()) {
                paragraphs.add(Topics.PARAGRAPHS_ENRICHED
                        .valueSerde()
                        .serializer()
                        .serialize(Topics.PARAGRAPHS_ENRICHED.name(), paragraph));
            }
            // the story matcher adds at most its two fields to the article: the candidate's size, which includes the
            // signature, bounds the article's
            article = toStoryIndex
                    ? CANDIDATES.serialize(TO_STORY_INDEX, StoryCandidate.of(enriched.article()))
                    : Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), enriched.article());
            refuseOversized(record.key(), article, paragraphs);
        } catch (final RuntimeException e) {
            deadLetter(record, buffer, e);
            return;
        }
        paragraphs.forEach(paragraph -> context.forward(record.withValue(paragraph), TO_ENRICHED));
        context.forward(record.withValue(article), toStoryIndex ? TO_STORY_INDEX : TO_ARTICLES);
    }

    private void refuseOversized(final String key, final byte[] article, final List<byte[]> paragraphs) {
        final int keyBytes = key.getBytes(StandardCharsets.UTF_8).length;
        int largest = article.length;
        for (final byte[] paragraph : paragraphs) {
            largest = Math.max(largest, paragraph.length);
        }
        if (keyBytes + largest > maxRecordBytes) {
            throw new RecordTooLargeException("Article " + key + " is too large to publish: a record of "
                    + (keyBytes + largest) + " bytes, more than the " + maxRecordBytes
                    + " bytes a record may hold (max.request.size)");
        }
    }

    private void deadLetter(
            final Record<String, ScreenedParagraph> record, final ArticleBuffer buffer, final RuntimeException error) {
        LOG.error(
                "Enriching article {} failed; its {} records go to {}",
                record.key(),
                buffer.records().size(),
                Topics.DEAD_LETTERS.name(),
                error);
        final Optional<RecordMetadata> source = context.recordMetadata();
        for (final ArticleBuffer.Buffered buffered : buffer.records()) {
            context.forward(
                    DeadLetters.ofParagraph(
                            record.key(), buffered.paragraph(), record.timestamp(), error, source, buffered.offset()),
                    DeadLetters.SINK);
        }
    }

    /** An article being assembled: its records so far and, once it has been stored, its {@link #PARTS_STORE} value. */
    private static final class InProgress {

        private final List<ArticleBuffer.Buffered> records;
        private byte[] stored;

        InProgress(final List<ArticleBuffer.Buffered> records, final byte[] stored) {
            this.records = records;
            this.stored = stored;
        }
    }
}
