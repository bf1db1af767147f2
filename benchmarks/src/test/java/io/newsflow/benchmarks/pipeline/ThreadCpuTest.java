package io.newsflow.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bench's split of its CPU time by thread group. */
class ThreadCpuTest {

    @Test
    void shouldGroupThreadsByTheirKernelNames() {
        assertThat(ThreadCpu.group("newsflow-enrich")).isEqualTo("enrich");
        assertThat(ThreadCpu.group("ForkJoinPool.co")).isEqualTo("language");
        assertThat(ThreadCpu.group("kafka-producer-")).isEqualTo("clients");
        assertThat(ThreadCpu.group("kafka-1-raft-io-")).isEqualTo("broker");
        assertThat(ThreadCpu.group("data-plane-kafk")).isEqualTo("broker");
        assertThat(ThreadCpu.group("C2 CompilerThre")).isEqualTo("jit");
        assertThat(ThreadCpu.group("rocksdb:low")).isEqualTo("rocksdb");
        assertThat(ThreadCpu.group("G1 Conc#0")).isEqualTo("gc");
        // the serial collector collects on the VM thread
        assertThat(ThreadCpu.group("VM Thread")).isEqualTo("gc");
        assertThat(ThreadCpu.group("GC Thread#0")).isEqualTo("gc");
        assertThat(ThreadCpu.group("VM Periodic Tas")).isEqualTo("other");
    }

    @Test
    void shouldDivideEachGroupsTimeBetweenTwoSnapshotsByTheUnits() {
        final Map<String, Long> before = Map.of("11 enrich", 1_000_000_000L, "12 jit", 0L);
        final Map<String, Long> after =
                Map.of("11 enrich", 3_000_000_000L, "12 jit", 500_000_000L, "13 enrich", 1_000_000_000L);

        final Map<String, Double> perArticle = ThreadCpu.millisPer(before, after, 100);

        assertThat(perArticle.get("enrich")).isCloseTo(30.0, within(1e-9));
        assertThat(perArticle.get("jit")).isCloseTo(5.0, within(1e-9));
        assertThat(perArticle.get("sink")).isZero();
        assertThat(perArticle.keySet()).startsWith("enrich", "language").endsWith("other");
    }

    @Test
    void shouldSeeThisThreadsWorkOnLinux() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isCurrentThreadCpuTimeSupported(), "thread CPU time not measured by this JVM");
        final Map<String, Long> before = ThreadCpu.snapshot();
        // spin until this thread has used 200 ms of CPU, however long a loaded machine makes that take
        final long until = threads.getCurrentThreadCpuTime() + 200_000_000L;
        long sum = 0;
        while (threads.getCurrentThreadCpuTime() < until) {
            sum += Long.numberOfTrailingZeros(sum + System.nanoTime());
        }
        final Map<String, Double> spent = ThreadCpu.millisPer(before, ThreadCpu.snapshot(), 1);
        assertThat(spent.values().stream().mapToDouble(Double::doubleValue).sum())
                .as("CPU-ms seen after this thread used 200 ms of CPU (%d)", sum)
                .isGreaterThanOrEqualTo(150.0); // /proc counts whole clock ticks
    }
}
