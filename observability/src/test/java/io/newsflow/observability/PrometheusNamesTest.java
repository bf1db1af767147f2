package io.newsflow.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

class PrometheusNamesTest {

    @Test
    void shouldDropACountSuffixFromGaugesOnly() {
        assertThat(PrometheusNames.spelled("kafka.producer.connection.count", Meter.Type.GAUGE))
                .isEqualTo("kafka.producer.connections");
        assertThat(PrometheusNames.spelled("system.cpu.count", Meter.Type.GAUGE))
                .isEqualTo("system.cpus");
        assertThat(PrometheusNames.spelled("some.count", Meter.Type.COUNTER)).isEqualTo("some.count");
        assertThat(PrometheusNames.spelled("kafka.consumer.records.lag.max", Meter.Type.GAUGE))
                .isEqualTo("kafka.consumer.records.lag.max");
    }

    @Test
    void shouldKeepOurMetersAndDropSubsecondTimesAndUndescribedKafkaMeters() {
        final PrometheusMeterRegistry registry = Registries.prometheus();
        FunctionCounter.builder("kafka.producer.io.time.ns.total", this, x -> 5)
                .description("io time")
                .register(registry);
        Gauge.builder("kafka.app.info.start.time.ms", () -> 1)
                .description("start")
                .register(registry);
        Gauge.builder("kafka.producer.connection.count", () -> 2)
                .description("connections")
                .register(registry);
        Gauge.builder("kafka.producer.node.request.latency.avg", () -> 1).register(registry);
        Counter.builder("newsflow.things").description("things").register(registry);

        final String scrape = registry.scrape();

        assertThat(scrape)
                .contains(
                        "kafka_producer_connections 2.0",
                        "newsflow_things_total 0.0",
                        "system_cpus ",
                        "jvm_memory_used_bytes");
        assertThat(scrape)
                .doesNotContain(
                        "io_time", "start_time_ms", "node_request_latency", "system_cpu_count", "process_cpu_time");
    }
}
