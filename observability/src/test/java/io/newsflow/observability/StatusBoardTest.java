package io.newsflow.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.contract.Article;
import io.newsflow.contract.ArticleParagraph;
import io.newsflow.contract.Timings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusBoardTest {

    private static final Instant T0 = Instant.parse("2026-03-03T10:00:00Z");

    private static Article article(final String id, final String file) {
        return new Article(
                id,
                id,
                file,
                "sha256:" + id,
                "Port strike",
                List.of(),
                List.of(new ArticleParagraph(1, null, "Dockworkers struck.", List.of(), List.of(), List.of())),
                List.of(),
                List.of(),
                List.of(),
                0,
                new Timings(T0, T0),
                null,
                null,
                null,
                null);
    }

    @Test
    void shouldListOnlyStoriesWithSeveralArticlesAndMarkTheNearDuplicates() {
        try (StatusBoard board = new StatusBoard(
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                null,
                new Health(),
                Map::of,
                Clock.fixed(T0, ZoneOffset.UTC),
                Duration.ofHours(1))) {
            board.onWritten(article("wire", "wire.txt"), T0, Duration.ZERO);
            board.onWritten(article("alone", "alone.txt"), T0.plusSeconds(1), Duration.ZERO);
            board.onWritten(
                    article("copy", "copy.txt").asNearDuplicate("wire", "wire", 0.81),
                    T0.plusSeconds(2),
                    Duration.ZERO);

            final JsonNode snapshot = board.snapshot();
            assertThat(snapshot.path("stories")).hasSize(1);
            final JsonNode story = snapshot.path("stories").get(0);
            assertThat(story.path("storyId").asText()).isEqualTo("wire");
            assertThat(story.path("articles").asInt()).isEqualTo(2);
            assertThat(story.path("files").toString()).isEqualTo("[\"wire.txt\",\"copy.txt\"]");
            assertThat(story.path("firstSeen").asText()).isEqualTo(T0.toString());
            assertThat(snapshot.path("latestArticles")
                            .get(0)
                            .path("nearDuplicateOf")
                            .asText())
                    .isEqualTo("wire");
            assertThat(snapshot.path("latestArticles").get(1).has("nearDuplicateOf"))
                    .isFalse();
        }
    }
}
