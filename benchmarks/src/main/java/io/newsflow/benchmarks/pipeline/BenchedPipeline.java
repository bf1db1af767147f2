package io.newsflow.benchmarks.pipeline;

import io.newsflow.enrich.story.StorySettings;
import io.newsflow.sink.SinkListener;
import io.newsflow.tagger.EntityTagger;
import java.nio.file.Path;

/**
 * The pipeline {@code newsflow bench} measures, as whoever runs the bench starts it: the launcher plugs in its local
 * run (its own broker, ingest, enrich and sink). The bench only drops files into {@link #inbox()} and learns from the
 * sink's listener when each document was written, so it needs nothing else of the pipeline.
 */
public interface BenchedPipeline extends AutoCloseable {

    /** Where the pipeline's broker listens (extra enrich instances join it). */
    String bootstrapServers();

    /** The directory the pipeline's ingest watches. */
    Path inbox();

    /** True while every service runs. */
    boolean isHealthy();

    @Override
    void close();

    /** Starts a fresh pipeline whose files all live under {@code workDir}. */
    @FunctionalInterface
    interface Starter {

        /**
         * {@code postgres}: also run the PostgreSQL sink on an embedded server; {@code stories}: near-duplicate
         * detection as enrich runs it; {@code sinkListener} hears of every
         * document written (and stored).
         */
        BenchedPipeline start(
                Path workDir,
                int partitions,
                boolean postgres,
                StorySettings stories,
                EntityTagger tagger,
                SinkListener sinkListener);
    }
}
