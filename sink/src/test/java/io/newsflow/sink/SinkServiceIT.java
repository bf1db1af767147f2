package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.broker.TopicProvisioner;
import io.newsflow.contract.Article;
import io.newsflow.contract.DeadLetterHeaders;
import io.newsflow.contract.Json;
import io.newsflow.contract.Topics;
import io.newsflow.testsupport.TopicRecords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkServiceIT {

    // a broker per test: both tests read news-articles from the start, and must not see each other's articles
    LocalKafkaBroker broker;

    @TempDir
    Path work;

    @BeforeEach
    void startBroker() {
        broker = LocalKafkaBroker.start(work.resolve("broker"));
        try (Admin admin = Admin.create(broker.clientProperties())) {
            new TopicProvisioner(admin).ensure(Topics.ALL, 2, (short) 1);
        }
    }

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    @Test
    void shouldWriteEachArticleOnceAndSendUnreadableRecordsToDeadLetterTopic() throws Exception {
        final Path outbox = work.resolve("outbox");
        final List<String> written = new CopyOnWriteArrayList<>();
        final SinkConfig config =
                SinkConfig.of(broker.bootstrapServers(), outbox).withGroupId("sink-it-1");
        try (SinkService sink = new SinkService(config, new SinkListener() {
                    @Override
                    public void onWritten(final Article article, final Path document, final java.time.Instant at) {
                        written.add(article.articleId());
                    }
                })
                .start()) {
            final Article first = TestArticles.article("1111222233334444", "first.txt", "First Headline");
            final Article second = TestArticles.article("5555666677778888", "second.txt", "Second Headline");
            send(first.articleId(), Json.MAPPER.writeValueAsBytes(first));
            send("poison", "{not json".getBytes(StandardCharsets.UTF_8));
            send(second.articleId(), Json.MAPPER.writeValueAsBytes(second));
            send(first.articleId(), Json.MAPPER.writeValueAsBytes(first)); // redelivery of the same article

            await().atMost(Duration.ofSeconds(30)).until(() -> written.size() == 3);
            assertThat(documents(outbox)).containsExactlyInAnyOrder("first.11112222.json", "second.55556666.json");
            assertThat(Json.MAPPER.readValue(
                            outbox.resolve("second.55556666.json").toFile(), Article.class))
                    .isEqualTo(second);

            final ConsumerRecord<byte[], byte[]> dead = TopicRecords.firstCommittedBytes(
                    broker.clientProperties(), Topics.DEAD_LETTERS.name(), Duration.ofSeconds(20));
            assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
            assertThat(header(dead, DeadLetterHeaders.TOPIC)).isEqualTo(Topics.ARTICLES.name());
            assertThat(header(dead, DeadLetterHeaders.STAGE)).isEqualTo("sink");
            assertThat(header(dead, DeadLetterHeaders.OFFSET)).matches("\\d+");
            assertThat(header(dead, DeadLetterHeaders.MESSAGE)).contains("Article");
            assertThat(sink.isRunning()).isTrue();
        }
    }

    @Test
    void shouldRetryAnUnwritableOutboxWithoutLosingOrDoublingArticles() throws Exception {
        final Path outbox = work.resolve("locked-outbox");
        Files.createDirectories(outbox);
        // a regular file where a directory is expected fails for root too, unlike permissions
        final Path blocked = outbox.resolve("blocked");
        Files.writeString(blocked, "not a directory");
        final List<String> written = new CopyOnWriteArrayList<>();
        try (SinkService sink = retryingSink(blocked, "sink-it-2", written)) {
            final Article article = TestArticles.article("9999aaaabbbbcccc", "late.txt", "Late Headline");
            send(article.articleId(), Json.MAPPER.writeValueAsBytes(article));

            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> written.isEmpty());
            assertThat(sink.isRunning()).isTrue();

            Files.delete(blocked);
            Files.createDirectories(
                    blocked, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

            await().atMost(Duration.ofSeconds(30)).until(() -> written.size() == 1);
            assertThat(documents(blocked)).containsExactly("late.9999aaaa.json");
        }
    }

    @Test
    void shouldRetryAFullDiskWithoutLosingOrDoublingArticles() throws Exception {
        final Path outbox = Files.createDirectories(work.resolve("small-disk"));
        // a real full file system: a 16 KB tmpfs (mounting needs root, which CI is; elsewhere this test is skipped)
        assumeTrue(
                run("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", outbox.toString()) == 0,
                "mounting a small tmpfs needs root; the full-disk case is not tested here");
        try {
            final Path filler = outbox.resolve(".filler");
            fill(filler);
            final List<String> written = new CopyOnWriteArrayList<>();
            try (SinkService sink = retryingSink(outbox, "sink-it-3", written)) {
                for (final String id : List.of("1111aaaabbbbcccc", "2222aaaabbbbcccc", "3333aaaabbbbcccc")) {
                    final Article article = TestArticles.article(id, "full-" + id.charAt(0) + ".txt", "Disk Full");
                    send(article.articleId(), Json.MAPPER.writeValueAsBytes(article));
                }

                await().during(Duration.ofSeconds(3))
                        .atMost(Duration.ofSeconds(5))
                        .until(written::isEmpty);
                assertThat(sink.isRunning()).isTrue();
                assertThat(documents(outbox))
                        .as("nothing half-written is left as a document")
                        .isEmpty();

                Files.delete(filler);

                await().atMost(Duration.ofSeconds(30)).until(() -> written.size() == 3);
                assertThat(documents(outbox))
                        .containsExactlyInAnyOrder(
                                "full-1.1111aaaa.json", "full-2.2222aaaa.json", "full-3.3333aaaa.json");
                try (Stream<Path> left = Files.list(outbox)) {
                    assertThat(left.map(p -> p.getFileName().toString()))
                            .as("no temporary file left behind")
                            .containsExactlyInAnyOrder(
                                    "full-1.1111aaaa.json", "full-2.2222aaaa.json", "full-3.3333aaaa.json");
                }
            }
        } finally {
            run("umount", outbox.toString());
        }
    }

    /** A started sink into {@code outbox} that retries quickly and adds the id of each article it writes. */
    private SinkService retryingSink(final Path outbox, final String groupId, final List<String> written) {
        final SinkConfig config = SinkConfig.of(broker.bootstrapServers(), outbox)
                .withGroupId(groupId)
                .withMaxBackoff(Duration.ofMillis(400));
        return new SinkService(config, new SinkListener() {
                    @Override
                    public void onWritten(final Article article, final Path document, final java.time.Instant at) {
                        written.add(article.articleId());
                    }
                })
                .start();
    }

    /** Writes zeros to {@code file} until the file system is full. */
    private static void fill(final Path file) throws IOException {
        try (var out = Files.newOutputStream(file)) {
            final byte[] block = new byte[1024];
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (final IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
        }
    }

    private static int run(final String... command) throws IOException, InterruptedException {
        final Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return process.waitFor();
    }

    private void send(final String key, final byte[] value) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), key.getBytes(StandardCharsets.UTF_8), value))
                    .get();
        }
    }

    private static String header(final ConsumerRecord<byte[], byte[]> record, final String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static List<String> documents(final Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("."))
                    .toList();
        }
    }
}
