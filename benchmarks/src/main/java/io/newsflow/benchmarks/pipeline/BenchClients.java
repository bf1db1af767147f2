package io.newsflow.benchmarks.pipeline;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;

/** What the bounds do alike with their Kafka clients: get them ready before the clock starts. */
final class BenchClients {

    private BenchClients() {}

    /**
     * CPU time this process has used, all threads: on a machine shared with other work, CPU-seconds per record move
     * far less than records per wall-clock second, which count the time other processes held the cores.
     */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Starts {@code streams} and waits until it runs; closes it and fails when it does not within a minute. */
    static KafkaStreams startAndAwaitRunning(final KafkaStreams streams, final String what) {
        streams.start();
        final long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline) {
                streams.close();
                throw new IllegalStateException(what + " did not reach RUNNING: " + streams.state());
            }
            LockSupport.parkNanos(10_000_000L);
        }
        return streams;
    }

    /** Assigns {@code consumer} every partition of {@code topic}, from the start, positions fetched: no group join. */
    static <K, V> KafkaConsumer<K, V> assignAll(final KafkaConsumer<K, V> consumer, final String topic) {
        final List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }
}
