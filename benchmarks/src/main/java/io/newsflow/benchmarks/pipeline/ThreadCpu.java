package io.newsflow.benchmarks.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The bench process's CPU time split by what its threads do — enrich's stream threads, language detection, ingest,
 * the sink, the Kafka clients' I/O threads, the broker, the JIT compiler, the garbage collector, the bench itself — read from
 * Linux's {@code /proc/self/task/<tid>/stat} (user + system time of every thread, by the thread's kernel name), so
 * that a profile of where a run's CPU went comes with every run. The JIT compiler and garbage collector threads are
 * not Java threads, so {@code ThreadMXBean} cannot see them; their share is what a short run pays on top of the
 * pipeline's own work. Elsewhere than on Linux a snapshot is empty and nothing is reported.
 *
 * <p>The kernel keeps 15 characters of a thread's name, so the groups go by those prefixes; a thread that ended between
 * two snapshots takes its CPU with it (the pipeline's threads run throughout a measurement).
 */
final class ThreadCpu {

    /** Groups in reporting order, each with the name prefixes of its threads; the first match wins. */
    private static final Map<String, List<String>> GROUPS = groups();

    private static final String OTHER = "other";
    private static final Path TASKS = Path.of("/proc/self/task");
    /** {@code USER_HZ}: the unit of the times in {@code stat}, 100 on every Linux the JDK runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private ThreadCpu() {}

    private static Map<String, List<String>> groups() {
        final Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("enrich", List.of("newsflow-enrich"));
        // Lingua spreads each detection over the common fork-join pool; nothing else of the pipeline uses it
        groups.put("language", List.of("ForkJoinPool.co"));
        groups.put("ingest", List.of("newsflow-ingest"));
        groups.put("sink", List.of("newsflow-sink", "newsflow-postgre"));
        // the Kafka clients' own I/O: producers' senders, consumers' heartbeats
        groups.put("clients", List.of("kafka-producer-", "kafka-coordinat"));
        groups.put(
                "broker",
                List.of(
                        "data-plane-kafk",
                        "kafka-",
                        "group-coordinat",
                        "TxnMarkerSender",
                        "AddPartitionsTo",
                        "quorum-control",
                        "ExpirationReape",
                        "executor-",
                        "share-",
                        "transaction-",
                        "LogDirFailureHa",
                        "controller-",
                        "broker-",
                        "raft-"));
        // RocksDB's own flush and compaction threads (native: rocksdb:low, rocksdb:high)
        groups.put("rocksdb", List.of("rocksdb:"));
        groups.put("jit", List.of("C1 CompilerThre", "C2 CompilerThre"));
        // G1's and Parallel's workers; the serial collector collects on the VM thread, which otherwise only runs the
        // short safepoint operations, so it counts as the collector's too
        groups.put("gc", List.of("GC Thread", "G1 ", "VM Thread"));
        // the launcher's main thread carries the process's name
        groups.put("bench", List.of("java", "main"));
        return groups;
    }

    /** CPU nanoseconds per thread id, with the thread's group, now. */
    static Map<String, Long> snapshot() {
        final Map<String, Long> byThread = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> {
                try {
                    final String stat = Files.readString(task.resolve("stat"), StandardCharsets.US_ASCII);
                    final String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    // after the name: state, then 10 fields, then utime and stime (fields 14 and 15 of stat(5))
                    final String[] fields =
                            stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    final long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    byThread.put(task.getFileName() + " " + group(name), ticks * NANOS_PER_TICK);
                } catch (final IOException | RuntimeException e) {
                    // the thread ended while the directory was read: its time is lost either way
                }
            });
        } catch (final IOException | RuntimeException e) {
            return Map.of();
        }
        return byThread;
    }

    /**
     * CPU milliseconds per group between two snapshots, divided by {@code units} (articles, say), in reporting order;
     * empty when either snapshot is.
     */
    static Map<String, Double> millisPer(
            final Map<String, Long> before, final Map<String, Long> after, final int units) {
        final Map<String, Double> result = new LinkedHashMap<>();
        if (before.isEmpty() || after.isEmpty()) {
            return result;
        }
        GROUPS.keySet().forEach(group -> result.put(group, 0.0));
        result.put(OTHER, 0.0);
        after.forEach((thread, nanos) -> {
            final long spent = nanos - before.getOrDefault(thread, 0L);
            final String group = thread.substring(thread.indexOf(' ') + 1);
            result.merge(group, spent / 1e6 / units, Double::sum);
        });
        return result;
    }

    static String group(final String threadName) {
        for (final Map.Entry<String, List<String>> group : GROUPS.entrySet()) {
            for (final String prefix : group.getValue()) {
                if (threadName.startsWith(prefix)) {
                    return group.getKey();
                }
            }
        }
        return OTHER;
    }
}
