package io.newsflow.launcher;

import io.newsflow.contract.ClientProperties;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where Kafka is, for a service run alone. {@code --bootstrap-servers} is applied as every flag is ({@link Flags});
 * every {@code --kafka-property} is passed to the Kafka clients untouched (SASL, SSL, timeouts), as are
 * {@code KAFKA_*} variables, and wins over them.
 */
final class KafkaOptions {

    @Option(
            names = "--bootstrap-servers",
            paramLabel = "HOST:PORT[,...]",
            description = "Kafka bootstrap servers (env NEWSFLOW_BOOTSTRAP_SERVERS).")
    private String bootstrapServers;

    @Option(
            names = "--kafka-property",
            paramLabel = "KEY=VALUE",
            description = "A Kafka client property passed through, e.g. security.protocol=SASL_SSL; repeatable.")
    private Map<String, String> kafkaProperties = new LinkedHashMap<>();

    /** The command's flags, starting with {@code --bootstrap-servers}; the command adds its own. */
    Flags flags() {
        return new Flags().set(ClientProperties.BOOTSTRAP_SERVERS_VARIABLE, bootstrapServers);
    }

    /** Client properties given as flags; they win over {@code KAFKA_*} variables. */
    Map<String, Object> clientProperties(final Map<String, Object> fromEnvironment) {
        final Map<String, Object> merged = new HashMap<>(fromEnvironment);
        merged.putAll(kafkaProperties);
        return merged;
    }
}
