package io.newsflow.benchmarks.pipeline;

import io.newsflow.contract.Paragraph;
import io.newsflow.contract.Topics;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.enrich.story.NearDuplicatePolicy;
import io.newsflow.enrich.story.StorySettings;
import io.newsflow.tagger.EntityTagger;
import io.newsflow.tagger.StackedEntityTagger;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Enrich's topology alone, without a broker: {@link TopologyTestDriver} with the real processors, stores (RocksDB,
 * caching) and serdes, fed rounds of 300 generated articles; prints the CPU-seconds of the calling thread per round
 * (the driver processes on it), so the number moves little with other load on the machine. The first rounds include
 * the JIT compiler's work. Run with the launcher's class path (RocksDB is not in the JMH jar):
 * {@code java -cp "launcher/target/lib/*" io.newsflow.benchmarks.pipeline.EnrichCpuBenchmark 14}. A second argument
 * {@code compare-stories} runs every round twice, near-duplicate detection on and off, in alternating order
 * (on/off, off/on, off/on, on/off, ...): what detection costs enrich's own thread, without the broker's share;
 * {@code stories-off} runs every round with detection off (to profile the two apart).
 */
public final class EnrichCpuBenchmark {
    private EnrichCpuBenchmark() {}

    /** {@code args[0]}: how many rounds; {@code args[1]} (optional): {@code compare-stories} or {@code stories-off}. */
    public static void main(final String[] args) throws Exception {
        final int rounds = Integer.parseInt(args[0]);
        final boolean compare = args.length > 1 && args[1].equals("compare-stories");
        final EntityTagger tagger = StackedEntityTagger.loadDefault();
        for (int round = 0; round < rounds; round++) {
            // a fresh corpus (other ids) per round, through one driver per round
            final List<Paragraph> records = BenchCorpus.generate(2026 + round, 300, 10, 30, round * 1000)
                    .records();
            if (!compare) {
                run(
                        round,
                        records,
                        tagger,
                        args.length > 1 && args[1].equals("stories-off")
                                ? StorySettings.DEFAULTS.withPolicy(NearDuplicatePolicy.OFF)
                                : StorySettings.DEFAULTS,
                        "");
                continue;
            }
            final StorySettings on = StorySettings.DEFAULTS;
            final StorySettings off = on.withPolicy(NearDuplicatePolicy.OFF);
            final boolean onFirst = StoryComparison.onFirst(round);
            run(round, records, tagger, onFirst ? on : off, onFirst ? " stories on" : " stories off");
            run(round, records, tagger, onFirst ? off : on, onFirst ? " stories off" : " stories on");
        }
    }

    private static void run(
            final int round,
            final List<Paragraph> records,
            final EntityTagger tagger,
            final StorySettings stories,
            final String label)
            throws IOException {
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        final Path state = Files.createTempDirectory("enrich-cpu");
        final EnrichConfig config =
                EnrichConfig.defaults("localhost:1").withStateDir(state).withStories(stories);
        final Properties props = config.streamsProperties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-cpu");
        try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(config, tagger), props)) {
            final TestInputTopic<String, Paragraph> in = driver.createInputTopic(
                    Topics.PARAGRAPHS.name(),
                    Topics.PARAGRAPHS.keySerde().serializer(),
                    Topics.PARAGRAPHS.valueSerde().serializer());
            final TestOutputTopic<String, byte[]> out = driver.createOutputTopic(
                    Topics.ARTICLES.name(), new StringDeserializer(), new ByteArrayDeserializer());
            final Instant now = Instant.now();
            final long cpu = threads.getCurrentThreadCpuTime();
            for (final Paragraph p : records) {
                in.pipeInput(p.articleId(), p, now);
            }
            final double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            final int articles = out.readValuesToList().size();
            System.out.printf(
                    Locale.ROOT,
                    "round %d%s: %d records, %d articles, %.2f CPU-s, %.0f records/CPU-s," + " %.2f CPU-ms/article%n",
                    round,
                    label,
                    records.size(),
                    articles,
                    seconds,
                    records.size() / seconds,
                    seconds * 1000 / articles);
        }
    }
}
