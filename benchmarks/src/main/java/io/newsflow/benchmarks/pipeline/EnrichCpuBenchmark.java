package io.newsflow.benchmarks.pipeline;

import io.newsflow.contract.Paragraph;
import io.newsflow.contract.Topics;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.tagger.EntityTagger;
import io.newsflow.tagger.StackedEntityTagger;
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
 * {@code java -cp "launcher/target/lib/*" io.newsflow.benchmarks.pipeline.EnrichCpuBenchmark 14}.
 */
public final class EnrichCpuBenchmark {
    private EnrichCpuBenchmark() {
    }

    /** {@code args[0]}: how many rounds. */
    public static void main(final String[] args) throws Exception {
        final int rounds = Integer.parseInt(args[0]);
        final EntityTagger tagger = StackedEntityTagger.loadDefault();
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            // a fresh corpus (other ids) per round, through one driver per round
            final List<Paragraph> records = BenchCorpus.generate(2026 + round, 300, 10, 30, round * 1000).records();
            final Path state = Files.createTempDirectory("enrich-cpu");
            final Properties props = EnrichConfig.defaults("localhost:1").withStateDir(state).streamsProperties();
            props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-cpu");
            try (TopologyTestDriver driver = new TopologyTestDriver(
                    EnrichTopology.build(EnrichConfig.defaults("localhost:1"), tagger), props)) {
                final TestInputTopic<String, Paragraph> in = driver.createInputTopic(Topics.PARAGRAPHS.name(),
                        Topics.PARAGRAPHS.keySerde().serializer(), Topics.PARAGRAPHS.valueSerde().serializer());
                final TestOutputTopic<String, byte[]> out = driver.createOutputTopic(Topics.ARTICLES.name(),
                        new StringDeserializer(), new ByteArrayDeserializer());
                final Instant now = Instant.now();
                final long cpu = threads.getCurrentThreadCpuTime();
                for (final Paragraph p : records) {
                    in.pipeInput(p.articleId(), p, now);
                }
                final double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
                final int articles = out.readValuesToList().size();
                System.out.printf(Locale.ROOT, "round %d: %d records, %d articles, %.2f CPU-s, %.0f records/CPU-s%n",
                        round, records.size(), articles, seconds, records.size() / seconds);
            }
        }
    }
}
