package io.newsflow.launcher;

import io.newsflow.contract.settings.Setting;
import io.newsflow.launcher.monitoring.Monitoring;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Option;

/**
 * Where a service run alone serves {@code /metrics} and {@code /health}: flags ({@link Flags}) win over
 * {@code NEWSFLOW_HTTP_PORT} and {@code NEWSFLOW_HTTP_BIND}; the default binds localhost only, on a port of the service's own (ingest 8081,
 * enrich 8082, sink 8083), so the three can run on one host. A taken port stops the service with a message naming it.
 */
final class HttpOptions {

    static final String PORT = "NEWSFLOW_HTTP_PORT";
    static final String BIND = "NEWSFLOW_HTTP_BIND";
    /** No default of its own: each service has its port. */
    private static final Setting<Integer> PORT_SETTING = Setting.integer(PORT, null);

    private static final Setting<String> BIND_SETTING = Setting.text(BIND, "localhost");
    /** The HTTP settings of a service run alone, for the documentation test. */
    static final List<Setting<?>> SETTINGS = List.of(PORT_SETTING, BIND_SETTING);

    @Option(
            names = "--http-port",
            paramLabel = "PORT",
            description = "Port of /metrics and /health (env NEWSFLOW_HTTP_PORT; default 8081 ingest, 8082 enrich,"
                    + " 8083 sink).")
    private Integer port;

    @Option(
            names = "--http-bind",
            paramLabel = "ADDRESS",
            description = "Address /metrics and /health listen on (env NEWSFLOW_HTTP_BIND, default localhost;"
                    + " 0.0.0.0 for every interface).")
    private String bind;

    /** Adds {@code --http-port} and {@code --http-bind} to the command's flags. */
    Flags addTo(final Flags flags) {
        return flags.set(PORT, port).set(BIND, bind);
    }

    /** Starts serving {@code monitoring} where {@code vars} (the environment with the flags laid over it) say. */
    static void serve(final Monitoring monitoring, final Map<String, String> vars, final int defaultPort) {
        final int chosenPort = PORT_SETTING.from(vars, defaultPort);
        if (chosenPort < 0 || chosenPort > 65_535) {
            throw new IllegalArgumentException(PORT + " must be a port in 0..65535, was " + chosenPort);
        }
        System.out.println("metrics and health on "
                + monitoring.serve(new InetSocketAddress(BIND_SETTING.from(vars), chosenPort), false)
                + "metrics, /health");
    }

    /** The service's client properties with its bootstrap servers, for the monitoring's own Kafka clients. */
    static Map<String, Object> client(final String bootstrapServers, final Map<String, Object> clientProperties) {
        final Map<String, Object> client = new HashMap<>(clientProperties);
        client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return client;
    }
}
