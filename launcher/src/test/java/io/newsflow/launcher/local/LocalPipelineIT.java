package io.newsflow.launcher.local;

import io.newsflow.ingest.IngestListener;
import io.newsflow.launcher.Taggers;
import io.newsflow.sink.SinkListener;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline — real in-process KRaft broker, ingest, Kafka Streams enrich, sink — one instance per class. */
class LocalPipelineIT {

    @TempDir
    static Path work;

    static LocalPipeline pipeline;
    static PipelineScenarios scenarios;

    @BeforeAll
    static void start() {
        pipeline = LocalPipeline.start(
                new LocalPipeline.Settings(work.resolve("inbox"), work.resolve("outbox"), work.resolve("data"), 0, 2),
                Taggers.builtIn(),
                IngestListener.NONE,
                SinkListener.NONE);
        scenarios = new PipelineScenarios(pipeline);
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void shouldTurnTheSampleArticleIntoOneEnrichedDocument() throws IOException {
        scenarios.sampleBecomesOneEnrichedDocument();
    }

    @Test
    void shouldWriteOneDocumentWhenTheSameContentIsDroppedTwiceUnderAnotherName() throws IOException {
        scenarios.sameContentUnderAnotherNameYieldsOneDocument();
    }

    @Test
    void shouldDeliverFiftyArticlesDroppedAtOnceWithParagraphsInOrder() {
        scenarios.manyArticlesDroppedAtOnceAllArriveInOrder(50);
    }

    @Test
    void shouldBeReadableAsPlainJsonByKafkasConsoleConsumer() throws Exception {
        scenarios.topicsReadAsPlainJsonByKafkasConsoleConsumer();
    }

    @Test
    void shouldGiveThreeOutletsOfOneStoryItsIdAndAFollowUpItsOwn() throws IOException {
        scenarios.threeOutletsOfOneStoryShareItsIdAndAFollowUpKeepsItsOwn();
    }

    @Test
    void shouldQuarantineEmptyAndBinaryFilesWhileOthersProceed() throws IOException {
        scenarios.badFilesAreQuarantinedWhileOthersProceed();
    }
}
