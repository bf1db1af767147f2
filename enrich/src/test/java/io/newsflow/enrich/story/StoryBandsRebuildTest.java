package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contract.Duplicate;
import io.newsflow.contract.DuplicateReason;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story matcher's band entries have no changelog: after a crash, on another instance or after an upgrade the
 * bands store is empty or behind while the articles store is restored from its changelog, and the matcher must
 * rebuild the bands from the articles before it matches again. Real RocksDB stores (as Kafka Streams builds them,
 * changelogs off) under a {@link MockProcessorContext}; a "restart" is a new matcher on the same articles store and a
 * bands store in another state.
 */
class StoryBandsRebuildTest {

    private static final Instant T0 = Instant.parse("2026-03-03T10:00:00Z");
    private static final StoryMatcher.Settings SETTINGS = new StoryMatcher.Settings(
            Duration.ofDays(7), StoryMatcher.DEFAULT_THRESHOLD, NearDuplicatePolicy.TAG, "articles", "duplicates");

    @TempDir
    Path first;

    @TempDir
    Path second;

    private final Random random = new Random(11);
    private final List<List<String>> bodies = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final List<StateStore> opened = new ArrayList<>();

    @AfterEach
    void closeStores() {
        opened.forEach(StateStore::close);
    }

    @Test
    void shouldRebuildLostBandsAndStillFindTheEarlierArticle() {
        final Instance before = new Instance(first, null);
        index(before, 40);
        final Map<Bytes, Bytes> bands = contents(before.bands);

        // the articles store restored from its changelog, the bands store empty (a wiped or new state directory)
        final Instance after = new Instance(second, before.articles);

        assertThat(contents(after.bands)).isEqualTo(bands);
        final List<String> copy = new ArrayList<>(bodies.get(12));
        copy.set(3, "changed");
        after.process("ffffffffffffffff", copy, 41);
        assertThat(after.duplicates()).singleElement().satisfies(duplicate -> {
            assertThat(duplicate.reason()).isEqualTo(DuplicateReason.NEAR_DUPLICATE_STORY);
            assertThat(duplicate.duplicateOf()).isEqualTo(ids.get(12));
        });
    }

    @Test
    void shouldReplaceBandsThatAreBehindTheArticles() {
        final Instance before = new Instance(first, null);
        index(before, 20);
        final Map<Bytes, Bytes> atTwenty = contents(before.bands);
        // a copy of the bands store as it was after 20 articles (a state directory of a crashed run)...
        final Instance stale = new Instance(second, before.articles);
        index(before, 10);
        final Map<Bytes, Bytes> atThirty = contents(before.bands);
        assertThat(contents(stale.bands)).isEqualTo(atTwenty).isNotEqualTo(atThirty);
        stale.bands.put(StoryIndexKeys.band(42, 3), new byte[0]);

        // ...opened again once the articles store has 30
        final Instance restarted = new Instance(second, before.articles, stale.bands);

        assertThat(contents(restarted.bands)).isEqualTo(atThirty);
    }

    @Test
    void shouldKeepBandsThatMatchTheArticles() {
        final Instance before = new Instance(first, null);
        index(before, 10);
        final Bytes unrelated = StoryIndexKeys.band(42, 3);
        before.bands.put(unrelated, new byte[0]);

        // a clean restart: the marker matches the articles, so nothing is rebuilt (the odd entry stays)
        final Instance restarted = new Instance(first, before.articles, before.bands);

        assertThat(contents(restarted.bands)).containsKey(unrelated);
    }

    private void index(final Instance instance, final int count) {
        for (int i = 0; i < count; i++) {
            final List<String> words = new ArrayList<>();
            for (int w = 0; w < 150; w++) {
                words.add("w" + random.nextInt(100_000));
            }
            bodies.add(words);
            ids.add(String.format(Locale.ROOT, "%016x", random.nextLong()));
            instance.process(ids.get(ids.size() - 1), words, ids.size());
        }
        assertThat(instance.duplicates()).isEmpty();
    }

    private static Map<Bytes, Bytes> contents(final KeyValueStore<Bytes, byte[]> store) {
        final Map<Bytes, Bytes> contents = new TreeMap<>();
        try (KeyValueIterator<Bytes, byte[]> entries = store.all()) {
            entries.forEachRemaining(entry -> contents.put(entry.key, Bytes.wrap(entry.value)));
        }
        return contents;
    }

    /** A matcher with its stores in {@code stateDir}, sharing {@code articles} if given, or new ones. */
    private final class Instance {

        private final MockProcessorContext<String, Object> context;
        private final KeyValueStore<Long, StoryEntry> articles;
        private final KeyValueStore<Bytes, byte[]> bands;
        private final Processor<String, StoryCandidate, String, Object> matcher;

        Instance(final Path stateDir, final KeyValueStore<Long, StoryEntry> articles) {
            this(stateDir, articles, null);
        }

        @SuppressWarnings("unchecked")
        Instance(
                final Path stateDir,
                final KeyValueStore<Long, StoryEntry> articles,
                final KeyValueStore<Bytes, byte[]> bands) {
            final Properties properties = new Properties();
            properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "story-bands-rebuild");
            properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
            this.context = new MockProcessorContext<>(properties, new TaskId(0, 0), stateDir.toFile());
            final ProcessorSupplier<String, StoryCandidate, String, Object> supplier = StoryMatcher.supplier(SETTINGS);
            KeyValueStore<Long, StoryEntry> articlesStore = articles;
            KeyValueStore<Bytes, byte[]> bandsStore = bands;
            for (final StoreBuilder<?> builder : supplier.stores()) {
                if (builder.name().equals(StoryMatcher.ARTICLES_STORE) && articlesStore == null) {
                    articlesStore = (KeyValueStore<Long, StoryEntry>) open(builder);
                } else if (builder.name().equals(StoryMatcher.BANDS_STORE) && bandsStore == null) {
                    bandsStore = (KeyValueStore<Bytes, byte[]>) open(builder);
                }
            }
            this.articles = articlesStore;
            this.bands = bandsStore;
            context.addStateStore(this.articles);
            context.addStateStore(this.bands);
            this.matcher = supplier.get();
            matcher.init(context);
        }

        private StateStore open(final StoreBuilder<?> builder) {
            final StateStore store = builder.withLoggingDisabled().build();
            store.init(context.getStateStoreContext(), store);
            opened.add(store);
            return store;
        }

        void process(final String id, final List<String> words, final long second) {
            final Instant at = T0.plusSeconds(second);
            context.setCurrentStreamTimeMs(at.toEpochMilli());
            matcher.process(
                    new Record<>(id, StoryCandidate.of(StoryTestData.article(id, words, at)), at.toEpochMilli()));
        }

        List<Duplicate> duplicates() {
            return context.forwarded("duplicates").stream()
                    .map(forward -> (Duplicate) forward.record().value())
                    .toList();
        }
    }
}
