package io.newsflow.launcher;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.story.StorySettings;
import io.newsflow.launcher.local.LocalPipeline;
import io.newsflow.launcher.monitoring.Monitoring;
import io.newsflow.postgres.EmbeddedPostgresServer;
import io.newsflow.sink.postgres.PostgresConfig;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsflow run}: the whole pipeline on this machine, on an in-process Kafka broker. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Run the whole pipeline on this machine: a local Kafka broker, ingest, enrich and sink in one process.",
            "Drop article files (.txt, .md, .html), RSS/Atom feeds or NewsML-G2 (.xml), ninjs (.json) or JSON Lines",
            "(.jsonl) into the inbox;",
            "one JSON document per article appears in the outbox."
        })
final class RunCommand implements Callable<Integer> {

    @Option(
            names = "--inbox",
            paramLabel = "DIR",
            defaultValue = "inbox",
            description = "Watched for article files (default: ${DEFAULT-VALUE}).")
    private Path inbox;

    @Option(
            names = "--outbox",
            paramLabel = "DIR",
            defaultValue = "outbox",
            description = "Where the per-article JSON documents go (default: ${DEFAULT-VALUE}).")
    private Path outbox;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            defaultValue = ".newsflow",
            description =
                    "Broker log and Streams state; kept across runs so a restart resumes (default: ${DEFAULT-VALUE}).")
    private Path dataDir;

    @Option(
            names = "--kafka-port",
            defaultValue = "9092",
            description = "Port of the local broker; a free one is used when it is taken (default: ${DEFAULT-VALUE}).")
    private int kafkaPort;

    @Option(
            names = "--partitions",
            defaultValue = "2",
            description = "Partitions per topic (default: ${DEFAULT-VALUE}).")
    private int partitions;

    @Option(
            names = "--http-port",
            defaultValue = "8080",
            description = "Port of the status page, /metrics and /health; a free one is used when it is taken"
                    + " (default: ${DEFAULT-VALUE}).")
    private int httpPort;

    @Option(
            names = "--http-bind",
            paramLabel = "ADDRESS",
            defaultValue = "localhost",
            description = "Address the status page, /metrics and /health listen on; 0.0.0.0 for every interface"
                    + " (default: ${DEFAULT-VALUE}).")
    private String httpBind;

    @Option(
            names = "--postgres",
            description = "Also write the articles into an embedded PostgreSQL (data in <data-dir>/postgres);"
                    + " prints how to connect with psql.")
    private boolean postgres;

    @Option(
            names = "--postgres-port",
            defaultValue = "5432",
            description =
                    "Port of the embedded PostgreSQL; a free one is used when it is taken (default: ${DEFAULT-VALUE}).")
    private int postgresPort;

    @Option(
            names = "--postgres-url",
            paramLabel = "JDBC-URL",
            description = "Also write the articles into this existing PostgreSQL (env NEWSFLOW_POSTGRES_URL; user and"
                    + " password from NEWSFLOW_POSTGRES_USER / NEWSFLOW_POSTGRES_PASSWORD).")
    private String postgresUrl;

    @Override
    public Integer call() {
        final Instant started = Instant.now();
        final LocalPipeline.Settings settings = new LocalPipeline.Settings(
                inbox.toAbsolutePath().normalize(),
                outbox.toAbsolutePath().normalize(),
                dataDir.toAbsolutePath().normalize(),
                kafkaPort,
                partitions,
                EnrichConfig.tagLanguages(System.getenv()));
        final ProgressPrinter progress = new ProgressPrinter(System.out, settings.errorDir());
        final Monitoring monitoring = Monitoring.forLocalRun(settings);
        final LocalPipeline pipeline;
        final URI status;
        try {
            // the all-in-one run honours enrich's near-duplicate settings as a standalone enrich does
            pipeline = LocalPipeline.start(
                    settings,
                    postgresOption(),
                    StorySettings.fromEnvironment(System.getenv()),
                    Taggers.builtIn(),
                    monitoring.ingestListener(progress),
                    monitoring.sinkListener(progress));
        } catch (final RuntimeException e) {
            monitoring.close();
            throw e;
        }
        try {
            status = monitoring.attachTo(pipeline).serve(new InetSocketAddress(httpBind, httpPort), true);
        } catch (final RuntimeException e) {
            monitoring.close();
            pipeline.close();
            throw e;
        }
        printWhereEverythingIs(System.out, pipeline, Duration.between(started, Instant.now()));
        System.out.printf(
                Locale.ROOT, "  status     %s   (metrics %smetrics, health %shealth)%n", status, status, status);
        System.out.flush();
        return UntilStopped.run(
                "newsflow",
                () -> {
                    monitoring.close();
                    pipeline.close();
                },
                pipeline::isHealthy);
    }

    private LocalPipeline.Postgres postgresOption() {
        if (postgres) {
            return LocalPipeline.Postgres.embedded(postgresPort);
        }
        return PostgresConfig.fromEnvironment(
                        new Flags().set(PostgresConfig.URL, postgresUrl).over(System.getenv()))
                .map(LocalPipeline.Postgres::external)
                .orElse(LocalPipeline.Postgres.none());
    }

    private static void printWhereEverythingIs(
            final PrintStream out, final LocalPipeline pipeline, final Duration startup) {
        final LocalPipeline.Settings s = pipeline.settings();
        out.printf(
                Locale.ROOT,
                "Newsflow is running (started in %.1f s). Stop with Ctrl-C.%n",
                startup.toMillis() / 1000.0);
        out.printf(
                Locale.ROOT,
                "  inbox      %s   <- drop .txt / .md / .html articles, .xml feeds and NewsML-G2, .json ninjs, .jsonl here%n",
                s.inbox());
        out.printf(Locale.ROOT, "  outbox     %s   -> one JSON document per article%n", s.outbox());
        out.printf(Locale.ROOT, "  processed  %s%n", s.processedDir());
        out.printf(Locale.ROOT, "  errors     %s   (each with a .error.json reason)%n", s.errorDir());
        out.printf(
                Locale.ROOT,
                "  kafka      %s   (data in %s)%n",
                pipeline.bootstrapServers(),
                s.dataDir().resolve("kafka"));
        out.printf(
                Locale.ROOT,
                "             topics: news-paragraphs, news-paragraphs-enriched, news-articles,"
                        + " news-duplicates, news-ingest-ledger, news-dlq%n");
        if (pipeline.embeddedPostgres() != null) {
            final EmbeddedPostgresServer db = pipeline.embeddedPostgres();
            out.printf(Locale.ROOT, "  postgres   %s   (data in %s)%n", db.jdbcUrl(), db.dataDir());
            out.printf(Locale.ROOT, "             connect: %s%n", db.psqlCommand());
        } else if (pipeline.postgresSink() != null) {
            out.printf(
                    Locale.ROOT,
                    "  postgres   %s%n",
                    pipeline.postgresSink().database().redactedUrl());
        }
        out.flush();
    }
}
