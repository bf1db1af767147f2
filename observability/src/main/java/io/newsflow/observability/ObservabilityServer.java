package io.newsflow.observability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.contract.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One small HTTP server per process (the JDK's own): {@code GET /metrics} (Prometheus text format),
 * {@code /health} (readiness with every check and its reason; 200 when ready, 503 when not), {@code /health/live} and
 * {@code /health/ready} (the same, for probes), and — when a {@link StatusBoard} is given — the live status page at
 * {@code /} with its data at {@code /api/status}. Serves GET and HEAD only; requests are handled on two threads.
 */
public final class ObservabilityServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ObservabilityServer.class);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final String JSON = "application/json; charset=utf-8";
    private static final String ASSETS = "/io/newsflow/observability/status/";
    private static final Map<String, String> PAGE_FILES = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/app.js", "app.js",
            "/style.css", "style.css");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8");

    private final HttpServer server;
    private final ExecutorService executor;
    private final PrometheusMeterRegistry registry;
    private final Health health;
    private final StatusBoard board;

    private ObservabilityServer(
            final HttpServer server,
            final PrometheusMeterRegistry registry,
            final Health health,
            final StatusBoard board) {
        this.server = server;
        this.registry = registry;
        this.health = health;
        this.board = board;
        this.executor = Executors.newFixedThreadPool(2, r -> {
            final Thread t = new Thread(r, "newsflow-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /**
     * Serves on {@code address} (port 0: any free port); {@code board} may be null (no status page).
     *
     * @throws UncheckedIOException naming the address when it cannot be bound (taken, or not a local address)
     */
    public static ObservabilityServer start(
            final InetSocketAddress address,
            final PrometheusMeterRegistry registry,
            final Health health,
            final StatusBoard board) {
        final HttpServer server;
        try {
            server = HttpServer.create(address, 16);
        } catch (final BindException e) {
            throw new UncheckedIOException(
                    "Cannot serve HTTP on " + hostAndPort(address) + ": " + e.getMessage()
                            + " (is another process using the port? choose another one with --http-port)",
                    e);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot serve HTTP on " + hostAndPort(address), e);
        }
        final ObservabilityServer started = new ObservabilityServer(server, registry, health, board);
        server.start();
        LOG.info(
                "Serving /metrics and /health{} on {}", board == null ? "" : " and the status page", started.baseUri());
        return started;
    }

    /** Like {@link #start}, but on any free port when the requested one is taken: a second local run must not fail. */
    public static ObservabilityServer startOrAnyPort(
            final InetSocketAddress address,
            final PrometheusMeterRegistry registry,
            final Health health,
            final StatusBoard board) {
        try {
            return start(address, registry, health, board);
        } catch (final UncheckedIOException e) {
            if (!(e.getCause() instanceof BindException) || address.getPort() == 0) {
                throw e;
            }
            LOG.warn(
                    "Port {} is taken; serving the status page, /metrics and /health on a free port instead",
                    address.getPort());
            return start(new InetSocketAddress(address.getAddress(), 0), registry, health, board);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://host:port/}, with the host as bound ({@code localhost} for the loopback address). */
    public URI baseUri() {
        final InetSocketAddress bound = server.getAddress();
        final String host = bound.getAddress().isLoopbackAddress()
                ? "localhost"
                : bound.getAddress().isAnyLocalAddress()
                        ? "0.0.0.0"
                        : bound.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(final HttpExchange exchange) throws IOException {
        try (exchange) {
            final String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", bytes("only GET and HEAD\n"));
                return;
            }
            final String path = exchange.getRequestURI().getPath();
            switch (path) {
                case "/metrics" -> send(exchange, 200, PROMETHEUS_TEXT, bytes(registry.scrape()));
                case "/health", "/health/ready" -> sendReport(exchange, health.readiness());
                case "/health/live" -> sendReport(exchange, health.liveness());
                case "/api/status" -> {
                    if (board == null) {
                        notFound(exchange);
                    } else {
                        send(exchange, 200, JSON, json(board.snapshot()));
                    }
                }
                default -> sendAsset(exchange, path);
            }
        } catch (final RuntimeException e) {
            // one bad request must not take the endpoint down; the client gets a 500 with the reason
            LOG.warn("HTTP {} failed", exchange.getRequestURI(), e);
            send(exchange, 500, "text/plain; charset=utf-8", bytes("internal error: " + e + "\n"));
        }
    }

    private void sendReport(final HttpExchange exchange, final Health.Report report) throws IOException {
        final ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("status", report.ok() ? "UP" : "DOWN");
        final ArrayNode checks = node.putArray("checks");
        report.checks()
                .forEach(c -> checks.addObject()
                        .put("name", c.name())
                        .put("status", c.ok() ? "UP" : "DOWN")
                        .put("detail", c.detail()));
        send(exchange, report.ok() ? 200 : 503, JSON, json(node));
    }

    private void sendAsset(final HttpExchange exchange, final String path) throws IOException {
        final String file = board == null ? null : PAGE_FILES.get(path);
        if (file == null) {
            notFound(exchange);
            return;
        }
        try (InputStream in = ObservabilityServer.class.getResourceAsStream(ASSETS + file)) {
            if (in == null) {
                throw new IllegalStateException("Status page asset " + ASSETS + file + " is missing from the jar");
            }
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            send(exchange, 200, TYPES.get(file.substring(file.lastIndexOf('.') + 1)), in.readAllBytes());
        }
    }

    private static void notFound(final HttpExchange exchange) throws IOException {
        send(exchange, 404, "text/plain; charset=utf-8", bytes("not found; try /metrics or /health\n"));
    }

    private static void send(final HttpExchange exchange, final int status, final String type, final byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        final boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] json(final ObjectNode node) {
        try {
            return Json.MAPPER.writeValueAsBytes(node);
        } catch (final JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    private static byte[] bytes(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String hostAndPort(final InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}
