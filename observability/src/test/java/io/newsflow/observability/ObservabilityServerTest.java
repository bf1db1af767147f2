package io.newsflow.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ObservabilityServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final InetSocketAddress anyPort = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    @Test
    void shouldServeMetricsInPrometheusTextFormat() throws Exception {
        registry.counter("newsflow.articles.written").increment(3);
        try (ObservabilityServer server = ObservabilityServer.start(anyPort, registry, new Health(), null)) {
            final HttpResponse<String> response = get(server.baseUri().resolve("metrics"));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValue("text/plain; version=0.0.4; charset=utf-8");
            assertThat(response.body()).contains("newsflow_articles_written_total 3.0");
            assertThat(server.baseUri().getHost()).isEqualTo("localhost");
        }
    }

    @Test
    void shouldAnswer503WithTheReasonWhenNotReadyAnd200OnceReady() throws Exception {
        final AtomicBoolean streamsRunning = new AtomicBoolean(false);
        final Health health = new Health()
                .live(Health.running("sink", () -> true))
                .ready(Health.streamsRunning("enrich-streams", () -> streamsRunning.get() ? "RUNNING" : "REBALANCING"));
        try (ObservabilityServer server = ObservabilityServer.start(anyPort, registry, health, null)) {
            final HttpResponse<String> notReady = get(server.baseUri().resolve("health"));
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.body()).contains("\"status\":\"DOWN\"", "Kafka Streams is REBALANCING, not RUNNING");
            assertThat(get(server.baseUri().resolve("health/live")).statusCode())
                    .isEqualTo(200);

            streamsRunning.set(true);
            final HttpResponse<String> ready = get(server.baseUri().resolve("health/ready"));
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("\"status\":\"UP\"", "sink is running");
        }
    }

    @Test
    void shouldServeTheStatusPageOnlyWithABoardAndRefuseOtherMethods() throws Exception {
        try (ObservabilityServer bare = ObservabilityServer.start(anyPort, registry, new Health(), null)) {
            assertThat(get(bare.baseUri()).statusCode()).isEqualTo(404);
            assertThat(get(bare.baseUri().resolve("api/status")).statusCode()).isEqualTo(404);
            final HttpResponse<String> post = HTTP.send(
                    HttpRequest.newBuilder(bare.baseUri().resolve("metrics"))
                            .POST(HttpRequest.BodyPublishers.ofString("x"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405);
        }
        try (StatusBoard board = new StatusBoard(
                        registry, null, new Health(), Map::of, Clock.systemUTC(), Duration.ofSeconds(1));
                ObservabilityServer server = ObservabilityServer.start(anyPort, registry, new Health(), board)) {
            final HttpResponse<String> page = get(server.baseUri());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(page.body()).contains("<title>Newsflow status</title>", "app.js");
            assertThat(get(server.baseUri().resolve("app.js")).body()).contains("/api/status");
            assertThat(get(server.baseUri().resolve("style.css")).statusCode()).isEqualTo(200);
            final HttpResponse<String> status = get(server.baseUri().resolve("api/status"));
            assertThat(status.statusCode()).isEqualTo(200);
            assertThat(status.body()).contains("\"counts\"", "\"latestArticles\":[]", "\"throughput\"");
        }
    }

    @Test
    void shouldNameTheAddressWhenThePortIsTaken() {
        try (ObservabilityServer first = ObservabilityServer.start(anyPort, registry, new Health(), null)) {
            final InetSocketAddress taken = new InetSocketAddress(InetAddress.getLoopbackAddress(), first.port());
            assertThatThrownBy(() -> ObservabilityServer.start(taken, registry, new Health(), null))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining(":" + first.port())
                    .hasMessageContaining("--http-port");
            try (ObservabilityServer fallback =
                    ObservabilityServer.startOrAnyPort(taken, registry, new Health(), null)) {
                assertThat(fallback.port()).isNotEqualTo(first.port()).isPositive();
            }
        }
    }

    private static HttpResponse<String> get(final URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
