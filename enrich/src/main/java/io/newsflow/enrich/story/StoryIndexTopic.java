package io.newsflow.enrich.story;

import io.newsflow.contract.AdminPolling;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the story index topic before Kafka Streams starts, as Streams creates its own internal topics: one
 * partition (the index must see every article), Streams' {@code replication.factor} (default: the cluster's
 * {@code default.replication.factor}), delete cleanup. Enrich owns it — it is named after the application id, so
 * {@code newsflow topics create} need not know it, and every cluster enrich runs on gets it. An existing topic with
 * more than one partition is refused: the index would silently see only part of the articles.
 */
public final class StoryIndexTopic {

    private static final Logger LOG = LoggerFactory.getLogger(StoryIndexTopic.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private StoryIndexTopic() {}

    public static void ensure(final Properties streamsProperties, final String topic) {
        final StreamsConfig config = new StreamsConfig(streamsProperties);
        final Map<String, Object> adminConfig = config.getAdminConfigs("newsflow-enrich-story-index-admin");
        final int replicationFactor = config.getInt(StreamsConfig.REPLICATION_FACTOR_CONFIG);
        try (Admin admin = Admin.create(adminConfig)) {
            try {
                admin.createTopics(List.of(new NewTopic(
                                        topic,
                                        Optional.of(1),
                                        replicationFactor > 0
                                                ? Optional.of((short) replicationFactor)
                                                : Optional.empty())
                                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE))))
                        .all()
                        .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                LOG.info("Created the story index topic {}", topic);
            } catch (final ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("Could not create the story index topic " + topic, e.getCause());
                }
            }
            awaitOnePartitionWithLeader(admin, topic);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating the story index topic " + topic, e);
        } catch (final TimeoutException e) {
            throw new IllegalStateException("The story index topic " + topic + " was not created within " + TIMEOUT, e);
        }
    }

    private static void awaitOnePartitionWithLeader(final Admin admin, final String topic) {
        AdminPolling.await(admin, "the story index topic " + topic + " has a leader", TIMEOUT, a -> {
            final TopicDescription description = a.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .get(topic);
            if (description.partitions().size() != 1) {
                throw new IllegalStateException("The story index topic " + topic + " has "
                        + description.partitions().size() + " partitions; it must have exactly 1 (delete it,"
                        + " enrich creates it)");
            }
            return description.partitions().get(0).leader() != null;
        });
    }
}
