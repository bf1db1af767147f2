package io.newsflow.launcher.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.launcher.monitoring.MonitoringFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The deployment files as docker compose reads them: {@code docker-compose config} must accept the three-broker stack
 * and its one-broker variant, and the resolved configuration must say what docs/cluster.md promises (replication,
 * scaling, the one-broker settings). No containers are started: there is no Docker engine here, only the compose tool.
 */
class ComposeConfigIT {

    private static final Path ROOT = repositoryRoot();

    @Test
    void shouldResolveTheThreeBrokerStackWithReplicationThreeAndMinInSyncTwo() throws Exception {
        final String config = compose("docker-compose.yml");

        assertThat(config)
                .contains("kafka-1:", "kafka-2:", "kafka-3:")
                .contains("KAFKA_CONTROLLER_QUORUM_VOTERS: 1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093")
                .contains("KAFKA_MIN_INSYNC_REPLICAS: '2'", "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '3'")
                .contains("NEWSFLOW_TOPIC_REPLICATION_FACTOR: '3'")
                .contains("NEWSFLOW_BOOTSTRAP_SERVERS: kafka-1:9092,kafka-2:9092,kafka-3:9092");
        // scalable enrich: no fixed container name, no state volume shared between its instances
        final String enrich = service(config, "enrich");
        assertThat(enrich)
                .doesNotContain("container_name")
                .doesNotContain("source: enrich-state")
                .contains("NEWSFLOW_STANDBY_REPLICAS: '1'");
    }

    @Test
    void shouldResolveTheOneBrokerVariantWithReplicationOne() throws Exception {
        final String config = compose("docker-compose.yml", "docker-compose.single.yml");

        final String broker = service(config, "kafka-1");
        assertThat(broker)
                .contains("KAFKA_CONTROLLER_QUORUM_VOTERS: 1@kafka-1:9093")
                .contains("KAFKA_MIN_INSYNC_REPLICAS: '1'", "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1'");
        assertThat(service(config, "kafka-2")).contains("profiles:").contains("three-brokers");
        assertThat(service(config, "topics")).contains("NEWSFLOW_TOPIC_REPLICATION_FACTOR: '1'");
    }

    /** {@code docker-compose -f FILE... config}: fails the test with compose's own message when it refuses them. */
    private static String compose(final String... files) throws IOException, InterruptedException {
        final List<String> command = new ArrayList<>(List.of(
                MonitoringFiles.executable("docker-compose", "docker-compose").toString()));
        for (final String file : files) {
            command.add("-f");
            command.add(ROOT.resolve(file).toString());
        }
        command.add("config");
        final Path output = Files.createTempFile("compose-config", ".yml");
        final Process process = new ProcessBuilder(command)
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("docker-compose config finished")
                .isTrue();
        final String text = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue())
                .as("docker-compose config of %s said:%n%s", List.of(files), text)
                .isZero();
        return text;
    }

    /** The block of one service in the resolved configuration (two-space indented under {@code services:}). */
    private static String service(final String config, final String name) {
        final int start = config.indexOf("\n  " + name + ":\n");
        assertThat(start).as("service %s in the resolved configuration", name).isNotNegative();
        final int next = nextTopLevelEntry(config, start + name.length() + 4);
        return config.substring(start, next);
    }

    private static int nextTopLevelEntry(final String config, final int from) {
        for (int i = config.indexOf('\n', from); i >= 0 && i + 3 < config.length(); i = config.indexOf('\n', i + 1)) {
            if (config.startsWith("  ", i + 1) && config.charAt(i + 3) != ' ' || config.charAt(i + 1) != ' ') {
                return i;
            }
        }
        return config.length();
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        assertThat(dir)
                .as("a docker-compose.yml above " + Path.of("").toAbsolutePath())
                .isNotNull();
        return dir;
    }
}
