package io.newsflow.launcher.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contract.Article;
import io.newsflow.contract.Duplicate;
import io.newsflow.contract.DuplicateReason;
import io.newsflow.contract.FileStatus;
import io.newsflow.contract.Json;
import io.newsflow.contract.LedgerEntry;
import io.newsflow.contract.Topic;
import io.newsflow.contract.Topics;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts together each file's {@link FileJourney} from what the pipeline leaves behind: {@code news-ingest-ledger} (every
 * entry, in order, so a file published and later re-dropped under another name shows both), {@code news-articles}
 * (read_committed, matched by articleId), {@code news-duplicates} (near-duplicate stories), the outbox documents (matched by articleId) and the inbox and error
 * directories (files waiting, files quarantined with their {@code .error.json}). Reads each topic from its beginning to
 * its current end, without a consumer group, so it changes nothing.
 */
public final class JourneyReader {

    private static final Logger LOG = LoggerFactory.getLogger(JourneyReader.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, Object> clientProperties;
    private final Duration timeout;

    public JourneyReader(final Map<String, Object> clientProperties, final Duration timeout) {
        this.clientProperties = Map.copyOf(clientProperties);
        this.timeout = timeout;
    }

    /** Every file known to the ledger, the inbox or the error directory, oldest first. */
    public List<FileJourney> journeys(final Path inbox, final Path processedDir, final Path errorDir, final Path outbox)
            throws IOException {
        final List<LedgerEntry> ledger = new ArrayList<>();
        readTopic(
                Topics.INGEST_LEDGER,
                (key, value) -> ledger.add(Topics.INGEST_LEDGER
                        .valueSerde()
                        .deserializer()
                        .deserialize(Topics.INGEST_LEDGER.name(), value)));
        final Map<String, Article> articles = new HashMap<>();
        readTopic(Topics.ARTICLES, (key, value) -> {
            final Article article =
                    Topics.ARTICLES.valueSerde().deserializer().deserialize(Topics.ARTICLES.name(), value);
            articles.putIfAbsent(article.articleId(), article);
        });
        final Map<String, Duplicate> nearDuplicates = new HashMap<>();
        readTopic(Topics.DUPLICATES, (key, value) -> {
            final Duplicate duplicate =
                    Topics.DUPLICATES.valueSerde().deserializer().deserialize(Topics.DUPLICATES.name(), value);
            if (duplicate.reason() == DuplicateReason.NEAR_DUPLICATE_STORY) {
                nearDuplicates.putIfAbsent(duplicate.articleId(), duplicate);
            }
        });
        final Map<String, Path> documents = documents(outbox);
        final Map<String, String> fileOf = new HashMap<>();
        ledger.forEach(entry -> fileOf.putIfAbsent(entry.articleId(), entry.sourceFile()));

        final Map<String, FileJourney> byFile = new LinkedHashMap<>();
        ledger.sort(Comparator.comparing(LedgerEntry::time));
        for (final LedgerEntry entry : ledger) {
            final Article article = articles.get(entry.articleId());
            final FileJourney journey = journeyOf(
                    entry,
                    article,
                    documents.get(entry.articleId()),
                    receivedAt(processedDir, entry.sourceFile()),
                    story(article, nearDuplicates.get(entry.articleId()), fileOf));
            // an item's position is only its place in that drop of the file: its article id tells items apart
            byFile.put(entry.item() == null ? journey.file() : journey.file() + "\n" + entry.articleId(), journey);
        }
        for (final FileJourney quarantined : quarantined(errorDir)) {
            byFile.putIfAbsent(quarantined.file(), quarantined);
        }
        for (final FileJourney waiting : waiting(inbox)) {
            byFile.put(waiting.file(), waiting);
        }
        return new ArrayList<>(byFile.values());
    }

    /** A processed file keeps the modification time its writer left: when it was complete in the inbox. */
    private static Instant receivedAt(final Path processedDir, final String file) {
        try {
            final Path processed = processedDir == null ? null : processedDir.resolve(file);
            return processed != null && Files.isRegularFile(processed)
                    ? Files.getLastModifiedTime(processed).toInstant()
                    : null;
        } catch (final IOException | InvalidPathException e) {
            return null;
        }
    }

    /** From the article if it was written; from its news-duplicates record if it was dropped as a near-duplicate. */
    private static FileJourney.Story story(
            final Article article, final Duplicate nearDuplicate, final Map<String, String> fileOf) {
        if (article != null) {
            return article.nearDuplicateOf() == null
                    ? new FileJourney.Story(article.storyId(), null, null, 0, false)
                    : new FileJourney.Story(
                            article.storyId(),
                            article.nearDuplicateOf(),
                            fileOf.get(article.nearDuplicateOf()),
                            article.similarity(),
                            false);
        }
        return nearDuplicate == null
                ? null
                : new FileJourney.Story(
                        null,
                        nearDuplicate.duplicateOf(),
                        fileOf.get(nearDuplicate.duplicateOf()),
                        nearDuplicate.similarity(),
                        true);
    }

    private static FileJourney journeyOf(
            final LedgerEntry entry,
            final Article article,
            final Path document,
            final Instant receivedAt,
            final FileJourney.Story story)
            throws IOException {
        final String file = entry.item() == null
                ? entry.sourceFile()
                : entry.sourceFile() + FileJourney.ITEM_SEPARATOR + entry.item();
        if (entry.status() == FileStatus.ALREADY_INGESTED) {
            return new FileJourney(
                    file,
                    entry.articleId(),
                    FileJourney.Stage.ALREADY_INGESTED,
                    receivedAt,
                    entry.time(),
                    0,
                    null,
                    null,
                    null,
                    0,
                    0,
                    null,
                    document);
        }
        // the document of an article written from this file: a re-drop under another name never writes one
        final boolean stored =
                document != null && article != null && article.sourceFile().equals(entry.sourceFile());
        final FileJourney.Stage stage = stored
                ? FileJourney.Stage.STORED
                : article != null ? FileJourney.Stage.ENRICHED : FileJourney.Stage.PUBLISHED;
        return new FileJourney(
                file,
                entry.articleId(),
                stage,
                receivedAt,
                entry.time(),
                entry.records(),
                null,
                null,
                article == null ? null : article.timings().assembledAt(),
                article == null ? 0 : article.paragraphs().size(),
                article == null ? 0 : article.entities().size(),
                stored ? Files.getLastModifiedTime(document).toInstant() : null,
                stored ? document : null,
                article == null ? null : article.metadata(),
                article == null ? null : article.entitiesSkipped(),
                story);
    }

    private void readTopic(final Topic<?, ?> topic, final BiConsumer<String, byte[]> onRecord) {
        final Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            final List<PartitionInfo> infos = consumer.partitionsFor(topic.name(), timeout);
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("Topic " + topic.name() + " does not exist on "
                        + props.get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG));
            }
            final List<TopicPartition> partitions = infos.stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            final long deadline = System.nanoTime() + timeout.toNanos();
            while (!end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Reading " + topic.name() + " took longer than " + timeout);
                }
                for (final ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (record.value() == null) {
                        continue;
                    }
                    try {
                        onRecord.accept(record.key(), record.value());
                    } catch (final SerializationException e) {
                        LOG.warn(
                                "Skipping unreadable record {}-{}@{}: {}",
                                record.topic(),
                                record.partition(),
                                record.offset(),
                                e.getMessage());
                    }
                }
            }
        }
    }

    /** Outbox documents by the articleId they hold. */
    private static Map<String, Path> documents(final Path outbox) throws IOException {
        final Map<String, Path> documents = new HashMap<>();
        if (outbox == null || !Files.isDirectory(outbox)) {
            return documents;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(outbox, "[!.]*.json")) {
            for (final Path file : files) {
                final JsonNode id = readJson(file).path("articleId");
                if (id.isTextual()) {
                    documents.put(id.asText(), file);
                }
            }
        }
        return documents;
    }

    private static List<FileJourney> quarantined(final Path errorDir) throws IOException {
        final List<FileJourney> journeys = new ArrayList<>();
        if (errorDir == null || !Files.isDirectory(errorDir)) {
            return journeys;
        }
        try (DirectoryStream<Path> reports = Files.newDirectoryStream(errorDir, "[!.]*.error.json")) {
            for (final Path report : reports) {
                final JsonNode json = readJson(report);
                final String file =
                        json.path("file").asText(report.getFileName().toString());
                journeys.add(new FileJourney(
                        file,
                        null,
                        FileJourney.Stage.QUARANTINED,
                        null,
                        null,
                        0,
                        json.path("reason").asText(),
                        json.path("detail").asText(),
                        null,
                        0,
                        0,
                        parseTime(json.path("time").asText()),
                        null));
            }
        }
        return journeys;
    }

    private static List<FileJourney> waiting(final Path inbox) throws IOException {
        final List<FileJourney> journeys = new ArrayList<>();
        if (inbox == null || !Files.isDirectory(inbox)) {
            return journeys;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(inbox, "[!.]*")) {
            for (final Path file : files) {
                if (Files.isRegularFile(file)) {
                    journeys.add(new FileJourney(
                            file.getFileName().toString(),
                            null,
                            FileJourney.Stage.RECEIVED,
                            Files.getLastModifiedTime(file).toInstant(),
                            null,
                            0,
                            null,
                            null,
                            null,
                            0,
                            0,
                            null,
                            null));
                }
            }
        }
        return journeys;
    }

    private static JsonNode readJson(final Path file) throws IOException {
        try {
            return Json.MAPPER.readTree(file.toFile());
        } catch (final IOException e) {
            LOG.warn("Cannot read {}: {}", file, e.getMessage());
            return Json.MAPPER.createObjectNode();
        }
    }

    private static Instant parseTime(final String text) {
        try {
            return Instant.parse(text);
        } catch (final DateTimeParseException e) {
            return null;
        }
    }
}
