package io.newsflow.sink.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.broker.TopicProvisioner;
import io.newsflow.contract.Article;
import io.newsflow.contract.DeadLetterHeaders;
import io.newsflow.contract.Json;
import io.newsflow.contract.Topics;
import io.newsflow.postgres.EmbeddedPostgresServer;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkListener;
import io.newsflow.testsupport.TopicRecords;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PostgreSQL sink on a real broker and a real PostgreSQL: exactly once, replay, database outage, kill -9. */
class PostgresSinkIT {

    static TestPostgres postgres;

    // a broker per test: every test reads news-articles from the start and must not see another's articles
    LocalKafkaBroker broker;

    @TempDir
    Path work;

    @BeforeAll
    static void startPostgres() {
        postgres = TestPostgres.start();
    }

    @AfterAll
    static void stopPostgres() {
        if (postgres != null) {
            postgres.close();
        }
    }

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
    void shouldStoreEachArticleOnceAndWriteTheSameRowsWhenEverythingIsReplayed() throws Exception {
        final PostgresConfig db = postgres.newDatabase();
        final List<String> stored = new CopyOnWriteArrayList<>();
        final List<Long> deadLetters = new CopyOnWriteArrayList<>();
        final SinkListener listener = new SinkListener() {
            @Override
            public void onStored(final Article article, final Instant at) {
                stored.add(article.articleId());
            }

            @Override
            public void onDeadLetter(final String topic, final int partition, final long offset, final String reason) {
                deadLetters.add(offset);
            }
        };
        final Article first = Rows.article(Rows.id(1), 3);
        final Article second = Rows.article(Rows.id(2), 2);
        try (PostgresSink sink = new PostgresSink(kafka(), db, listener).start()) {
            send(first);
            send("poison", "{not json".getBytes(StandardCharsets.UTF_8));
            send(second);
            send(first); // a redelivery of the same article at a new offset

            await().atMost(Duration.ofSeconds(30)).until(() -> storedOffsets(db) == 4);
            assertThat(sink.isRunning()).isTrue();
        }
        assertThat(stored).containsExactlyInAnyOrder(first.articleId(), second.articleId(), first.articleId());
        assertThat(deadLetters).hasSize(1);
        assertThat(Rows.query(db, "SELECT article_id FROM articles ORDER BY 1"))
                .containsExactly(first.articleId(), second.articleId());
        assertThat(Rows.count(db, "SELECT count(*) FROM mentions")).isEqualTo((3 + 2) * 3);
        final ConsumerRecord<byte[], byte[]> dead = TopicRecords.firstCommittedBytes(
                broker.clientProperties(), Topics.DEAD_LETTERS.name(), Duration.ofSeconds(20));
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(new String(dead.headers().lastHeader(DeadLetterHeaders.STAGE).value(), StandardCharsets.UTF_8))
                .isEqualTo("sink");
        final List<String> rows = Rows.all(db);

        // a restart resumes from the database's offsets: nothing is written again
        stored.clear();
        try (PostgresSink sink = new PostgresSink(kafka(), db, listener).start()) {
            send(Rows.article(Rows.id(3), 1));
            await().atMost(Duration.ofSeconds(30)).until(() -> storedOffsets(db) == 5);
            assertThat(sink.isRunning()).isTrue();
        }
        assertThat(stored).containsExactly(Rows.id(3));
        assertThat(deadLetters).hasSize(1);

        // forget the offsets: every record is processed again, and the tables end up exactly as they were
        final List<String> withThird = Rows.all(db);
        Rows.query(db, "DELETE FROM sink_offsets RETURNING 1");
        stored.clear();
        try (PostgresSink sink = new PostgresSink(kafka(), db, listener).start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> storedOffsets(db) == 5);
            assertThat(sink.isRunning()).isTrue();
        }
        assertThat(stored).hasSize(4);
        assertThat(Rows.all(db)).isEqualTo(withThird).containsAll(rows);
    }

    @Test
    void shouldRetryWhileTheDatabaseIsDownAndCatchUpWhenItIsBack() throws Exception {
        // its own server, which this test stops and starts again on the same data and port
        final Path dataDir = TestPostgres.dataDir();
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0);
        final int port = server.port();
        final PostgresConfig db = PostgresConfig.of(server.jdbcUrl(), EmbeddedPostgresServer.USER, null);
        final List<String> stored = new CopyOnWriteArrayList<>();
        try (PostgresSink sink = new PostgresSink(
                        kafka().withMaxBackoff(Duration.ofMillis(800)), db, new SinkListener() {
                            @Override
                            public void onStored(final Article article, final Instant at) {
                                stored.add(article.articleId());
                            }
                        })
                .start()) {
            send(Rows.article(Rows.id(1), 2));
            await().atMost(Duration.ofSeconds(30)).until(() -> stored.size() == 1);

            server.close();
            for (int i = 2; i <= 20; i++) {
                send(Rows.article(Rows.id(i), 2));
            }
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() -> stored.size() == 1);
            assertThat(sink.isRunning()).isTrue();

            server = EmbeddedPostgresServer.start(dataDir, port);
            await().atMost(Duration.ofSeconds(60)).until(() -> stored.size() == 20);
            assertThat(sink.isRunning()).isTrue();
            assertThat(Rows.count(db, "SELECT count(*) FROM articles")).isEqualTo(20);
            assertThat(Rows.count(db, "SELECT count(*) FROM paragraphs")).isEqualTo(40);
            assertThat(storedOffsets(db)).isEqualTo(20);
        } finally {
            server.close();
        }
    }

    @Test
    void shouldLoseNothingAndDoubleNothingWhenTheSinkIsKilledMidBatch() throws Exception {
        final PostgresConfig db = postgres.newDatabase();
        ArticleStore.migrate(db);
        final int articles = 600;
        final int paragraphs = 20;
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (int i = 1; i <= articles; i++) {
                final Article article = Rows.article(Rows.id(i), paragraphs);
                producer.send(new ProducerRecord<>(
                        Topics.ARTICLES.name(), key(article), Json.MAPPER.writeValueAsBytes(article)));
            }
            producer.flush();
        }

        Process child = startChild(db, "first");
        try {
            // kill while a transaction is open, after at least one has committed
            final String state;
            try (Connection watcher = DriverManager.getConnection(db.url(), db.user(), db.password());
                    PreparedStatement look = watcher.prepareStatement("SELECT (SELECT coalesce(sum(next_offset), 0)"
                            + " FROM sink_offsets), (SELECT max(state) FROM pg_stat_activity"
                            + " WHERE application_name = 'newsflow-sink' AND state <> 'idle')")) {
                state = await().atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(2))
                        .until(
                                () -> {
                                    try (ResultSet row = look.executeQuery()) {
                                        row.next();
                                        return row.getLong(1) > 0 && row.getLong(1) < articles
                                                ? row.getString(2)
                                                : null;
                                    }
                                },
                                Objects::nonNull);
                child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, the connection just drops
            }
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            System.out.printf(
                    "killed the sink with %d of %d articles stored, its session %s%n",
                    storedOffsets(db), articles, state);
        } finally {
            child.destroyForcibly();
        }
        assertThat(storedOffsets(db)).isLessThan(articles);
        assertConsistent(db, paragraphs);

        child = startChild(db, "second");
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> storedOffsets(db) == articles);
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
        assertConsistent(db, paragraphs);
        assertThat(Rows.count(db, "SELECT count(*) FROM articles")).isEqualTo(articles);
        assertThat(Rows.count(db, "SELECT count(DISTINCT article_id) FROM mentions"))
                .isEqualTo(articles);
    }

    /** Stored offsets and rows agree (one record per article), and no article is there in part. */
    private static void assertConsistent(final PostgresConfig db, final int paragraphs) throws SQLException {
        assertThat(Rows.count(db, "SELECT count(*) FROM articles")).isEqualTo(storedOffsets(db));
        assertThat(Rows.count(
                        db,
                        "SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM paragraphs p"
                                + " WHERE p.article_id = a.article_id) <> " + paragraphs))
                .isZero();
        assertThat(Rows.count(db, "SELECT count(*) FROM mentions")).isEqualTo(storedOffsets(db) * paragraphs * 3);
        assertThat(Rows.count(db, "SELECT count(*) FROM quotes")).isEqualTo(storedOffsets(db));
    }

    /** Sum of the stored next offsets: with one plain (non-transactional) producer, the number of records stored. */
    private static long storedOffsets(final PostgresConfig db) {
        try {
            return Rows.count(db, "SELECT coalesce(sum(next_offset), 0) FROM sink_offsets");
        } catch (final SQLException e) {
            return -1; // the schema is not there yet, or the database is down
        }
    }

    private Process startChild(final PostgresConfig db, final String name) throws Exception {
        final List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path")));
        if (System.getProperty("log4j2.configurationFile") != null) {
            command.add("-Dlog4j2.configurationFile=" + System.getProperty("log4j2.configurationFile"));
        }
        command.addAll(List.of(PostgresSinkProcess.class.getName(), broker.bootstrapServers(), db.url(), "50"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("sink-" + name + ".log").toFile())
                .start();
    }

    private SinkConfig kafka() {
        return SinkConfig.of(broker.bootstrapServers(), work.resolve("unused-outbox"));
    }

    private void send(final Article article) throws Exception {
        send(article.articleId(), Json.MAPPER.writeValueAsBytes(article));
    }

    private void send(final String key, final byte[] value) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), key.getBytes(StandardCharsets.UTF_8), value))
                    .get();
        }
    }

    private KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    private static byte[] key(final Article article) {
        return article.articleId().getBytes(StandardCharsets.UTF_8);
    }
}
