package io.newsflow.launcher;

import io.newsflow.launcher.tagging.EvalDocsCommand;
import io.newsflow.launcher.tagging.EvalNerCommand;
import io.newsflow.launcher.tagging.NewsToConllCommand;
import io.newsflow.launcher.tagging.TagCommand;
import io.newsflow.launcher.tagging.TrainNerCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code newsflow} command: the all-in-one local run, or one service against any Kafka cluster. */
@Command(
        name = "newsflow",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Event-driven news ingestion on Apache Kafka: inbox -> ingest -> enrich -> sink.",
        subcommands = {
            RunCommand.class,
            IngestCommand.class,
            EnrichCommand.class,
            SinkCommand.class,
            TopicsCommand.class,
            BrokerCommand.class,
            StatusCommand.class,
            LocalBenchCommand.class,
            TagCommand.class,
            EvalNerCommand.class,
            EvalDocsCommand.class,
            TrainNerCommand.class,
            NewsToConllCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Newsflow implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: run, ingest, enrich or sink");
    }

    public static void main(final String[] args) {
        System.exit(new CommandLine(new Newsflow()).execute(args));
    }
}
