package io.newsflow.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.util.Arrays;
import java.util.Set;

/**
 * Meters as {@code promtool check metrics} wants them, for the meters we bind but do not name (Kafka's clients and
 * Streams, the JVM and process binders). Two kinds are dropped: time in nano-, micro- or milliseconds (Kafka's
 * {@code io_time_ns_total}, {@code txn_commit_time_ns_total}, {@code app_info_start_time_ms}; Micrometer's
 * {@code process_cpu_time_ns_total}), because Prometheus wants seconds and a filter can rename a meter but not rescale
 * its values; and Kafka's few meters that come without a description (the per-node request latencies), because a
 * series without help text is flagged. A gauge loses a {@code _count} suffix, which Prometheus reserves for histograms
 * and summaries ({@code kafka_producer_connection_count} → {@code kafka_producer_connections}, {@code system_cpu_count}
 * → {@code system_cpus}). Nothing of ours is touched: our own meters are named clean.
 */
public final class PrometheusNames {

    private static final Set<String> SUBSECOND_UNITS =
            Set.of("ns", "us", "ms", "nanoseconds", "microseconds", "milliseconds");

    private PrometheusNames() {}

    public static MeterFilter filter() {
        return new MeterFilter() {
            @Override
            public MeterFilterReply accept(final Meter.Id id) {
                return isFlagged(id) ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
            }

            @Override
            public Meter.Id map(final Meter.Id id) {
                final String name = spelled(id.getName(), id.getType());
                return name.equals(id.getName()) ? id : id.withName(name);
            }
        };
    }

    /** A meter promtool would flag and no rename can fix: sub-second time units, or a Kafka meter without help. */
    static boolean isFlagged(final Meter.Id id) {
        final boolean undescribed =
                id.getDescription() == null || id.getDescription().isBlank();
        return (id.getName().startsWith("kafka.") && undescribed)
                || Arrays.stream(id.getName().split("\\.")).anyMatch(SUBSECOND_UNITS::contains)
                || (id.getBaseUnit() != null && SUBSECOND_UNITS.contains(id.getBaseUnit()));
    }

    /** {@code name} (dot-separated, as Micrometer names meters) without a count suffix when it is a gauge. */
    static String spelled(final String name, final Meter.Type type) {
        final String[] parts = name.split("\\.");
        if (type != Meter.Type.GAUGE || parts.length < 2 || !parts[parts.length - 1].equals("count")) {
            return name;
        }
        parts[parts.length - 2] = parts[parts.length - 2] + "s";
        return String.join(".", Arrays.copyOf(parts, parts.length - 1));
    }
}
