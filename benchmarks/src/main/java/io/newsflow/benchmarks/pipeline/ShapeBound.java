package io.newsflow.benchmarks.pipeline;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.broker.TopicProvisioner;
import io.newsflow.contract.Duplicate;
import io.newsflow.contract.DuplicateReason;
import io.newsflow.contract.FileStatus;
import io.newsflow.contract.LedgerEntry;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.ParagraphKind;
import io.newsflow.contract.Topics;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.assembly.ArticleAssembler;
import io.newsflow.enrich.assembly.ArticleBuffer;
import io.newsflow.enrich.assembly.ArticleEnricher;
import io.newsflow.enrich.assembly.EnrichedArticle;
import io.newsflow.enrich.assembly.StoredParts;
import io.newsflow.enrich.dedup.ParagraphText;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.sink.SinkConfig;
import io.newsflow.tagger.EntityTagger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The same-shape bound: what this architecture's Kafka work costs with none of our logic in it. A fresh broker gets the
 * pipeline's own topics and partitions; an ingest-like transactional producer (ingest's producer settings) sends the
 * corpus's {@code news-paragraphs} records and one {@code news-ingest-ledger} entry per file, up to 64 files per
 * transaction as ingest does in a burst; a Kafka Streams application with enrich's settings ({@code exactly_once_v2},
 * same commit interval) runs the enrich topology's shape — a de-duplicating node with a cached persistent key-value
 * store and a persistent window store, an assembling node with a cached persistent key-value store of one entry per
 * article (each record's bytes appended, deleted once when the article is whole) and the idle store of the parts'
 * layout before, all logged to changelogs, writing {@code news-duplicates}, {@code news-paragraphs-enriched} and {@code news-articles}; a sink-like
 * read_committed consumer (the sink's settings) writes each article to a file (temp file, fsync, rename) and commits.
 *
 * <p>Identity logic stands in for ours: nothing is parsed, tagged, normalised or serialised while the clock runs. What
 * each step would decide and how large its output would be is worked out beforehand from the real parser's records,
 * the real de-duplication rule and the real enricher: a record dropped as a duplicate in the pipeline is dropped here
 * (with the real {@code Duplicate} bytes), an enriched paragraph is its input's bytes copied to the size the real
 * enriched record has, an article record is those copies concatenated and cut or padded to the real article's size,
 * and the stores receive values of about the real ones' size. So the bound moves the same records, of the same sizes,
 * through the same transactions, stores and changelogs as the pipeline.
 *
 * <p>Timed from the first transaction to the last article file on disk. The corpus is sent again and again (the
 * identity logic does not care that the ids repeat) until at least {@link #MIN_RECORDS} records pass, so start-up and
 * the last commit interval do not dominate.
 */
final class ShapeBound {

    /** Enough for several seconds of steady work on a small machine. */
    static final int MIN_RECORDS = 40_000;

    private static final int FILES_PER_TRANSACTION = IngestConfig.DEFAULT_MAX_FILES_PER_TRANSACTION;
    private static final String DEDUP = "identity-deduplicate";
    private static final String ASSEMBLE = "identity-assemble";
    private static final String FINGERPRINTS = "article-fingerprints";
    private static final String COMPLETED = "completed-articles";
    private static final String PARTS = ArticleAssembler.PARTS_STORE;
    /** Enrich keeps the parts store of the layout before connected (empty once moved), and so does the bound. */
    private static final String LEGACY_PARTS = ArticleAssembler.LEGACY_PARTS_STORE;
    /** The size of a fingerprint entry in the de-duplicator's store: 32 hex digits, an index, JSON punctuation. */
    private static final int FINGERPRINT_BYTES = 42;
    /** About the size of the completed store's value (source file and ingest time). */
    private static final int COMPLETED_BYTES = 90;

    /** {@code cpu}: the process's CPU time over {@code elapsed} (the pipeline under test is stopped by then). */
    record Result(Duration elapsed, long records, Duration cpu) {

        double recordsPerSecond() {
            return records / (Math.max(elapsed.toNanos(), 1) / 1e9);
        }

        double recordsPerCpuSecond() {
            return records / (Math.max(cpu.toNanos(), 1) / 1e9);
        }
    }

    /** One article as the pipeline would see it, worked out beforehand. */
    record Plan(
            String articleId,
            byte[] key,
            List<byte[]> values,
            byte[] ledger,
            boolean[] kept,
            Map<Integer, byte[]> duplicates,
            int[] enrichedSizes,
            int articleSize,
            int[] partSizes) {}

    private ShapeBound() {}

    static Result measure(
            final BenchCorpus corpus, final EntityTagger tagger, final Path workDir, final int partitions) {
        final List<Plan> plans = plan(corpus, tagger);
        final Map<String, Plan> byId = new HashMap<>();
        plans.forEach(plan -> byId.put(plan.articleId(), plan));
        final int records = corpus.records().size();
        final int passes = Math.max(1, (MIN_RECORDS + records - 1) / Math.max(records, 1));
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(workDir.resolve("shape-bound"))) {
            try (Admin admin = Admin.create(broker.clientProperties())) {
                new TopicProvisioner(admin).ensure(Topics.ALL, partitions, (short) 1);
            }
            final Path outbox = workDir.resolve("shape-bound-outbox");
            createDirectories(outbox);
            try (KafkaStreams enrich = startEnrich(broker, workDir.resolve("shape-bound-streams"), byId);
                    KafkaConsumer<String, byte[]> sink = sinkConsumer(broker)) {
                final long start = System.nanoTime();
                final long cpuStart = BenchClients.processCpuNanos();
                final AtomicReference<RuntimeException> failure = new AtomicReference<>();
                final Thread ingest = new Thread(
                        () -> {
                            try {
                                ingest(broker, plans, passes);
                            } catch (final RuntimeException e) {
                                failure.set(e);
                            }
                        },
                        "shape-bound-ingest");
                ingest.start();
                write(sink, outbox, (long) plans.size() * passes, failure);
                join(ingest);
                return new Result(
                        Duration.ofNanos(System.nanoTime() - start),
                        (long) records * passes,
                        Duration.ofNanos(BenchClients.processCpuNanos() - cpuStart));
            }
        }
    }

    /** What the real parser, de-duplicator and enricher make of each article: decisions and sizes, untimed. */
    static List<Plan> plan(final BenchCorpus corpus, final EntityTagger tagger) {
        final Map<String, List<Paragraph>> articles = new LinkedHashMap<>();
        corpus.records()
                .forEach(p -> articles.computeIfAbsent(p.articleId(), id -> new ArrayList<>())
                        .add(p));
        final ArticleEnricher enricher = new ArticleEnricher(tagger);
        final List<Plan> plans = new ArrayList<>(articles.size());
        for (final List<Paragraph> records : articles.values()) {
            final Paragraph first = records.get(0);
            final boolean[] kept = new boolean[records.size()];
            final Map<Integer, byte[]> duplicates = new HashMap<>();
            final List<Paragraph> keptRecords = new ArrayList<>();
            final Map<String, Integer> seen = new HashMap<>();
            final String headline = ParagraphText.normalise(first.headline());
            for (int i = 0; i < records.size(); i++) {
                final Paragraph p = records.get(i);
                final Duplicate duplicate = duplicate(p, headline, seen);
                kept[i] = duplicate == null;
                if (duplicate == null) {
                    keptRecords.add(p);
                } else {
                    duplicates.put(
                            i,
                            Topics.DUPLICATES.valueSerde().serializer().serialize(Topics.DUPLICATES.name(), duplicate));
                }
            }
            final EnrichedArticle enriched = enricher.enrich(keptRecords, duplicates.size(), Instant.now());
            final int[] enrichedSizes = enriched.paragraphs().stream()
                    .mapToInt(e -> Topics.PARAGRAPHS_ENRICHED
                            .valueSerde()
                            .serializer()
                            .serialize(Topics.PARAGRAPHS_ENRICHED.name(), e)
                            .length)
                    .toArray();
            final int articleSize = Topics.ARTICLES
                    .valueSerde()
                    .serializer()
                    .serialize(Topics.ARTICLES.name(), enriched.article())
                    .length;
            final List<byte[]> values = records.stream()
                    .map(p -> Topics.PARAGRAPHS.valueSerde().serializer().serialize(Topics.PARAGRAPHS.name(), p))
                    .toList();
            final byte[] ledger = Topics.INGEST_LEDGER
                    .valueSerde()
                    .serializer()
                    .serialize(
                            Topics.INGEST_LEDGER.name(),
                            new LedgerEntry(
                                    first.articleId(),
                                    first.contentHash(),
                                    first.sourceFile(),
                                    FileStatus.PUBLISHED,
                                    records.size(),
                                    first.ingestedAt(),
                                    null,
                                    null));
            plans.add(new Plan(
                    first.articleId(),
                    first.articleId().getBytes(StandardCharsets.UTF_8),
                    values,
                    ledger,
                    kept,
                    duplicates,
                    enrichedSizes,
                    articleSize,
                    partSizes(records, kept)));
        }
        return plans;
    }

    /** What each record adds to its article's entry in the real parts store ({@link StoredParts}). */
    private static int[] partSizes(final List<Paragraph> records, final boolean[] kept) {
        final int[] sizes = new int[records.size()];
        byte[] stored = null;
        ArticleBuffer.Buffered first = null;
        for (int i = 0; i < records.size(); i++) {
            final ArticleBuffer.Buffered part = new ArticleBuffer.Buffered(records.get(i), kept[i], 1_000_000L + i);
            final int before = stored == null ? 0 : stored.length;
            stored = StoredParts.append(stored, first, part);
            first = first == null ? part : first;
            sizes[i] = stored.length - before;
        }
        return sizes;
    }

    /** The de-duplicator's rule within an article: a body paragraph equal to the headline or to an earlier one. */
    private static Duplicate duplicate(final Paragraph p, final String headline, final Map<String, Integer> seen) {
        if (p.kind() != ParagraphKind.PARAGRAPH) {
            return null;
        }
        final String normalised = ParagraphText.normalise(p.text());
        if (normalised.equals(headline)) {
            return new Duplicate(
                    p.articleId(),
                    p.sourceFile(),
                    p.index(),
                    DuplicateReason.REPEATED_HEADLINE,
                    p.articleId() + "#0",
                    1.0);
        }
        final Integer earlier = seen.putIfAbsent(ParagraphText.fingerprint(normalised), p.index());
        return earlier == null
                ? null
                : new Duplicate(
                        p.articleId(),
                        p.sourceFile(),
                        p.index(),
                        DuplicateReason.REPEATED_PARAGRAPH,
                        p.articleId() + "#" + earlier,
                        1.0);
    }

    /** Ingest's shape: one transaction per 64 files, each file's records and its ledger entry. */
    private static void ingest(final LocalKafkaBroker broker, final List<Plan> plans, final int passes) {
        final Map<String, Object> props =
                IngestConfig.of(broker.bootstrapServers(), Path.of("unused")).producerProperties();
        props.put("transactional.id", "bench-shape-ingest");
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            int inTransaction = 0;
            for (int pass = 0; pass < passes; pass++) {
                for (final Plan plan : plans) {
                    if (inTransaction == 0) {
                        producer.beginTransaction();
                    }
                    for (final byte[] value : plan.values()) {
                        producer.send(new ProducerRecord<>(Topics.PARAGRAPHS.name(), plan.key(), value));
                    }
                    producer.send(new ProducerRecord<>(Topics.INGEST_LEDGER.name(), plan.key(), plan.ledger()));
                    if (++inTransaction == FILES_PER_TRANSACTION) {
                        producer.commitTransaction();
                        inTransaction = 0;
                    }
                }
            }
            if (inTransaction > 0) {
                producer.commitTransaction();
            }
        }
    }

    private static KafkaStreams startEnrich(
            final LocalKafkaBroker broker, final Path stateDir, final Map<String, Plan> plans) {
        final Topology topology = new Topology()
                .addSource(
                        "read-" + Topics.PARAGRAPHS.name(),
                        Serdes.String().deserializer(),
                        Serdes.ByteArray().deserializer(),
                        Topics.PARAGRAPHS.name())
                .addProcessor(DEDUP, dedupSupplier(plans), "read-" + Topics.PARAGRAPHS.name())
                .addProcessor(ASSEMBLE, assembleSupplier(plans), DEDUP)
                .addSink(
                        "write-" + Topics.DUPLICATES.name(),
                        Topics.DUPLICATES.name(),
                        Serdes.String().serializer(),
                        Serdes.ByteArray().serializer(),
                        DEDUP)
                .addSink(
                        "write-" + Topics.PARAGRAPHS_ENRICHED.name(),
                        Topics.PARAGRAPHS_ENRICHED.name(),
                        Serdes.String().serializer(),
                        Serdes.ByteArray().serializer(),
                        ASSEMBLE)
                .addSink(
                        "write-" + Topics.ARTICLES.name(),
                        Topics.ARTICLES.name(),
                        Serdes.String().serializer(),
                        Serdes.ByteArray().serializer(),
                        ASSEMBLE);
        return BenchClients.startAndAwaitRunning(
                new KafkaStreams(
                        topology,
                        EnrichConfig.defaults(broker.bootstrapServers())
                                .withApplicationId("bench-shape-enrich")
                                .withStateDir(stateDir)
                                .streamsProperties()),
                "The same-shape topology");
    }

    /** A record between the two nodes, in memory as in the real topology: the input's bytes and the decision. */
    private record Screened(byte[] value, boolean kept, int index) {}

    private static ProcessorSupplier<String, byte[], String, Object> dedupSupplier(final Map<String, Plan> plans) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, byte[], String, Object> get() {
                return new IdentityDeduplicator(plans);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(
                        Stores.keyValueStoreBuilder(
                                        Stores.persistentKeyValueStore(FINGERPRINTS),
                                        Serdes.String(),
                                        Serdes.ByteArray())
                                .withCachingEnabled(),
                        Stores.windowStoreBuilder(
                                Stores.persistentWindowStore(
                                        COMPLETED, EnrichConfig.DEFAULT_DEDUP_RETENTION, Duration.ofMillis(1), false),
                                Serdes.String(),
                                Serdes.ByteArray()));
            }
        };
    }

    private static ProcessorSupplier<String, Screened, String, byte[]> assembleSupplier(final Map<String, Plan> plans) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, Screened, String, byte[]> get() {
                return new IdentityAssembler(plans);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(
                        Stores.keyValueStoreBuilder(
                                        Stores.persistentKeyValueStore(PARTS), Serdes.String(), Serdes.ByteArray())
                                .withCachingEnabled(),
                        Stores.keyValueStoreBuilder(
                                        Stores.persistentKeyValueStore(LEGACY_PARTS),
                                        Serdes.String(),
                                        Serdes.ByteArray())
                                .withCachingEnabled());
            }
        };
    }

    /** The de-duplicator's shape: one fingerprint-store write per record, one window-store write per article. */
    private static final class IdentityDeduplicator implements Processor<String, byte[], String, Object> {

        private final Map<String, Plan> plans;
        private final Map<String, Integer> arrived = new HashMap<>();
        private ProcessorContext<String, Object> context;
        private KeyValueStore<String, byte[]> fingerprints;
        private WindowStore<String, byte[]> completed;

        IdentityDeduplicator(final Map<String, Plan> plans) {
            this.plans = plans;
        }

        @Override
        public void init(final ProcessorContext<String, Object> context) {
            this.context = context;
            this.fingerprints = context.getStateStore(FINGERPRINTS);
            this.completed = context.getStateStore(COMPLETED);
            arrived.clear();
        }

        @Override
        public void process(final Record<String, byte[]> record) {
            final Plan plan = plans.get(record.key());
            final int index = arrived.merge(record.key(), 1, Integer::sum) - 1;
            final boolean kept = plan.kept()[index];
            if (index + 1 == plan.values().size()) {
                arrived.remove(record.key());
                fingerprints.delete(record.key());
                completed.put(record.key(), Arrays.copyOf(record.value(), COMPLETED_BYTES), record.timestamp());
            } else {
                fingerprints.put(record.key(), Arrays.copyOf(record.value(), FINGERPRINT_BYTES * (index + 1)));
            }
            if (!kept) {
                context.forward(record.withValue(plan.duplicates().get(index)), "write-" + Topics.DUPLICATES.name());
            }
            context.forward(record.withValue(new Screened(record.value(), kept, index)), ASSEMBLE);
        }
    }

    /**
     * The assembler's shape: one entry per article in the parts store, each record's bytes (of the size the real
     * encoding gives it) appended to a copy of the entry before and written; one delete and the outputs when the
     * article is whole. The legacy store is looked into once per task start, as enrich moves what it holds then.
     */
    private static final class IdentityAssembler implements Processor<String, Screened, String, byte[]> {

        private final Map<String, Plan> plans;
        private final Map<String, List<Screened>> assembling = new HashMap<>();
        private final Map<String, byte[]> stored = new HashMap<>();
        private ProcessorContext<String, byte[]> context;
        private KeyValueStore<String, byte[]> parts;
        private KeyValueStore<String, byte[]> legacyParts;
        private boolean legacyLooked;

        IdentityAssembler(final Map<String, Plan> plans) {
            this.plans = plans;
        }

        @Override
        public void init(final ProcessorContext<String, byte[]> context) {
            this.context = context;
            this.parts = context.getStateStore(PARTS);
            this.legacyParts = context.getStateStore(LEGACY_PARTS);
            legacyLooked = false;
            assembling.clear();
            stored.clear();
        }

        @Override
        public void process(final Record<String, Screened> record) {
            if (!legacyLooked) {
                try (KeyValueIterator<String, byte[]> all = legacyParts.all()) {
                    if (all.hasNext()) {
                        throw new IllegalStateException(
                                "The bound starts on a fresh broker: " + LEGACY_PARTS + " must be empty");
                    }
                }
                legacyLooked = true;
            }
            final Plan plan = plans.get(record.key());
            final List<Screened> buffer = assembling.computeIfAbsent(record.key(), id -> new ArrayList<>());
            buffer.add(record.value());
            if (buffer.size() < plan.values().size()) {
                final byte[] before = stored.get(record.key());
                final int beforeLength = before == null ? 0 : before.length;
                final int partSize = plan.partSizes()[record.value().index()];
                final byte[] next = new byte[beforeLength + partSize];
                if (before != null) {
                    System.arraycopy(before, 0, next, 0, beforeLength);
                }
                final byte[] value = record.value().value();
                System.arraycopy(value, 0, next, beforeLength, Math.min(value.length, partSize));
                parts.put(record.key(), next);
                stored.put(record.key(), next);
                return;
            }
            assembling.remove(record.key());
            if (stored.remove(record.key()) != null) {
                parts.put(record.key(), null);
            }
            final List<byte[]> enriched = new ArrayList<>();
            int total = 0;
            for (final Screened part : buffer) {
                if (part.kept()) {
                    final byte[] copy = Arrays.copyOf(part.value(), plan.enrichedSizes()[enriched.size()]);
                    enriched.add(copy);
                    total += copy.length;
                    context.forward(record.withValue(copy), "write-" + Topics.PARAGRAPHS_ENRICHED.name());
                }
            }
            final ByteBuffer article = ByteBuffer.allocate(Math.max(total, plan.articleSize()));
            enriched.forEach(article::put);
            context.forward(
                    record.withValue(Arrays.copyOf(article.array(), plan.articleSize())),
                    "write-" + Topics.ARTICLES.name());
        }
    }

    /** The sink's consumer: its settings, assigned to every partition before the clock starts. */
    private static KafkaConsumer<String, byte[]> sinkConsumer(final LocalKafkaBroker broker) {
        final Map<String, Object> props =
                SinkConfig.of(broker.bootstrapServers(), Path.of("unused")).consumerProperties();
        props.put("group.id", "bench-shape-sink");
        final KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        return BenchClients.assignAll(consumer, Topics.ARTICLES.name());
    }

    /** The sink's shape: each article's bytes to a file (temp, fsync, rename), offsets committed after each batch. */
    private static void write(
            final KafkaConsumer<String, byte[]> consumer,
            final Path outbox,
            final long expected,
            final AtomicReference<RuntimeException> producerFailure) {
        long written = 0;
        final long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (written < expected) {
            if (producerFailure.get() != null) {
                throw new IllegalStateException("The same-shape producer failed", producerFailure.get());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Only " + written + " of " + expected + " articles were written");
            }
            final ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(200));
            final Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            for (final ConsumerRecord<String, byte[]> record : batch) {
                writeFile(outbox, record.key(), record.value());
                offsets.put(
                        new TopicPartition(record.topic(), record.partition()),
                        new OffsetAndMetadata(record.offset() + 1));
                written++;
            }
            if (!offsets.isEmpty()) {
                consumer.commitSync(offsets);
            }
        }
    }

    private static void writeFile(final Path outbox, final String articleId, final byte[] document) {
        final Path temp = outbox.resolve("." + articleId + ".json.tmp");
        try (FileChannel channel = FileChannel.open(
                temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            final ByteBuffer buffer = ByteBuffer.wrap(document);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(
                    temp,
                    outbox.resolve(articleId + ".json"),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDirectories(final Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void join(final Thread thread) {
        try {
            thread.join();
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the same-shape producer ran", e);
        }
    }
}
