package io.newsflow.testsupport;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.broker.TopicProvisioner;
import io.newsflow.contract.Topic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real in-process KRaft broker ({@link LocalKafkaBroker}) per test class, with the class's topics created before
 * its first test and the broker stopped and its log deleted after its last. Register it as a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final KafkaBrokerExtension KAFKA = KafkaBrokerExtension.withTopics(Topics.ALL, 2);
 * }</pre>
 *
 * <p>A broker starts in a few seconds; sharing one per class is what keeps the integration suite fast. Tests of one
 * class therefore share the topics: each test keeps apart by what it writes (its own files, transactional ids, group
 * ids, article ids) or by topics of its own, never by assuming an empty topic.
 */
public final class KafkaBrokerExtension implements BeforeAllCallback, AfterAllCallback {

    private final List<Topic<?, ?>> topics;
    private final int partitions;
    private Path dataDir;
    private LocalKafkaBroker broker;

    private KafkaBrokerExtension(final Collection<? extends Topic<?, ?>> topics, final int partitions) {
        this.topics = List.copyOf(topics);
        this.partitions = partitions;
    }

    /** A broker on which {@code topics} exist with {@code partitions} partitions each (replication 1). */
    public static KafkaBrokerExtension withTopics(
            final Collection<? extends Topic<?, ?>> topics, final int partitions) {
        return new KafkaBrokerExtension(topics, partitions);
    }

    @Override
    public void beforeAll(final ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory(
                "kafka-" + context.getRequiredTestClass().getSimpleName());
        broker = LocalKafkaBroker.start(dataDir);
        try (Admin admin = Admin.create(broker.clientProperties())) {
            new TopicProvisioner(admin).ensure(topics, partitions, (short) 1);
        }
    }

    @Override
    public void afterAll(final ExtensionContext context) {
        if (broker != null) {
            broker.close();
            broker = null;
        }
        deleteRecursively(dataDir);
    }

    public LocalKafkaBroker broker() {
        if (broker == null) {
            throw new IllegalStateException("the broker runs only between the class's @BeforeAll and @AfterAll;"
                    + " register the extension on a static field");
        }
        return broker;
    }

    public String bootstrapServers() {
        return broker().bootstrapServers();
    }

    /** Properties for a Kafka client of this broker; a new map each time, so a test may add its own. */
    public Map<String, Object> clientProperties() {
        return broker().clientProperties();
    }

    /** Everything committed to {@code topic} so far, see {@link TopicRecords#readCommitted}. */
    public <K, V> List<ConsumerRecord<K, V>> readCommitted(final Topic<K, V> topic, final Duration wait) {
        return TopicRecords.readCommitted(clientProperties(), topic, wait);
    }

    private static void deleteRecursively(final Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (final Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot delete the broker's log " + dir, e);
        }
    }
}
