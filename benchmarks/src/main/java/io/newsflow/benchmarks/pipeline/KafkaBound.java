package io.newsflow.benchmarks.pipeline;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.broker.TopicProvisioner;
import io.newsflow.contract.Topic;
import io.newsflow.contract.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The raw-Kafka bound: the corpus's {@code news-paragraphs} records, as bytes, produced to a fresh broker, passed
 * through a Kafka Streams {@code exactly_once_v2} identity topology and consumed read_committed — Kafka's share of the
 * pipeline with no work of ours in it. Timed from the first send to the last record consumed, with the reader already
 * assigned (no group join inside the time). The corpus is sent again and again until at least {@link #MIN_RECORDS}
 * records pass: a few thousand records would measure start-up and commit latency, not Kafka's rate.
 */
final class KafkaBound {

    private static final Topic<byte[], byte[]> IN =
            new Topic<>("bench-in", Serdes.ByteArray(), Serdes.ByteArray(), false);
    private static final Topic<byte[], byte[]> OUT =
            new Topic<>("bench-out", Serdes.ByteArray(), Serdes.ByteArray(), false);

    record Result(Duration elapsed, long records) {

        double recordsPerSecond() {
            return records / (Math.max(elapsed.toNanos(), 1) / 1e9);
        }
    }

    /** Enough records for several seconds of steady exactly-once throughput on a small machine. */
    static final int MIN_RECORDS = 200_000;

    private KafkaBound() {}

    static Result measure(final BenchCorpus corpus, final Path workDir, final int partitions) {
        final List<byte[][]> once = corpus.records().stream()
                .map(p -> new byte[][] {
                    p.articleId().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    Topics.PARAGRAPHS.valueSerde().serializer().serialize(IN.name(), p)
                })
                .toList();
        // whole passes over the corpus, sent from the same byte arrays: no copy of it held in memory
        final int total = once.isEmpty() ? 0 : (MIN_RECORDS + once.size() - 1) / once.size() * once.size();
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(workDir.resolve("kafka-bound"))) {
            try (Admin admin = Admin.create(broker.clientProperties())) {
                new TopicProvisioner(admin).ensure(List.of(IN, OUT), partitions, (short) 1);
            }
            try (KafkaStreams passthrough = startPassthrough(broker, workDir.resolve("kafka-bound-streams"));
                    KafkaConsumer<byte[], byte[]> reader = reader(broker)) {
                final long start = System.nanoTime();
                produce(broker, once, total);
                consume(reader, total);
                return new Result(Duration.ofNanos(System.nanoTime() - start), total);
            }
        }
    }

    private static KafkaStreams startPassthrough(final LocalKafkaBroker broker, final Path stateDir) {
        final StreamsBuilder builder = new StreamsBuilder();
        builder.stream(IN.name(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                .to(OUT.name(), Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
        final Properties props = new Properties();
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "bench-passthrough");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return BenchClients.startAndAwaitRunning(new KafkaStreams(builder.build(), props), "The passthrough topology");
    }

    private static void produce(final LocalKafkaBroker broker, final List<byte[][]> records, final int total) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.LINGER_MS_CONFIG,
                        5),
                new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (int sent = 0; sent < total; sent++) {
                final byte[][] record = records.get(sent % records.size());
                producer.send(new ProducerRecord<>(IN.name(), record[0], record[1]));
            }
            producer.flush();
        }
    }

    /** A read_committed reader assigned to every output partition from the start: ready before the clock starts. */
    private static KafkaConsumer<byte[], byte[]> reader(final LocalKafkaBroker broker) {
        final KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        return BenchClients.assignAll(consumer, OUT.name());
    }

    private static void consume(final KafkaConsumer<byte[], byte[]> consumer, final int expected) {
        int seen = 0;
        final long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (seen < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Only " + seen + " of " + expected + " records passed through");
            }
            seen += consumer.poll(Duration.ofMillis(200)).count();
        }
    }
}
