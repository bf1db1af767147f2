package io.newsflow.launcher;

import io.newsflow.launcher.monitoring.Monitoring;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Option;

/**
 * Where a service run alone serves {@code /metrics} and {@code /health}: flags win over {@code NEWSFLOW_HTTP_PORT} and
 * {@code NEWSFLOW_HTTP_BIND}; the default binds localhost only, on a port of the service's own (ingest 8081,
 * enrich 8082, sink 8083), so the three can run on one host. A taken port stops the service with a message naming it.
 */
final class HttpOptions {

    static final String PORT = "NEWSFLOW_HTTP_PORT";
    static final String BIND = "NEWSFLOW_HTTP_BIND";

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Port of /metrics and /health (env NEWSFLOW_HTTP_PORT; default 8081 ingest, 8082 enrich,"
                    + " 8083 sink).")
    private Integer port;

    @Option(names = "--http-bind", paramLabel = "ADDRESS",
            description = "Address /metrics and /health listen on (env NEWSFLOW_HTTP_BIND, default localhost;"
                    + " 0.0.0.0 for every interface).")
    private String bind;

    /** Starts serving {@code monitoring} and prints where. */
    void serve(final Monitoring monitoring, final Map<String, String> env, final int defaultPort) {
        final int chosenPort = port != null ? port : parsePort(env.get(PORT), defaultPort);
        final String chosenBind = bind != null ? bind : env.getOrDefault(BIND, "localhost");
        System.out.println("metrics and health on " + monitoring.serve(new InetSocketAddress(chosenBind, chosenPort),
                false) + "metrics, /health");
    }

    /** The service's client properties with its bootstrap servers, for the monitoring's own Kafka clients. */
    static Map<String, Object> client(final String bootstrapServers, final Map<String, Object> clientProperties) {
        final Map<String, Object> client = new HashMap<>(clientProperties);
        client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return client;
    }

    private static int parsePort(final String value, final int defaultPort) {
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            final int parsed = Integer.parseInt(value.trim());
            if (parsed < 0 || parsed > 65_535) {
                throw new IllegalArgumentException(PORT + " must be a port in 0..65535, was " + value);
            }
            return parsed;
        } catch (final NumberFormatException e) {
            throw new IllegalArgumentException(PORT + " must be a port in 0..65535, was " + value, e);
        }
    }
}
