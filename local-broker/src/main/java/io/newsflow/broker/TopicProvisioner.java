package io.newsflow.broker;

import io.newsflow.contract.AdminPolling;
import io.newsflow.contract.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the pipeline's topics if they are missing, and waits until every partition has a leader: a topic returned by
 * {@code createTopics} is not yet writable, and producing before the leaders exist fails or stalls.
 */
public final class TopicProvisioner {

    private static final Duration LEADER_TIMEOUT = Duration.ofSeconds(60);

    private final Admin admin;

    public TopicProvisioner(final Admin admin) {
        this.admin = admin;
    }

    /**
     * Creates those of {@code topics} that do not exist yet; existing topics are left as they are. A replication factor
     * of 0 or less takes the cluster's {@code default.replication.factor}.
     */
    public void ensure(final Collection<Topic<?, ?>> topics, final int partitions, final short replicationFactor) {
        try {
            final Set<String> existing = admin.listTopics().names().get();
            final List<NewTopic> missing = new ArrayList<>();
            for (final Topic<?, ?> topic : topics) {
                if (!existing.contains(topic.name())) {
                    missing.add(newTopic(topic, partitions, replicationFactor));
                }
            }
            createIgnoringRaces(missing);
            awaitLeaders(topics.stream().map(Topic::name).collect(Collectors.toSet()));
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (final ExecutionException e) {
            throw new IllegalStateException(
                    "Cannot create topics: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static NewTopic newTopic(final Topic<?, ?> topic, final int partitions, final short replicationFactor) {
        final NewTopic newTopic = new NewTopic(
                topic.name(),
                Optional.of(partitions),
                replicationFactor > 0 ? Optional.of(replicationFactor) : Optional.empty());
        if (topic.compacted()) {
            newTopic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        }
        return newTopic;
    }

    private void createIgnoringRaces(final List<NewTopic> missing) throws InterruptedException, ExecutionException {
        for (final var result : admin.createTopics(missing).values().entrySet()) {
            try {
                result.getValue().get();
            } catch (final ExecutionException e) {
                // another instance created it between our list and our create: that is the state we want
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }

    private void awaitLeaders(final Set<String> names) {
        AdminPolling.await(
                admin,
                "every partition of " + names + " has a leader",
                LEADER_TIMEOUT,
                a -> a.describeTopics(names).allTopicNames().get().values().stream()
                        .flatMap(description -> description.partitions().stream())
                        .allMatch(partition -> partition.leader() != null
                                && !partition.leader().isEmpty()));
    }
}
