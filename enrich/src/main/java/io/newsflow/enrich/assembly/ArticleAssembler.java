package io.newsflow.enrich.assembly;

import io.newsflow.contract.EnrichedParagraph;
import io.newsflow.contract.JsonSerde;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.Topics;
import io.newsflow.enrich.DeadLetters;
import io.newsflow.enrich.dedup.ScreenedParagraph;
import io.newsflow.enrich.story.StoryCandidate;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
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
 * <p>State: every arrived record is one entry of {@link #PARTS_STORE}, keyed articleId, NUL, input offset (so an
 * article's parts are one prefix, in arrival order), written once; the articles being assembled are also held in
 * memory, so a record costs one small write, not a read and rewrite of its whole article (that cost grew with the
 * square of an article's length, and was the largest single cost of enrich in the benchmark's profile). The memory copy
 * is dropped whenever Kafka Streams (re)initialises or closes the processor — after a rebalance, a crash or an aborted
 * transaction, when the store itself is restored — and an article's parts are then read back from the store by prefix.
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
    public static final String PARTS_STORE = "article-parts";
    private static final char PART_SEPARATOR = '\u0000';
    private static final int OFFSET_DIGITS = 19;

    private static final Logger LOG = LoggerFactory.getLogger(ArticleAssembler.class);

    private final ArticleEnricher enricher;
    private final int maxRecordBytes;
    private final boolean toStoryIndex;
    private ProcessorContext<Object, Object> context;
    private KeyValueStore<String, ArticleBuffer.Buffered> parts;
    /** The articles being assembled, as in {@link #parts}; only ever a cache of it. */
    private final Map<String, ArticleBuffer> assembling = new HashMap<>();

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
                // cached, as the de-duplicator's fingerprints: a part lives for a few records, mostly in memory
                return Set.of(Stores.keyValueStoreBuilder(
                                Stores.persistentKeyValueStore(PARTS_STORE),
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
        assembling.clear();
    }

    @Override
    public void process(final Record<String, ScreenedParagraph> record) {
        final ScreenedParagraph screened = record.value();
        final ArticleBuffer.Buffered arrived = new ArticleBuffer.Buffered(
                screened.paragraph(),
                screened.kept(),
                context.recordMetadata().map(RecordMetadata::offset).orElse(-1L));
        final ArticleBuffer buffer =
                assembling.computeIfAbsent(record.key(), this::stored).plus(arrived);
        if (!isComplete(buffer, screened.paragraph())) {
            parts.put(partKey(record.key(), arrived), arrived);
            assembling.put(record.key(), buffer);
            return;
        }
        assembling.remove(record.key());
        for (final ArticleBuffer.Buffered part : buffer.records()) {
            if (part != arrived) {
                // put(null), not delete: the same tombstone, but delete returns the old value, so it reads and
                // deserialises every part once more only to throw it away
                parts.put(partKey(record.key(), part), null);
            }
        }
        assemble(record, buffer);
    }

    @Override
    public void close() {
        assembling.clear();
    }

    /** The parts of {@code articleId} in the store, in arrival order (after a restart, a rebalance or an abort). */
    private ArticleBuffer stored(final String articleId) {
        final List<ArticleBuffer.Buffered> found = new ArrayList<>();
        try (KeyValueIterator<String, ArticleBuffer.Buffered> scan =
                parts.prefixScan(articleId + PART_SEPARATOR, new StringSerializer())) {
            scan.forEachRemaining(entry -> found.add(entry.value));
        }
        return new ArticleBuffer(found);
    }

    /**
     * Zero-padded, so the store's byte order is arrival order: {@code %019d}, padded by hand for the offsets Kafka
     * gives (formatting was a twentieth of the assembler's own time, twice per record).
     */
    static String partKey(final String articleId, final ArticleBuffer.Buffered part) {
        final long offset = part.offset();
        if (offset < 0) {
            return articleId + PART_SEPARATOR + String.format(Locale.ROOT, "%019d", offset);
        }
        final String digits = Long.toString(offset);
        final StringBuilder key = new StringBuilder(articleId.length() + 1 + OFFSET_DIGITS)
                .append(articleId)
                .append(PART_SEPARATOR);
        for (int i = digits.length(); i < OFFSET_DIGITS; i++) {
            key.append('0');
        }
        return key.append(digits).toString();
    }

    private static boolean isComplete(final ArticleBuffer buffer, final Paragraph latest) {
        return buffer.records().size() >= latest.count();
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
}
