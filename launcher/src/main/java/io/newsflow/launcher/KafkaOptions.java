package io.newsflow.launcher;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where Kafka is, for a service run alone. Flags win over environment variables; every {@code --kafka-property} is
 * passed to the Kafka clients untouched (SASL, SSL, timeouts), as are {@code KAFKA_*} variables.
 */
final class KafkaOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            description = "Kafka bootstrap servers (env NEWSFLOW_BOOTSTRAP_SERVERS).")
    private String bootstrapServers;

    @Option(names = "--kafka-property", paramLabel = "KEY=VALUE",
            description = "A Kafka client property passed through, e.g. security.protocol=SASL_SSL; repeatable.")
    private Map<String, String> kafkaProperties = new LinkedHashMap<>();

    /** The environment with the flags laid over it, for the services' {@code fromEnvironment} factories. */
    Map<String, String> environment(final Map<String, String> env) {
        final Map<String, String> merged = new HashMap<>(env);
        if (bootstrapServers != null) {
            merged.put("NEWSFLOW_BOOTSTRAP_SERVERS", bootstrapServers);
        }
        return merged;
    }

    /** Client properties given as flags; they win over {@code KAFKA_*} variables. */
    Map<String, Object> clientProperties(final Map<String, Object> fromEnvironment) {
        final Map<String, Object> merged = new HashMap<>(fromEnvironment);
        merged.putAll(kafkaProperties);
        return merged;
    }
}
