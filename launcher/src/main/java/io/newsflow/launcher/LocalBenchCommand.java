package io.newsflow.launcher;

import io.newsflow.benchmarks.pipeline.BenchCommand;
import io.newsflow.benchmarks.pipeline.BenchedPipeline;
import io.newsflow.enrich.story.StorySettings;
import io.newsflow.ingest.IngestListener;
import io.newsflow.launcher.local.LocalPipeline;
import io.newsflow.sink.SinkListener;
import io.newsflow.tagger.EntityTagger;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/**
 * {@code newsflow bench}: the benchmarks module's {@link BenchCommand} (options, bounds, report), measuring this
 * launcher's local run. The dependency goes launcher → benchmarks, so the bench code has one home.
 */
@Command(name = "bench")
public final class LocalBenchCommand extends BenchCommand {

    public LocalBenchCommand() {
        super(LocalBenchCommand::start);
    }

    private static BenchedPipeline start(
            final Path workDir,
            final int partitions,
            final boolean postgres,
            final StorySettings stories,
            final EntityTagger tagger,
            final SinkListener sinkListener) {
        final LocalPipeline pipeline = LocalPipeline.start(
                new LocalPipeline.Settings(
                        workDir.resolve("inbox"), workDir.resolve("outbox"), workDir.resolve("data"), 0, partitions),
                postgres ? LocalPipeline.Postgres.embedded(0) : LocalPipeline.Postgres.none(),
                stories,
                tagger,
                IngestListener.NONE,
                sinkListener);
        return new BenchedPipeline() {
            @Override
            public String bootstrapServers() {
                return pipeline.bootstrapServers();
            }

            @Override
            public Path inbox() {
                return pipeline.settings().inbox();
            }

            @Override
            public boolean isHealthy() {
                return pipeline.isHealthy();
            }

            @Override
            public void close() {
                pipeline.close();
            }
        };
    }
}
