package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contract.Article;
import io.newsflow.contract.DeadLetterHeaders;
import io.newsflow.contract.Json;
import io.newsflow.contract.Topics;
import io.newsflow.testsupport.KafkaBrokerExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A foreign producer writes what is not an article to {@code news-articles}: malformed JSON, valid JSON of the wrong
 * shape, and an oversized record near the broker's limit. Each lands on {@code news-dlq} with headers naming its
 * topic, partition, offset and error; the sink keeps running and writes the good article sent after them.
 */
class SinkPoisonRecordsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    static Path work;

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = KafkaBrokerExtension.withTopics(Topics.ALL, 2);

    private static SinkService sink;
    private static final List<String> written = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        sink = new SinkService(
                        SinkConfig.of(KAFKA.bootstrapServers(), work.resolve("outbox"))
                                .withGroupId("sink-poison-it"),
                        new SinkListener() {
                            @Override
                            public void onWritten(final Article article, final Path document, final Instant at) {
                                written.add(article.articleId());
                            }
                        })
                .start();
    }

    @AfterAll
    static void stop() {
        if (sink != null) {
            sink.close();
        }
    }

    @Test
    void shouldDeadLetterMalformedJson() throws Exception {
        final String key = "malformed-" + UUID.randomUUID();
        final byte[] value = "{\"articleId\": [".getBytes(StandardCharsets.UTF_8);
        assertDeadLettered(key, value, send(key, value));
        assertGoodArticleStillWritten();
    }

    @Test
    void shouldDeadLetterValidJsonOfTheWrongShape() throws Exception {
        final String key = "shape-" + UUID.randomUUID();
        final byte[] value =
                "{\"articleId\": \"x\", \"headline\": 42, \"paragraphs\": \"none\"}".getBytes(StandardCharsets.UTF_8);
        assertDeadLettered(key, value, send(key, value));
        assertGoodArticleStillWritten();
    }

    @Test
    void shouldDeadLetterOversizedRecordNearTheBrokersLimit() throws Exception {
        final String key = "oversized-" + UUID.randomUUID();
        // just under the broker's message.max.bytes: the dead letter adds headers on top of it
        final byte[] value = new byte[1_048_000];
        Arrays.fill(value, (byte) '[');
        final RecordMetadata sent = send(key, value);

        final ConsumerRecord<byte[], byte[]> dead = awaitDeadLetter(key);
        assertThat(header(dead, DeadLetterHeaders.OFFSET)).isEqualTo(Long.toString(sent.offset()));
        assertThat(header(dead, DeadLetterHeaders.PARTITION)).isEqualTo(Integer.toString(sent.partition()));
        assertThat(header(dead, DeadLetterHeaders.TOPIC)).isEqualTo(Topics.ARTICLES.name());
        // too large to be kept whole with its headers: cut, and the original size named
        assertThat(header(dead, DeadLetterHeaders.TRUNCATED_FROM_BYTES)).isEqualTo(Integer.toString(value.length));
        assertThat(value).startsWith(dead.value());
        assertGoodArticleStillWritten();
    }

    private static void assertDeadLettered(final String key, final byte[] value, final RecordMetadata sent) {
        final ConsumerRecord<byte[], byte[]> dead = awaitDeadLetter(key);
        assertThat(dead.value()).isEqualTo(value);
        assertThat(header(dead, DeadLetterHeaders.TOPIC)).isEqualTo(Topics.ARTICLES.name());
        assertThat(header(dead, DeadLetterHeaders.PARTITION)).isEqualTo(Integer.toString(sent.partition()));
        assertThat(header(dead, DeadLetterHeaders.OFFSET)).isEqualTo(Long.toString(sent.offset()));
        assertThat(header(dead, DeadLetterHeaders.STAGE)).isEqualTo("sink");
        assertThat(header(dead, DeadLetterHeaders.EXCEPTION)).isNotBlank();
    }

    private static void assertGoodArticleStillWritten() throws Exception {
        final String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        final Article article = TestArticles.article(id, "good-" + id + ".txt", "Good Headline " + id);
        send(id, Json.MAPPER.writeValueAsBytes(article));
        await().atMost(WAIT).until(() -> written.contains(id));
        assertThat(Files.exists(work.resolve("outbox").resolve("good-" + id + "." + id.substring(0, 8) + ".json")))
                .isTrue();
        assertThat(sink.isRunning()).isTrue();
    }

    private static RecordMetadata send(final String key, final byte[] value) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        KAFKA.bootstrapServers(),
                        ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                        2 * 1024 * 1024),
                new ByteArraySerializer(),
                new ByteArraySerializer())) {
            return producer.send(
                            new ProducerRecord<>(Topics.ARTICLES.name(), key.getBytes(StandardCharsets.UTF_8), value))
                    .get();
        }
    }

    private static ConsumerRecord<byte[], byte[]> awaitDeadLetter(final String key) {
        final List<ConsumerRecord<byte[], byte[]>> dead = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        KAFKA.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "dlq-reader-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.DEAD_LETTERS.name()));
            await().atMost(WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.key() != null && key.equals(new String(record.key(), StandardCharsets.UTF_8))) {
                        dead.add(record);
                    }
                });
                return !dead.isEmpty();
            });
        }
        return dead.get(0);
    }

    private static String header(final ConsumerRecord<byte[], byte[]> record, final String name) {
        assertThat(record.headers().lastHeader(name)).as("header " + name).isNotNull();
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
