package io.newsflow.launcher;

import io.newsflow.launcher.local.LocalPipeline;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsflow run}: the whole pipeline on this machine, on an in-process Kafka broker. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {
            "Run the whole pipeline on this machine: a local Kafka broker, ingest, enrich and sink in one process.",
            "Drop article files (.txt, .md) into the inbox; one JSON document per article appears in the outbox."})
final class RunCommand implements Callable<Integer> {

    @Option(names = "--inbox", paramLabel = "DIR", defaultValue = "inbox",
            description = "Watched for article files (default: ${DEFAULT-VALUE}).")
    private Path inbox;

    @Option(names = "--outbox", paramLabel = "DIR", defaultValue = "outbox",
            description = "Where the per-article JSON documents go (default: ${DEFAULT-VALUE}).")
    private Path outbox;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = ".newsflow",
            description = "Broker log and Streams state; kept across runs so a restart resumes (default: ${DEFAULT-VALUE}).")
    private Path dataDir;

    @Option(names = "--kafka-port", defaultValue = "9092",
            description = "Port of the local broker; a free one is used when it is taken (default: ${DEFAULT-VALUE}).")
    private int kafkaPort;

    @Option(names = "--partitions", defaultValue = "2",
            description = "Partitions per topic (default: ${DEFAULT-VALUE}).")
    private int partitions;

    @Override
    public Integer call() {
        final Instant started = Instant.now();
        final LocalPipeline.Settings settings = new LocalPipeline.Settings(inbox.toAbsolutePath().normalize(),
                outbox.toAbsolutePath().normalize(), dataDir.toAbsolutePath().normalize(), kafkaPort, partitions);
        final ProgressPrinter progress = new ProgressPrinter(System.out, settings.errorDir());
        final LocalPipeline pipeline = LocalPipeline.start(settings, Taggers.builtIn(), progress, progress);
        printWhereEverythingIs(System.out, pipeline, Duration.between(started, Instant.now()));
        return UntilStopped.run("newsflow", pipeline, pipeline::isHealthy);
    }

    private static void printWhereEverythingIs(final PrintStream out, final LocalPipeline pipeline,
            final Duration startup) {
        final LocalPipeline.Settings s = pipeline.settings();
        out.printf(Locale.ROOT, "Newsflow is running (started in %.1f s). Stop with Ctrl-C.%n", startup.toMillis() / 1000.0);
        out.printf(Locale.ROOT, "  inbox      %s   <- drop .txt / .md articles here%n", s.inbox());
        out.printf(Locale.ROOT, "  outbox     %s   -> one JSON document per article%n", s.outbox());
        out.printf(Locale.ROOT, "  processed  %s%n", s.processedDir());
        out.printf(Locale.ROOT, "  errors     %s   (each with a .error.json reason)%n", s.errorDir());
        out.printf(Locale.ROOT, "  kafka      %s   (data in %s)%n", pipeline.bootstrapServers(),
                s.dataDir().resolve("kafka"));
        out.printf(Locale.ROOT, "             topics: news-paragraphs, news-paragraphs-enriched, news-articles,"
                + " news-duplicates, news-ingest-ledger, news-dlq%n");
        out.flush();
    }
}
