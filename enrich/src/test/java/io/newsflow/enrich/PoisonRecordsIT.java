package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contract.Article;
import io.newsflow.contract.DeadLetterHeaders;
import io.newsflow.contract.Json;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.ParagraphKind;
import io.newsflow.contract.Topics;
import io.newsflow.enrich.testing.SampleArticles;
import io.newsflow.tagger.testing.NameTagger;
import io.newsflow.testsupport.KafkaBrokerExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A foreign producer writes what is not an article's record to {@code news-paragraphs}: malformed JSON, valid JSON of
 * the wrong shape, and a record of the right shape too large to come out of enrich again. Each lands on
 * {@code news-dlq}, byte for byte, with headers naming its topic, partition, offset and error; the Streams application
 * keeps running and a good article produced after them is still assembled.
 */
class PoisonRecordsIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    static Path dataDir;

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = KafkaBrokerExtension.withTopics(Topics.ALL, 2);

    private static EnrichService service;

    @BeforeAll
    static void start() throws InterruptedException {
        service = new EnrichService(
                EnrichConfig.fromEnvironment(Map.of(
                        EnrichConfig.BOOTSTRAP_SERVERS,
                        KAFKA.bootstrapServers(),
                        EnrichConfig.APPLICATION_ID,
                        "poison-it",
                        EnrichConfig.STATE_DIR,
                        dataDir.resolve("state").toString(),
                        "KAFKA_COMMIT_INTERVAL_MS",
                        "100")),
                NameTagger.forSample());
        service.start();
        service.awaitRunning(TIMEOUT);
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void shouldDeadLetterMalformedJsonWithItsOriginAndGoOn() throws Exception {
        final String key = "poison-" + UUID.randomUUID();
        final byte[] value = ("{\"articleId\": \"" + key + "\", \"text\": ").getBytes(StandardCharsets.UTF_8);

        final RecordMetadata sent = sendRaw(key, value);

        assertDeadLettered(key, value, sent);
        assertGoodArticleStillArrives();
    }

    @Test
    void shouldDeadLetterValidJsonOfTheWrongShapeAndGoOn() throws Exception {
        final String key = "shape-" + UUID.randomUUID();
        final byte[] value = ("{\"id\": 7, \"body\": [\"not\", \"a\", \"paragraph\"], \"key\": \"" + key + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        final RecordMetadata sent = sendRaw(key, value);

        assertDeadLettered(key, value, sent);
        assertGoodArticleStillArrives();
    }

    @Test
    void shouldDeadLetterArticleTooLargeToPublishAndGoOn() throws Exception {
        final String key = "huge-" + UUID.randomUUID();
        final Instant now = Instant.now();
        // 700 kB of text: a valid record that fits news-paragraphs, but its enriched article would not fit a record
        final String text = "Residents said the plan was fine. ".repeat(21_000);
        final Paragraph headline = new Paragraph(
                key,
                "huge.txt",
                "sha256-" + key,
                now,
                "A Huge Article",
                ParagraphKind.HEADLINE,
                0,
                2,
                null,
                "A Huge Article",
                null);
        final Paragraph body = new Paragraph(
                key,
                "huge.txt",
                "sha256-" + key,
                now,
                "A Huge Article",
                ParagraphKind.PARAGRAPH,
                1,
                2,
                null,
                text,
                null);
        sendRaw(key, Json.MAPPER.writeValueAsBytes(headline));
        final byte[] bodyBytes = Json.MAPPER.writeValueAsBytes(body);
        final RecordMetadata sent = sendRaw(key, bodyBytes);

        final List<ConsumerRecord<byte[], byte[]>> dead = awaitDeadLetters(key, 2);
        assertThat(dead).anySatisfy(record -> {
            assertThat(header(record, DeadLetterHeaders.OFFSET)).isEqualTo(Long.toString(sent.offset()));
            assertThat(header(record, DeadLetterHeaders.PARTITION)).isEqualTo(Integer.toString(sent.partition()));
            assertThat(header(record, DeadLetterHeaders.MESSAGE)).contains("too large");
        });
        assertGoodArticleStillArrives();
    }

    @Test
    void shouldDeadLetterMalformedRecordNearTheBrokersLimitAndGoOn() throws Exception {
        final String key = "near-limit-" + UUID.randomUUID();
        // just under the broker's message.max.bytes: the dead letter adds the error headers on top of it
        final byte[] value = new byte[1_046_000];
        java.util.Arrays.fill(value, (byte) '{');

        final RecordMetadata sent = sendRaw(key, value);

        final ConsumerRecord<byte[], byte[]> dead = awaitDeadLetters(key, 1).get(0);
        assertThat(header(dead, DeadLetterHeaders.OFFSET)).isEqualTo(Long.toString(sent.offset()));
        assertThat(header(dead, DeadLetterHeaders.TOPIC)).isEqualTo(Topics.PARAGRAPHS.name());
        assertThat(header(dead, DeadLetterHeaders.TRUNCATED_FROM_BYTES)).isEqualTo(Integer.toString(value.length));
        assertThat(header(dead, DeadLetterHeaders.STAGE)).isEqualTo("enrich");
        assertThat(value).startsWith(dead.value());
        assertGoodArticleStillArrives();
    }

    private static void assertDeadLettered(final String key, final byte[] value, final RecordMetadata sent) {
        final ConsumerRecord<byte[], byte[]> dead = awaitDeadLetters(key, 1).get(0);
        assertThat(dead.value()).isEqualTo(value);
        assertThat(header(dead, DeadLetterHeaders.TOPIC)).isEqualTo(Topics.PARAGRAPHS.name());
        assertThat(header(dead, DeadLetterHeaders.PARTITION)).isEqualTo(Integer.toString(sent.partition()));
        assertThat(header(dead, DeadLetterHeaders.OFFSET)).isEqualTo(Long.toString(sent.offset()));
        assertThat(header(dead, DeadLetterHeaders.EXCEPTION)).isNotBlank();
        assertThat(header(dead, DeadLetterHeaders.STAGE)).isEqualTo("enrich");
        assertThat(header(dead, DeadLetterHeaders.MESSAGE)).isNotBlank();
    }

    private static void assertGoodArticleStillArrives() {
        final String articleId = "good-" + UUID.randomUUID();
        try (KafkaProducer<String, Paragraph> producer = new KafkaProducer<>(
                producerProperties(true),
                Topics.PARAGRAPHS.keySerde().serializer(),
                Topics.PARAGRAPHS.valueSerde().serializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            SampleArticles.paragraphs(SampleArticles.RUTTE, articleId, "rutte.txt", Instant.now())
                    .forEach(
                            record -> producer.send(new ProducerRecord<>(Topics.PARAGRAPHS.name(), articleId, record)));
            producer.commitTransaction();
        }
        try (KafkaConsumer<String, Article> consumer = new KafkaConsumer<>(
                consumerProperties(),
                Topics.ARTICLES.keySerde().deserializer(),
                Topics.ARTICLES.valueSerde().deserializer())) {
            consumer.subscribe(List.of(Topics.ARTICLES.name()));
            final List<Article> found = new ArrayList<>();
            await().atMost(TIMEOUT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (articleId.equals(record.key())) {
                        found.add(record.value());
                    }
                });
                return !found.isEmpty();
            });
            assertThat(found.get(0).paragraphs()).hasSize(17);
        }
        assertThat(service.state()).isEqualTo(KafkaStreams.State.RUNNING);
    }

    private static RecordMetadata sendRaw(final String key, final byte[] value) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(producerProperties(false), new ByteArraySerializer(), new ByteArraySerializer())) {
            // the producer's own limit is raised: only the broker's should matter here
            return producer.send(
                            new ProducerRecord<>(Topics.PARAGRAPHS.name(), key.getBytes(StandardCharsets.UTF_8), value))
                    .get();
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> awaitDeadLetters(final String key, final int count) {
        final List<ConsumerRecord<byte[], byte[]>> dead = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(consumerProperties(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.DEAD_LETTERS.name()));
            await().atMost(TIMEOUT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.key() != null && key.equals(new String(record.key(), StandardCharsets.UTF_8))) {
                        dead.add(record);
                    }
                });
                return dead.size() >= count;
            });
        }
        return dead;
    }

    private static String header(final ConsumerRecord<byte[], byte[]> record, final String name) {
        assertThat(record.headers().lastHeader(name)).as("header " + name).isNotNull();
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> producerProperties(final boolean transactional) {
        final Map<String, Object> properties = new HashMap<>(KAFKA.clientProperties());
        properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * 1024 * 1024);
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        if (transactional) {
            properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "poison-it-" + UUID.randomUUID());
        }
        return properties;
    }

    private static Map<String, Object> consumerProperties() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KAFKA.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "poison-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed");
    }
}
