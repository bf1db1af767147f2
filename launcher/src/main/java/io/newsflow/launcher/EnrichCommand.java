package io.newsflow.launcher;

import io.newsflow.contract.ClientProperties;
import io.newsflow.contract.Topics;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.launcher.monitoring.Monitoring;
import io.newsflow.observability.Health;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow enrich}: the Kafka Streams enrichment alone, against any Kafka cluster. */
@Command(
        name = "enrich",
        mixinStandardHelpOptions = true,
        description =
                "Enrich news-paragraphs (exactly once): de-duplicate, tag entities, split citations, extract quotes,"
                        + " assemble articles into news-articles.")
final class EnrichCommand implements Callable<Integer> {

    @Mixin
    private KafkaOptions kafka;

    @Mixin
    private HttpOptions http;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "Kafka Streams state (env NEWSFLOW_STATE_DIR).")
    private Path stateDir;

    @Option(
            names = "--application-id",
            description =
                    "Streams application id, shared by instances that split the work (env NEWSFLOW_ENRICH_APPLICATION_ID).")
    private String applicationId;

    @Option(
            names = "--standby-replicas",
            paramLabel = "N",
            description =
                    "Warm copies of each task's state on other instances (env NEWSFLOW_STANDBY_REPLICAS, default 0).")
    private Integer standbyReplicas;

    @Override
    public Integer call() throws InterruptedException {
        final Map<String, String> vars = http.addTo(kafka.flags())
                .set(EnrichConfig.STATE_DIR, stateDir)
                .set(EnrichConfig.APPLICATION_ID, applicationId)
                .set(EnrichConfig.STANDBY_REPLICAS, standbyReplicas)
                .over(System.getenv());
        final EnrichConfig config = EnrichConfig.fromEnvironment(vars)
                .withClientProperties(kafka.clientProperties(ClientProperties.fromEnvironment(vars)));
        final EnrichService enrich = new EnrichService(config, Taggers.builtIn());
        enrich.start();
        enrich.awaitRunning(Duration.ofMinutes(2));
        System.out.println("enrich is RUNNING");
        final Map<String, Object> client = HttpOptions.client(config.bootstrapServers(), config.clientProperties());
        final Monitoring monitoring = Monitoring.forService(null, null);
        monitoring
                .health()
                .live(Health.running("enrich", enrich::isHealthy))
                .ready(Health.streamsRunning("enrich-streams", enrich::state));
        monitoring
                .watchKafka(client, Map.of(config.applicationId(), Topics.PARAGRAPHS.name()))
                .bindStreams(enrich.streams())
                .tap(client);
        HttpOptions.serve(monitoring, vars, 8082);
        return UntilStopped.run(
                "enrich",
                () -> {
                    monitoring.close();
                    enrich.close();
                },
                enrich::isHealthy);
    }
}
