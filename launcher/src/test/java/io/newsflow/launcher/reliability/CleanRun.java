package io.newsflow.launcher.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.benchmarks.corpus.ArticleGenerator.GeneratedArticle;
import io.newsflow.contract.Article;
import io.newsflow.contract.Json;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.Topics;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.ingest.parse.ArticleFormat;
import io.newsflow.ingest.parse.ArticleIdentity;
import io.newsflow.ingest.parse.ArticleParser;
import io.newsflow.ingest.parse.DecodedText;
import io.newsflow.ingest.parse.RejectedFileException;
import io.newsflow.ingest.parse.TextDecoder;
import io.newsflow.ingest.publish.ArticleRecords;
import io.newsflow.launcher.Taggers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The documents a clean, crash-free run makes of a corpus: each file parsed by ingest's own parser and identity, laid
 * out as ingest's records, and run through the real enrich topology ({@link EnrichTopology#build}) in a
 * {@link TopologyTestDriver}. Documents are compared without {@code timings}, the only part that depends on when.
 */
public final class CleanRun {

    private CleanRun() {}

    /** The expected documents (as JSON, timings removed) by articleId. */
    public static Map<String, JsonNode> documents(final List<GeneratedArticle> corpus, final Path stateDir)
            throws RejectedFileException {
        final Properties props =
                EnrichConfig.defaults("localhost:1").withStateDir(stateDir).streamsProperties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "clean-run");
        final Map<String, JsonNode> documents = new HashMap<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(
                EnrichTopology.build(EnrichConfig.defaults("localhost:1"), Taggers.builtIn()), props)) {
            final TestInputTopic<String, Paragraph> in = driver.createInputTopic(
                    Topics.PARAGRAPHS.name(),
                    Topics.PARAGRAPHS.keySerde().serializer(),
                    Topics.PARAGRAPHS.valueSerde().serializer());
            final TestOutputTopic<String, Article> out = driver.createOutputTopic(
                    Topics.ARTICLES.name(),
                    Topics.ARTICLES.keySerde().deserializer(),
                    Topics.ARTICLES.valueSerde().deserializer());
            final Instant now = Instant.now();
            for (final GeneratedArticle article : corpus) {
                final DecodedText decoded = TextDecoder.decode(article.text().getBytes(StandardCharsets.UTF_8));
                final ArticleIdentity identity = ArticleIdentity.of(decoded.text());
                final List<Paragraph> records = ArticleRecords.of(
                        ArticleParser.parse(decoded.text(), ArticleFormat.TEXT).orElseThrow(), identity,
                        article.fileName(), now);
                records.forEach(record -> in.pipeInput(record.articleId(), record, now));
            }
            out.readValuesToList()
                    .forEach(article ->
                            documents.put(article.articleId(), withoutTimings(Json.MAPPER.valueToTree(article))));
        }
        return documents;
    }

    static JsonNode withoutTimings(final JsonNode document) {
        final ObjectNode copy = document.deepCopy();
        copy.remove("timings");
        return copy;
    }
}
