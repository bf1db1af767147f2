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
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story matcher keeps its band entries and signatures in memory only, made from the articles store whenever it
 * starts: after a restart, a crash or a move to another instance the articles store is what remains (restored from
 * its changelog), and the matcher must find the articles in it — and only those — before it matches again. Real
 * RocksDB stores (as Kafka Streams builds them, changelog off) under a {@link MockProcessorContext}; a "restart" is
 * a new matcher on the same articles store.
 */
class StoryIndexRestartTest {

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
    void shouldFindAnArticleIndexedBeforeTheMatcherStartedAgain() {
        final Instance before = new Instance(first, SETTINGS, null);
        index(before, 2_000);

        // the articles store as restored from its changelog, with a new matcher (another instance, or a restart)
        final long started = System.nanoTime();
        final Instance after = new Instance(second, SETTINGS, before.articles);
        System.out.printf(
                Locale.ROOT,
                "story index: 2000 articles loaded into memory in %.1f ms%n",
                (System.nanoTime() - started) / 1e6);

        final List<String> copy = new ArrayList<>(bodies.get(12));
        copy.set(3, "changed");
        after.process("ffffffffffffffff", copy, 2_001);
        assertThat(after.duplicates()).singleElement().satisfies(duplicate -> {
            assertThat(duplicate.reason()).isEqualTo(DuplicateReason.NEAR_DUPLICATE_STORY);
            assertThat(duplicate.duplicateOf()).isEqualTo(ids.get(12));
        });
    }

    @Test
    void shouldNotFindArticlesThatExpiredBeforeTheMatcherStartedAgain() {
        final StoryMatcher.Settings shortWindow = new StoryMatcher.Settings(
                Duration.ofSeconds(100),
                StoryMatcher.DEFAULT_THRESHOLD,
                NearDuplicatePolicy.TAG,
                "articles",
                "duplicates");
        final Instance before = new Instance(first, shortWindow, null);
        // one article a second: the first 100 or so expire while the others are indexed
        index(before, 220);

        final Instance after = new Instance(first, shortWindow, before.articles);
        final List<String> expired = new ArrayList<>(bodies.get(50));
        expired.set(3, "changed");
        after.process("eeeeeeeeeeeeeeee", expired, 221);
        assertThat(after.duplicates()).isEmpty();

        final List<String> recent = new ArrayList<>(bodies.get(200));
        recent.set(3, "changed");
        after.process("ffffffffffffffff", recent, 222);
        assertThat(after.duplicates())
                .singleElement()
                .satisfies(duplicate -> assertThat(duplicate.duplicateOf()).isEqualTo(ids.get(200)));
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

    /** A matcher with its stores in {@code stateDir}, sharing {@code articles} if given, or new ones. */
    private final class Instance {

        private final MockProcessorContext<String, Object> context;
        private final KeyValueStore<Long, StoryEntry> articles;
        private final Processor<String, StoryCandidate, String, Object> matcher;

        @SuppressWarnings("unchecked")
        Instance(
                final Path stateDir,
                final StoryMatcher.Settings settings,
                final KeyValueStore<Long, StoryEntry> articles) {
            final Properties properties = new Properties();
            properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "story-index-restart");
            properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
            this.context = new MockProcessorContext<>(properties, new TaskId(0, 0), stateDir.toFile());
            final ProcessorSupplier<String, StoryCandidate, String, Object> supplier = StoryMatcher.supplier(settings);
            final StoreBuilder<?> builder = supplier.stores().iterator().next();
            assertThat(builder.name()).isEqualTo(StoryMatcher.ARTICLES_STORE);
            this.articles = articles == null ? (KeyValueStore<Long, StoryEntry>) open(builder) : articles;
            context.addStateStore(this.articles);
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
