package io.newsflow.enrich.dedup;

import io.newsflow.contract.Duplicate;
import io.newsflow.contract.DuplicateReason;
import io.newsflow.contract.JsonSerde;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.ParagraphKind;
import io.newsflow.contract.Topics;
import io.newsflow.enrich.DeadLetters;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops repeats before assembly. Input: {@code news-paragraphs} records, key articleId, one article's records in order.
 * Outputs: every record of the copy being assembled, as {@link ScreenedParagraph}, to {@link #TO_ASSEMBLY}; a
 * {@link Duplicate} for each drop to {@link #TO_DUPLICATES}; records without key or value to {@link DeadLetters#SINK}.
 *
 * <ul>
 *   <li>Within an article, a body paragraph whose {@linkplain ParagraphText normalised} text equals the headline is a
 *       {@code REPEATED_HEADLINE} of {@code <articleId>#0}; one equal to an earlier body paragraph is a
 *       {@code REPEATED_PARAGRAPH} of {@code <articleId>#<earlier index>}. The headline and headings are always kept.
 *   <li>Across copies, content dropped again has the same articleId but another file or ingest time. Its records are
 *       dropped, with one {@code SAME_CONTENT} duplicate (index -1) per copy, reported on the copy's first record
 *       (index 0: ingest publishes a copy in one transaction, in order). This holds both for an article already
 *       completed and for a second copy interleaved with the one being assembled.
 * </ul>
 *
 * <p>State: {@value #FINGERPRINTS_STORE} holds a fingerprint (SHA-256 of the normalised text) of each kept body
 * paragraph of the article being assembled and is deleted when its last record arrives; the processor also keeps the
 * articles in progress in memory, as a read cache of that store, dropped whenever Kafka Streams (re)initialises or
 * closes it, so a record costs one write of its article's fingerprints, not a read as well. {@value #COMPLETED_STORE}
 * remembers completed articles for {@code retention}. It is a window store rather than a key-value store purged by a punctuator: expiry is a segment drop driven by stream time,
 * with no periodic scan of every key on the stream thread, and its changelog is {@code compact,delete} with the same
 * retention, so the broker bounds it too. A copy re-dropped after the retention is assembled again. Both stores are
 * logged, so exactly-once restores them with the input offsets.
 */
public final class ParagraphDeduplicator implements Processor<String, Paragraph, Object, Object> {

    public static final String NAME = "deduplicate-paragraphs";
    public static final String TO_DUPLICATES = "write-" + Topics.DUPLICATES.name();
    public static final String TO_ASSEMBLY = "assemble-articles";
    public static final String FINGERPRINTS_STORE = "article-fingerprints";
    public static final String COMPLETED_STORE = "completed-articles";

    private static final Logger LOG = LoggerFactory.getLogger(ParagraphDeduplicator.class);
    private static final double EXACT = 1.0;

    private final Duration retention;
    private ProcessorContext<Object, Object> context;
    private KeyValueStore<String, ArticleFingerprints> fingerprints;
    /** The articles in progress as in {@link #fingerprints}; only ever a cache of it. */
    private final Map<String, ArticleFingerprints> inProgress = new HashMap<>();

    private WindowStore<String, ArticleCopy> completed;
    /**
     * The last headline seen and its normalised form: every record of an article carries the headline, and an
     * article's records arrive together, so it is normalised about once per article instead of once per paragraph
     * (NFKC and two regular expressions over the headline were a tenth of the de-duplicator's time).
     */
    private String lastHeadline;

    private String lastHeadlineNormalised;

    private ParagraphDeduplicator(final Duration retention) {
        this.retention = retention;
    }

    /** The processor with its two stores; {@code retention} is how long a completed article is remembered. */
    public static ProcessorSupplier<String, Paragraph, Object, Object> supplier(final Duration retention) {
        Objects.requireNonNull(retention, "retention must not be null");
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, Paragraph, Object, Object> get() {
                return new ParagraphDeduplicator(retention);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(
                        // cached: an article's records arrive together, so its entry is written, rewritten and
                        // deleted in memory, and RocksDB and the changelog see at most one write per commit
                        Stores.keyValueStoreBuilder(
                                        Stores.persistentKeyValueStore(FINGERPRINTS_STORE),
                                        Serdes.String(),
                                        JsonSerde.of(ArticleFingerprints.class))
                                .withCachingEnabled(),
                        // one entry per completed article, at its completion time: the window size is irrelevant
                        Stores.windowStoreBuilder(
                                Stores.persistentWindowStore(COMPLETED_STORE, retention, Duration.ofMillis(1), false),
                                Serdes.String(),
                                JsonSerde.of(ArticleCopy.class)));
            }
        };
    }

    @Override
    public void init(final ProcessorContext<Object, Object> context) {
        this.context = context;
        this.fingerprints = context.getStateStore(FINGERPRINTS_STORE);
        this.completed = context.getStateStore(COMPLETED_STORE);
        inProgress.clear();
    }

    @Override
    public void close() {
        inProgress.clear();
    }

    @Override
    public void process(final Record<String, Paragraph> record) {
        final Paragraph paragraph = record.value();
        if (record.key() == null || paragraph == null || !record.key().equals(paragraph.articleId())) {
            deadLetter(
                    record,
                    new IllegalArgumentException("A news-paragraphs record needs a value and its articleId"
                            + " as key; key=" + record.key() + " articleId="
                            + (paragraph == null ? null : paragraph.articleId())));
            return;
        }
        final ArticleCopy copy = ArticleCopy.of(paragraph);
        final ArticleFingerprints seen = inProgress.computeIfAbsent(paragraph.articleId(), fingerprints::get);
        final Optional<ArticleCopy> assembled =
                seen == null ? completedCopy(paragraph.articleId()) : Optional.of(seen.copy());
        if (isRepeatedContent(copy, seen, assembled)) {
            dropRepeatedContent(record, assembled.get().equals(copy));
            return;
        }
        final ArticleFingerprints article = seen == null ? ArticleFingerprints.start(copy) : seen;
        final String normalised = ParagraphText.normalise(paragraph.text());
        final String fingerprint = ParagraphText.fingerprint(normalised);
        final Optional<Duplicate> duplicate = duplicateOf(paragraph, normalised, fingerprint, article);
        final boolean remembered = paragraph.kind() == ParagraphKind.PARAGRAPH && duplicate.isEmpty();
        remember(paragraph, article.plus(remembered ? fingerprint : null, paragraph.index()), record.timestamp());
        duplicate.ifPresent(found -> forwardDuplicate(record, found));
        context.forward(record.withValue(new ScreenedParagraph(paragraph, duplicate.isEmpty())), TO_ASSEMBLY);
    }

    /** A record of another copy than the one in progress, or any record once its article is completed. */
    private static boolean isRepeatedContent(
            final ArticleCopy copy, final ArticleFingerprints inProgress, final Optional<ArticleCopy> assembled) {
        return assembled.isPresent()
                && (inProgress == null || !inProgress.copy().equals(copy));
    }

    /**
     * Drops a record of content already assembled or being assembled. Another copy is reported once, on its first
     * record; a record of the very copy already completed can only be a redelivery: no duplicate to report.
     */
    private void dropRepeatedContent(final Record<String, Paragraph> record, final boolean sameCopy) {
        final Paragraph paragraph = record.value();
        if (sameCopy) {
            LOG.warn(
                    "Record {}#{} of {} arrived after its article was completed; dropped",
                    paragraph.articleId(),
                    paragraph.index(),
                    paragraph.sourceFile());
        } else if (paragraph.index() == 0) {
            forwardDuplicate(
                    record,
                    new Duplicate(
                            paragraph.articleId(),
                            paragraph.sourceFile(),
                            -1,
                            DuplicateReason.SAME_CONTENT,
                            paragraph.articleId(),
                            EXACT));
        }
    }

    private Optional<Duplicate> duplicateOf(
            final Paragraph paragraph,
            final String normalised,
            final String fingerprint,
            final ArticleFingerprints article) {
        if (paragraph.kind() != ParagraphKind.PARAGRAPH) {
            return Optional.empty();
        }
        if (normalised.equals(normalisedHeadline(paragraph.headline()))) {
            return Optional.of(duplicate(paragraph, DuplicateReason.REPEATED_HEADLINE, 0));
        }
        final Integer earlier = article.paragraphs().get(fingerprint);
        return earlier == null
                ? Optional.empty()
                : Optional.of(duplicate(paragraph, DuplicateReason.REPEATED_PARAGRAPH, earlier));
    }

    private String normalisedHeadline(final String headline) {
        if (!headline.equals(lastHeadline)) {
            lastHeadlineNormalised = ParagraphText.normalise(headline);
            lastHeadline = headline;
        }
        return lastHeadlineNormalised;
    }

    private static Duplicate duplicate(final Paragraph paragraph, final DuplicateReason reason, final int of) {
        return new Duplicate(
                paragraph.articleId(),
                paragraph.sourceFile(),
                paragraph.index(),
                reason,
                paragraph.articleId() + "#" + of,
                EXACT);
    }

    /** Keeps the article's fingerprints, or, once all its records have arrived, remembers it as completed. */
    private void remember(final Paragraph paragraph, final ArticleFingerprints article, final long timestamp) {
        if (article.received() >= paragraph.count()) {
            // put(null) deletes as delete does, without reading and deserialising the old value to return it
            fingerprints.put(paragraph.articleId(), null);
            inProgress.remove(paragraph.articleId());
            completed.put(paragraph.articleId(), article.copy(), timestamp);
        } else {
            fingerprints.put(paragraph.articleId(), article);
            inProgress.put(paragraph.articleId(), article);
        }
    }

    private Optional<ArticleCopy> completedCopy(final String articleId) {
        final long now = context.currentStreamTimeMs();
        try (WindowStoreIterator<ArticleCopy> copies =
                completed.fetch(articleId, Math.max(0, now - retention.toMillis()), now)) {
            return copies.hasNext() ? Optional.of(copies.next().value) : Optional.empty();
        }
    }

    private void forwardDuplicate(final Record<String, Paragraph> record, final Duplicate duplicate) {
        context.forward(record.withValue(duplicate), TO_DUPLICATES);
    }

    private void deadLetter(final Record<String, Paragraph> record, final IllegalArgumentException error) {
        LOG.warn("Dead-lettering a record of {}: {}", Topics.PARAGRAPHS.name(), error.getMessage());
        final Optional<RecordMetadata> source = context.recordMetadata();
        context.forward(
                DeadLetters.ofParagraph(
                        record.key(),
                        record.value(),
                        record.timestamp(),
                        error,
                        source,
                        source.map(RecordMetadata::offset).orElse(-1L)),
                DeadLetters.SINK);
    }
}
