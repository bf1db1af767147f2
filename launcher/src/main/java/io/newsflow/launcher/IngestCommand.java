package io.newsflow.launcher;

import io.newsflow.contract.ClientProperties;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestService;
import io.newsflow.launcher.monitoring.Monitoring;
import io.newsflow.observability.Health;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow ingest}: the inbox watcher and publisher alone, against any Kafka cluster. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description =
                "Watch the inbox and publish each article's paragraphs to news-paragraphs, one transaction per file.")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    private KafkaOptions kafka;

    @Mixin
    private HttpOptions http;

    @Option(
            names = "--inbox",
            paramLabel = "DIR",
            description = "Watched directory (env NEWSFLOW_INBOX, default ./inbox).")
    private Path inbox;

    @Option(
            names = "--processed-dir",
            paramLabel = "DIR",
            description = "Published files go here (env NEWSFLOW_PROCESSED_DIR, default <inbox>/processed).")
    private Path processedDir;

    @Option(
            names = "--error-dir",
            paramLabel = "DIR",
            description =
                    "Rejected files and their .error.json go here (env NEWSFLOW_ERROR_DIR, default <inbox>/error).")
    private Path errorDir;

    @Option(
            names = "--transactional-id",
            description =
                    "Unique per running instance, stable across its restarts (env NEWSFLOW_INGEST_TRANSACTIONAL_ID).")
    private String transactionalId;

    @Override
    public Integer call() {
        final Map<String, String> vars = http.addTo(kafka.flags())
                .set(IngestConfig.INBOX, inbox)
                .set(IngestConfig.PROCESSED_DIR, processedDir)
                .set(IngestConfig.ERROR_DIR, errorDir)
                .set(IngestConfig.TRANSACTIONAL_ID, transactionalId)
                .over(System.getenv());
        final IngestConfig config = IngestConfig.fromEnvironment(vars)
                .withClientProperties(kafka.clientProperties(ClientProperties.fromEnvironment(vars)));
        final Monitoring monitoring = Monitoring.forService(config.inbox(), config.processedDir());
        final IngestService ingest = new IngestService(
                config, monitoring.ingestListener(new ProgressPrinter(System.out, config.errorDir())));
        ingest.start();
        monitoring.health().live(Health.running("ingest", ingest::isRunning));
        monitoring.watchKafka(HttpOptions.client(config.bootstrapServers(), config.clientProperties()), Map.of());
        HttpOptions.serve(monitoring, vars, 8081);
        return UntilStopped.run(
                "ingest",
                () -> {
                    monitoring.close();
                    ingest.close();
                },
                ingest::isRunning);
    }
}
