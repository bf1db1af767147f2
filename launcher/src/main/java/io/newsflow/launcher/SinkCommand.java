package io.newsflow.launcher;

import io.newsflow.contract.ClientProperties;
import io.newsflow.contract.Topics;
import io.newsflow.launcher.monitoring.Monitoring;
import io.newsflow.observability.Health;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkListener;
import io.newsflow.sink.SinkSelection;
import io.newsflow.sink.SinkService;
import io.newsflow.sink.postgres.PostgresConfig;
import io.newsflow.sink.postgres.PostgresSink;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow sink}: the file sink, the PostgreSQL sink or both, against any Kafka cluster. */
@Command(
        name = "sink",
        mixinStandardHelpOptions = true,
        description = "Consume news-articles and write one JSON document per article into the outbox, and/or the"
                + " articles into PostgreSQL.")
final class SinkCommand implements Callable<Integer> {

    @Mixin
    private KafkaOptions kafka;

    @Mixin
    private HttpOptions http;

    @Option(
            names = "--outbox",
            paramLabel = "DIR",
            description = "Outbox directory (env NEWSFLOW_OUTBOX, default ./outbox).")
    private Path outbox;

    @Option(names = "--group-id", description = "Consumer group (env NEWSFLOW_SINK_GROUP_ID, default newsflow-sink).")
    private String groupId;

    @Option(
            names = "--postgres-url",
            paramLabel = "JDBC-URL",
            description = "Write the articles into this PostgreSQL too (env NEWSFLOW_POSTGRES_URL; user and password"
                    + " from NEWSFLOW_POSTGRES_USER / NEWSFLOW_POSTGRES_PASSWORD).")
    private String postgresUrl;

    @Option(
            names = "--sinks",
            paramLabel = "LIST",
            description = "Which sinks run: files, postgres or files,postgres (env NEWSFLOW_SINKS; default files, plus"
                    + " postgres when a PostgreSQL URL is given).")
    private String sinks;

    @Override
    public Integer call() {
        final Map<String, String> vars = http.addTo(kafka.flags())
                .set(SinkConfig.OUTBOX, outbox)
                .set(SinkConfig.GROUP_ID, groupId)
                .set(PostgresConfig.URL, postgresUrl)
                .set(SinkSelection.SINKS, sinks)
                .over(System.getenv());
        final SinkSelection selection = SinkSelection.fromEnvironment(vars);
        final SinkConfig config = SinkConfig.fromEnvironment(vars)
                .withClientProperties(kafka.clientProperties(ClientProperties.fromEnvironment(vars)));
        final Monitoring monitoring = Monitoring.forService(null, null);
        final SinkListener progress = monitoring.sinkListener(new ProgressPrinter(System.out, null));
        final SinkService files = selection.files() ? new SinkService(config, progress).start() : null;
        final PostgresSink database;
        try {
            database = selection.postgres()
                    ? new PostgresSink(
                                    config, PostgresConfig.fromEnvironment(vars).orElseThrow(), progress)
                            .start()
                    : null;
        } catch (final RuntimeException e) {
            if (files != null) {
                files.close();
            }
            throw e;
        }
        monitoring
                .health()
                .live(Health.running(
                        "sink",
                        () -> (files == null || files.isRunning()) && (database == null || database.isRunning())));
        if (files != null) {
            monitoring.health().ready(Monitoring.outboxWritable(config.outbox()));
        }
        monitoring.watchKafka(
                HttpOptions.client(config.bootstrapServers(), config.clientProperties()),
                Map.of(config.groupId(), Topics.ARTICLES.name()));
        HttpOptions.serve(monitoring, vars, 8083);
        return UntilStopped.run(
                "sink",
                () -> {
                    monitoring.close();
                    if (database != null) {
                        database.close();
                    }
                    if (files != null) {
                        files.close();
                    }
                },
                () -> (files == null || files.isRunning()) && (database == null || database.isRunning()));
    }
}
