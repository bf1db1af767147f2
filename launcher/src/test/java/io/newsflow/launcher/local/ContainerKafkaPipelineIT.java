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
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The sample scenario against Kafka in a container ({@code apache/kafka-native}), where Docker exists. Without Docker
 * the class is reported as skipped; {@link LocalPipelineIT} covers the same scenarios on the in-process broker.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerKafkaPipelineIT {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka-native:4.1.0");

    @TempDir
    static Path work;

    static LocalPipeline pipeline;

    @BeforeAll
    static void start() {
        pipeline = LocalPipeline.startAgainst(
                KAFKA.getBootstrapServers(),
                new LocalPipeline.Settings(work.resolve("inbox"), work.resolve("outbox"), work.resolve("data"), 0, 2),
                Taggers.builtIn(),
                IngestListener.NONE,
                SinkListener.NONE);
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void shouldTurnTheSampleArticleIntoOneEnrichedDocument() throws IOException {
        new PipelineScenarios(pipeline).sampleBecomesOneEnrichedDocument();
    }
}
