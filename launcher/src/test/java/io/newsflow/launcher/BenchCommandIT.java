package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contract.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsflow bench} as a smoke test: a tiny corpus through every stage; the result is complete. No timing is asserted. */
class BenchCommandIT {

    @TempDir
    Path work;

    @Test
    void shouldMeasureThePipelineBothBoundsAndTheDatabaseAndWriteEveryField() throws Exception {
        final Path out = work.resolve("bench.json");

        final int exit = new CommandLine(new Newsflow())
                .execute(
                        "bench",
                        "--articles",
                        "6",
                        "--warmup",
                        "3",
                        "--settle-jit",
                        "100",
                        "--enrich-instances",
                        "2",
                        "--rate",
                        "3",
                        "--duration",
                        "2",
                        "--postgres",
                        "--compare-stories",
                        "--story-rounds",
                        "2",
                        "--work-dir",
                        work.resolve("scratch").toString(),
                        "--out",
                        out.toString());

        assertThat(exit).isZero();
        final JsonNode result = Json.MAPPER.readTree(out.toFile());
        assertThat(result.path("articles").asInt()).isEqualTo(6);
        assertThat(result.path("enrichInstances").asInt()).isEqualTo(2);
        assertThat(result.path("paragraphs").asInt()).isGreaterThanOrEqualTo(6 * 12);
        for (final String field : List.of(
                "pipelineParagraphsPerSec",
                "shapeBoundParagraphsPerSec",
                "rawKafkaParagraphsPerSec",
                "taggerOnlyParagraphsPerSec",
                "ratio",
                "pipelineCpuSeconds",
                "cpuRatio",
                "cpuMsPerArticle",
                "taggerTokensPerSec",
                "latencyP50Ms",
                "latencyP99Ms",
                "peakRssMb")) {
            assertThat(result.path(field).asDouble()).as(field).isPositive();
        }
        assertThat(result.path("latencyP99Ms").asDouble())
                .isGreaterThanOrEqualTo(result.path("latencyP50Ms").asDouble());
        assertThat(result.path("database").path("articlesPerSec").asDouble()).isPositive();
        assertThat(result.path("database").path("dropToStoredP99Ms").asDouble())
                .isGreaterThanOrEqualTo(
                        result.path("database").path("dropToStoredP50Ms").asDouble());
        // Linux: the CPU split by thread, and one settling round (any JIT share is at most 100 %)
        assertThat(result.path("cpuMsPerArticleByThread").path("enrich").asDouble())
                .isPositive();
        assertThat(result.path("warmupJitShares")).hasSize(1);
        assertThat(result.path("sustained").path("cpuMsPerArticle").asDouble()).isPositive();
        assertThat(result.path("sustained").path("files").asInt()).isEqualTo(6);
        assertThat(result.path("sustained").path("backlogPerSecond").isArray()).isTrue();
        assertThat(result.path("ratio").asDouble())
                .isEqualTo(
                        result.path("pipelineParagraphsPerSec").asDouble()
                                / Math.min(
                                        result.path("shapeBoundParagraphsPerSec")
                                                .asDouble(),
                                        result.path("taggerOnlyParagraphsPerSec")
                                                .asDouble()),
                        within(1e-9));
        final JsonNode stories = result.path("nearDuplicates");
        assertThat(stories.path("rounds")).hasSize(2);
        assertThat(stories.path("rounds").get(0).path("onFirst").asBoolean()).isTrue();
        assertThat(stories.path("rounds").get(1).path("onFirst").asBoolean()).isFalse();
        for (final String field : List.of(
                "onParagraphsPerSec",
                "offParagraphsPerSec",
                "onShareOfOff",
                "onCpuMsPerArticle",
                "offCpuMsPerArticle",
                "onCpuShareOfOff")) {
            assertThat(stories.path(field).asDouble()).as(field).isPositive();
        }
        assertThat(result.path("loadAverageBefore").asText()).matches("[0-9.]+ [0-9.]+ [0-9.]+");
        assertThat(Files.exists(work.resolve("scratch")))
                .as("scratch directory removed")
                .isFalse();
    }
}
