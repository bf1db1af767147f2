package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.tagger.testing.NameTagger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the story index costs per article: articles through the story matcher's real store, and the bytes of the
 * entries they left, read from the articles store's changelog (a compacted changelog keeps the last record per key),
 * the number of changelog records written, the size of the same entries in RocksDB (written into a Kafka Streams
 * RocksDB store with its default settings, flushed to SST files), and the heap of the index's copy in memory. The
 * numbers are in docs/architecture.md; the bounds here keep them from growing unnoticed.
 */
class StoryStateSizeTest {

    private static final int ARTICLES = 1_000;
    private static final Instant T0 = Instant.parse("2026-03-03T10:00:00Z");

    @TempDir
    Path stateDir;

    @TempDir
    Path rocksDir;

    /** The story stores' changelog topics after {@link #index}, and how many records each was sent. */
    private Map<String, Long> changelogRecords = Map.of();

    @Test
    void shouldKeepAFewHundredBytesPerArticle() {
        final Map<String, Map<Bytes, byte[]>> live = index(StorySettings.DEFAULTS, ARTICLES);
        final long bytes = bytes(live);
        final double perArticle = (double) bytes / ARTICLES;
        final double inRocksDb = (double) rocksDbBytes(live) / ARTICLES;
        System.out.printf(
                Locale.ROOT,
                "story index: %d bytes of store entries for %d articles, %.0f per article;"
                        + " RocksDB SST files %.0f per article%n",
                bytes,
                ARTICLES,
                perArticle,
                inRocksDb);

        assertThat(live).containsOnlyKeys(StoryMatcher.ARTICLES_STORE);
        assertThat(live.get(StoryMatcher.ARTICLES_STORE)).hasSize(ARTICLES);
        // 5 + 126 for the article's entry; its band entries are in memory only
        assertThat(perArticle).isEqualTo(131.0);
        assertThat(inRocksDb).isBetween(131.0, 300.0);
        // one changelog record per article
        assertThat(changelogRecords)
                .containsOnlyKeys(config().applicationId() + "-" + StoryMatcher.ARTICLES_STORE + "-changelog")
                .containsValue((long) ARTICLES);
    }

    @Test
    void shouldHoldOnlyTheArticlesOfTheStoryWindow() {
        // one article a second, a window of 100 seconds: the store holds the last 100 or 101, whatever came before
        final Map<String, Map<Bytes, byte[]>> live = index(
                new StorySettings(NearDuplicatePolicy.TAG, Duration.ofSeconds(100), StoryMatcher.DEFAULT_THRESHOLD),
                300);

        assertThat(live.get(StoryMatcher.ARTICLES_STORE).size()).isBetween(100, 101);
        assertThat(live.get(StoryMatcher.ARTICLES_STORE).keySet())
                .allSatisfy(
                        key -> assertThat(StoryIndexKeys.sequence(key.get(), 0)).isGreaterThanOrEqualTo(198L));
    }

    /**
     * The index's copy in memory: {@link IndexedSignatures#BYTES_PER_SLOT} bytes per slot of its ring, which doubles as
     * the index grows, so between one and two slots per article: measured at a power of two and just past one.
     */
    @Test
    void shouldKeepAFewHundredBytesOfHeapPerArticle() {
        final Random random = new Random(3);
        final IndexedSignatures indexed = new IndexedSignatures();
        final int full = 16_384;
        double perArticleFull = 0;
        for (int i = 0; i < full + 1; i++) {
            final short[] values = new short[StorySignature.HASHES];
            for (int v = 0; v < values.length; v++) {
                values[v] = (short)
                        (v < StorySignature.BAND_VALUES
                                ? random.nextInt(1 << 16)
                                : random.nextInt(1 << StorySignature.LOW_BITS));
            }
            final String id = String.format(Locale.ROOT, "%016x", random.nextLong());
            indexed.add(i, new StoryEntry(id, id, i, new StorySignature(values)));
            if (i + 1 == full) {
                perArticleFull = (double) indexed.heapBytes() / full;
            }
        }
        final double perArticleJustGrown = (double) indexed.heapBytes() / (full + 1);
        System.out.printf(
                Locale.ROOT,
                "story index in memory: %.0f bytes per article at %d articles, %.0f at %d%n",
                perArticleFull,
                full,
                perArticleJustGrown,
                full + 1);

        assertThat(IndexedSignatures.BYTES_PER_SLOT).isEqualTo(112 + 8 + 8 + 32 * 4);
        assertThat(perArticleFull).isEqualTo(IndexedSignatures.BYTES_PER_SLOT);
        assertThat(perArticleJustGrown)
                .isBetween(2.0 * IndexedSignatures.BYTES_PER_SLOT - 1, 2.0 * IndexedSignatures.BYTES_PER_SLOT);
    }

    /**
     * {@code articles} unrelated articles of 200 random words, one a second, through the matcher; what its stores hold
     * afterwards (store name → key → value, deleted keys removed), from the changelog.
     */
    private Map<String, Map<Bytes, byte[]>> index(final StorySettings stories, final int articles) {
        final EnrichConfig config = config().withStories(stories);
        final Random random = new Random(7);
        final long started = System.nanoTime();
        final Map<String, Map<Bytes, byte[]>> live = new LinkedHashMap<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(
                EnrichTopology.build(config, NameTagger.forSample()), config.streamsProperties(), T0)) {
            final TestInputTopic<String, StoryCandidate> index = driver.createInputTopic(
                    config.storyIndexTopic(),
                    Serdes.String().serializer(),
                    StoryCandidate.serde().serializer());
            for (int i = 0; i < articles; i++) {
                final String id = String.format(Locale.ROOT, "%016x", random.nextLong());
                final List<String> words = new ArrayList<>();
                for (int w = 0; w < 200; w++) {
                    words.add("w" + random.nextInt(100_000));
                }
                index.pipeInput(id, StoryCandidate.of(StoryTestData.article(id, words, T0)), T0.plusSeconds(i));
            }
            // counted before the articles' changelog is read (reading takes its records)
            changelogRecords = driver.producedTopicNames().stream()
                    .filter(topic -> topic.endsWith("-changelog") && topic.contains("story-"))
                    .collect(Collectors.toMap(
                            topic -> topic,
                            topic -> driver.createOutputTopic(
                                            topic,
                                            Serdes.ByteArray().deserializer(),
                                            Serdes.ByteArray().deserializer())
                                    .getQueueSize()));
            live.put(StoryMatcher.ARTICLES_STORE, changelog(driver, config, StoryMatcher.ARTICLES_STORE));
        }
        System.out.printf(
                Locale.ROOT,
                "story index: %d articles matched in %.1f s%n",
                articles,
                (System.nanoTime() - started) / 1e9);
        return live;
    }

    private EnrichConfig config() {
        return EnrichConfig.defaults("unused:9092").withStateDir(stateDir);
    }

    /** The store's changelog, compacted: the last value of every key not deleted. */
    private static Map<Bytes, byte[]> changelog(
            final TopologyTestDriver driver, final EnrichConfig config, final String store) {
        final Map<Bytes, byte[]> live = new LinkedHashMap<>();
        final TestOutputTopic<byte[], byte[]> changelog = driver.createOutputTopic(
                config.applicationId() + "-" + store + "-changelog",
                Serdes.ByteArray().deserializer(),
                Serdes.ByteArray().deserializer());
        for (final TestRecord<byte[], byte[]> record : changelog.readRecordsToList()) {
            if (record.value() == null) {
                live.remove(Bytes.wrap(record.key()));
            } else {
                live.put(Bytes.wrap(record.key()), record.value());
            }
        }
        return live;
    }

    private static long bytes(final Map<String, Map<Bytes, byte[]>> live) {
        return live.values().stream()
                .flatMap(store -> store.entrySet().stream())
                .mapToLong(entry -> entry.getKey().get().length + entry.getValue().length)
                .sum();
    }

    /**
     * The entries in RocksDB stores as Kafka Streams configures them (its {@code RocksDBStore}, default settings),
     * closed so that the memtable is flushed: the SST files' bytes, with RocksDB's per-entry and per-block overhead,
     * the index and the Bloom filter.
     */
    private long rocksDbBytes(final Map<String, Map<Bytes, byte[]>> live) {
        final Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "story-state-size");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        properties.put(StreamsConfig.STATE_DIR_CONFIG, rocksDir.toString());
        final MockProcessorContext<Object, Object> context =
                new MockProcessorContext<>(properties, new TaskId(0, 0), rocksDir.toFile());
        for (final Map.Entry<String, Map<Bytes, byte[]>> store : live.entrySet()) {
            final KeyValueStore<Bytes, byte[]> rocks = Stores.keyValueStoreBuilder(
                            Stores.persistentKeyValueStore(store.getKey()), Serdes.Bytes(), Serdes.ByteArray())
                    .withLoggingDisabled()
                    .build();
            rocks.init(context.getStateStoreContext(), rocks);
            store.getValue().forEach(rocks::put);
            rocks.close();
        }
        try (Stream<Path> files = Files.walk(rocksDir)) {
            return files.filter(file -> file.toString().endsWith(".sst"))
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
