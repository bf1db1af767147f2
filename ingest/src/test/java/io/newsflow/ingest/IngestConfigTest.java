package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

    @Test
    void shouldApplyDefaultsWhenOnlyBootstrapServersIsSet() {
        final IngestConfig config = IngestConfig.fromEnvironment(Map.of("NEWSFLOW_BOOTSTRAP_SERVERS", "kafka:9092"));

        final Path inbox = Path.of("inbox").toAbsolutePath().normalize();
        assertThat(config.inbox()).isEqualTo(inbox);
        assertThat(config.processedDir()).isEqualTo(inbox.resolve("processed"));
        assertThat(config.errorDir()).isEqualTo(inbox.resolve("error"));
        assertThat(config.minFileAge()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.rescanInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.maxFileBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(config.transactionalId()).isEqualTo("newsflow-ingest-1");
        assertThat(config.maxFilesPerTransaction()).isEqualTo(64);
    }

    @Test
    void shouldReadEveryVariable() {
        final IngestConfig config = IngestConfig.fromEnvironment(Map.of(
                "NEWSFLOW_BOOTSTRAP_SERVERS", "kafka:9092",
                "NEWSFLOW_INBOX", "/data/in",
                "NEWSFLOW_PROCESSED_DIR", "/data/done",
                "NEWSFLOW_ERROR_DIR", "/data/bad",
                "NEWSFLOW_MIN_FILE_AGE_MS", "1000",
                "NEWSFLOW_RESCAN_INTERVAL_MS", "5000",
                "NEWSFLOW_MAX_FILE_BYTES", "1024",
                "NEWSFLOW_INGEST_TRANSACTIONAL_ID", "ingest-b",
                "NEWSFLOW_MAX_FILES_PER_TRANSACTION", "1"));

        assertThat(config.inbox()).isEqualTo(Path.of("/data/in"));
        assertThat(config.processedDir()).isEqualTo(Path.of("/data/done"));
        assertThat(config.errorDir()).isEqualTo(Path.of("/data/bad"));
        assertThat(config.minFileAge()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.rescanInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.maxFileBytes()).isEqualTo(1024);
        assertThat(config.transactionalId()).isEqualTo("ingest-b");
        assertThat(config.maxFilesPerTransaction()).isEqualTo(1);
    }

    @Test
    void shouldLetOverridesWinOverEnvironment() {
        final IngestConfig config = IngestConfig.fromEnvironment(
                Map.of("NEWSFLOW_BOOTSTRAP_SERVERS", "env:9092", "NEWSFLOW_INBOX", "/env/inbox"),
                Map.of("NEWSFLOW_BOOTSTRAP_SERVERS", "flag:9092"));

        assertThat(config.bootstrapServers()).isEqualTo("flag:9092");
        assertThat(config.errorDir()).isEqualTo(Path.of("/env/inbox/error"));
    }

    @Test
    void shouldNameMissingBootstrapServersVariable() {
        assertThatThrownBy(() -> IngestConfig.fromEnvironment(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NEWSFLOW_BOOTSTRAP_SERVERS");
    }

    @Test
    void shouldNameVariableWithInvalidNumber() {
        assertThatThrownBy(() -> IngestConfig.fromEnvironment(
                        Map.of("NEWSFLOW_BOOTSTRAP_SERVERS", "kafka:9092", "NEWSFLOW_MIN_FILE_AGE_MS", "soon")))
                .hasMessageContaining("NEWSFLOW_MIN_FILE_AGE_MS=soon");
        assertThatThrownBy(() -> IngestConfig.fromEnvironment(
                        Map.of("NEWSFLOW_BOOTSTRAP_SERVERS", "kafka:9092", "NEWSFLOW_MAX_FILE_BYTES", "0")))
                .hasMessageContaining("NEWSFLOW_MAX_FILE_BYTES must be between 1 and");
        assertThatThrownBy(() -> IngestConfig.fromEnvironment(
                        Map.of("NEWSFLOW_BOOTSTRAP_SERVERS", "kafka:9092", "NEWSFLOW_RESCAN_INTERVAL_MS", "1")))
                .hasMessageContaining("NEWSFLOW_RESCAN_INTERVAL_MS must be at least 10");
        assertThatThrownBy(() -> IngestConfig.fromEnvironment(
                        Map.of("NEWSFLOW_BOOTSTRAP_SERVERS", "kafka:9092", "NEWSFLOW_MAX_FILES_PER_TRANSACTION", "0")))
                .hasMessageContaining("NEWSFLOW_MAX_FILES_PER_TRANSACTION must be between 1 and 10000, was 0");
        assertThatThrownBy(() -> IngestConfig.fromEnvironment(Map.of(
                        "NEWSFLOW_BOOTSTRAP_SERVERS",
                        "kafka:9092",
                        "NEWSFLOW_MAX_FILES_PER_TRANSACTION",
                        "99999999999")))
                .hasMessageContaining("NEWSFLOW_MAX_FILES_PER_TRANSACTION=99999999999");
    }

    @Test
    void shouldRejectProcessedDirEqualToInbox() {
        final IngestConfig config = IngestConfig.of("kafka:9092", Path.of("/data/in"));

        assertThatThrownBy(() -> config.withProcessedDir(Path.of("/data/in")))
                .hasMessageContaining("NEWSFLOW_PROCESSED_DIR");
    }

    @Test
    void shouldPassKafkaPropertiesThroughAndKeepOurTransactionalSettings() {
        final IngestConfig config = IngestConfig.fromEnvironment(Map.of(
                "NEWSFLOW_BOOTSTRAP_SERVERS", "kafka:9092",
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_LINGER_MS", "20",
                "KAFKA_ACKS", "all"));

        final Map<String, Object> producer = config.producerProperties();
        assertThat(producer)
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("linger.ms", "20")
                .containsEntry("bootstrap.servers", "kafka:9092")
                .containsEntry("transactional.id", "newsflow-ingest-1")
                .containsEntry("enable.idempotence", true)
                .containsEntry("acks", "all");
        assertThat(config.ledgerConsumerProperties())
                .containsEntry("security.protocol", "SASL_SSL")
                .doesNotContainKeys("transactional.id", "linger.ms", "acks");
    }

    @Test
    void shouldBuildProgrammatically() {
        final IngestConfig config = IngestConfig.of("localhost:9092", Path.of("/tmp/in"))
                .withMinFileAge(Duration.ZERO)
                .withRescanInterval(Duration.ofMillis(100))
                .withTransactionalId("launcher-ingest");

        assertThat(config.processedDir()).isEqualTo(Path.of("/tmp/in/processed"));
        assertThat(config.minFileAge()).isZero();
        assertThat(config.transactionalId()).isEqualTo("launcher-ingest");
    }
}
