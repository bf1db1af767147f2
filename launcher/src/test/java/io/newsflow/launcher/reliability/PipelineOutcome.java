package io.newsflow.launcher.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contract.FileStatus;
import io.newsflow.contract.Json;
import io.newsflow.contract.LedgerEntry;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.Topics;
import io.newsflow.testsupport.TopicRecords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What a run left behind, checked against a clean run: the outbox holds exactly the expected documents (equal apart
 * from timings), and the topics show that nothing was published twice — one {@code news-articles} record and one
 * PUBLISHED ledger entry per article, each article's paragraphs once each.
 */
public final class PipelineOutcome {

    private PipelineOutcome() {}

    public static List<Path> documents(final Path outbox) {
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outbox documents equal the clean run's, one per article, apart from timings. */
    public static void assertOutboxEquals(final Path outbox, final Map<String, JsonNode> expected) throws IOException {
        final List<Path> documents = documents(outbox);
        assertThat(documents).hasSize(expected.size());
        final Map<String, JsonNode> actual = new HashMap<>();
        for (final Path document : documents) {
            final JsonNode json = Json.MAPPER.readTree(document.toFile());
            assertThat(json.path("timings").path("ingestedAt").isTextual()).isTrue();
            actual.put(json.path("articleId").asText(), CleanRun.withoutTimings(json));
        }
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (final Map.Entry<String, JsonNode> entry : expected.entrySet()) {
            assertThat(actual.get(entry.getKey()))
                    .as("document of article %s", entry.getKey())
                    .isEqualTo(entry.getValue());
        }
    }

    /** Every article exactly once on each topic (read_committed), however often the services died. */
    public static void assertTopicsHoldEachArticleOnce(
            final String bootstrapServers, final Map<String, JsonNode> expected) {
        final List<ConsumerRecord<String, JsonNode>> articles =
                readCommitted(bootstrapServers, Topics.ARTICLES.name(), bytes -> readTree(bytes));
        final Map<String, Long> perArticle =
                articles.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        assertThat(perArticle.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(perArticle)
                .allSatisfy((id, count) ->
                        assertThat(count).as("news-articles records of %s", id).isEqualTo(1L));

        final List<ConsumerRecord<String, Paragraph>> paragraphs = readCommitted(
                bootstrapServers,
                Topics.PARAGRAPHS.name(),
                bytes -> Topics.PARAGRAPHS.valueSerde().deserializer().deserialize(Topics.PARAGRAPHS.name(), bytes));
        final Map<String, List<Integer>> indexes = paragraphs.stream()
                .collect(Collectors.groupingBy(
                        ConsumerRecord::key, Collectors.mapping(r -> r.value().index(), Collectors.toList())));
        assertThat(indexes.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        indexes.forEach((id, seen) -> {
            final int count = paragraphs.stream()
                    .filter(r -> r.key().equals(id))
                    .findFirst()
                    .orElseThrow()
                    .value()
                    .count();
            assertThat(seen)
                    .as("news-paragraphs indexes of %s", id)
                    .containsExactlyElementsOf(IntStream.range(0, count).boxed().toList());
        });

        final List<ConsumerRecord<String, LedgerEntry>> ledger = readCommitted(
                bootstrapServers,
                Topics.INGEST_LEDGER.name(),
                bytes -> Topics.INGEST_LEDGER
                        .valueSerde()
                        .deserializer()
                        .deserialize(Topics.INGEST_LEDGER.name(), bytes));
        final List<String> published = ledger.stream()
                .filter(r -> r.value().status() == FileStatus.PUBLISHED)
                .map(ConsumerRecord::key)
                .toList();
        assertThat(published)
                .as("PUBLISHED ledger entries")
                .hasSize(expected.size())
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
    }

    static <V> List<ConsumerRecord<String, V>> readCommitted(
            final String bootstrapServers, final String topic, final Function<byte[], V> reader) {
        final Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 * 1024 * 1024);
        return TopicRecords.readCommitted(
                props,
                topic,
                new StringDeserializer(),
                (ignoredTopic, bytes) -> reader.apply(bytes),
                Duration.ofSeconds(60));
    }

    private static JsonNode readTree(final byte[] bytes) {
        try {
            return Json.MAPPER.readTree(bytes);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
