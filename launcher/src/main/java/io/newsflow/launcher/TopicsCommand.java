package io.newsflow.launcher;

import io.newsflow.broker.TopicProvisioner;
import io.newsflow.contract.ClientProperties;
import io.newsflow.contract.Topic;
import io.newsflow.contract.Topics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow topics create|describe}: create the pipeline's topics on a cluster, or show how they are set up. */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Create the pipeline's topics if missing (idempotent), or describe them.",
        subcommands = {TopicsCommand.Create.class, TopicsCommand.Describe.class})
final class TopicsCommand {

    static final String PARTITIONS = "NEWSFLOW_TOPIC_PARTITIONS";
    static final String REPLICATION_FACTOR = "NEWSFLOW_TOPIC_REPLICATION_FACTOR";

    private TopicsCommand() {
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create the missing topics; the ledger is compacted. Existing topics are left as they are.")
    static final class Create implements Callable<Integer> {

        @Mixin
        private KafkaOptions kafka;

        @Option(names = "--partitions", description = "Partitions per topic (env " + PARTITIONS + ", default 4): "
                + "the most instances of enrich or sink that can share the work.")
        private Integer partitions;

        @Option(names = "--replication-factor", description = "Replicas per partition (env " + REPLICATION_FACTOR
                + "); default: the cluster's default.replication.factor.")
        private Short replicationFactor;

        @Override
        public Integer call() {
            final Map<String, String> env = kafka.environment(System.getenv());
            final int count = partitions != null ? partitions : positiveInt(env, PARTITIONS, 4);
            final short replicas = replicationFactor != null ? replicationFactor
                    : (short) positiveInt(env, REPLICATION_FACTOR, -1);
            try (Admin admin = Admin.create(adminProperties(kafka, env))) {
                new TopicProvisioner(admin).ensure(Topics.ALL, count, replicas);
            }
            System.out.println("Topics ready: " + Topics.ALL.stream().map(Topic::name).toList());
            return 0;
        }
    }

    @Command(name = "describe", mixinStandardHelpOptions = true, description = "Show partitions, replicas and cleanup policy.")
    static final class Describe implements Callable<Integer> {

        @Mixin
        private KafkaOptions kafka;

        @Override
        public Integer call() throws InterruptedException, ExecutionException {
            final Map<String, String> env = kafka.environment(System.getenv());
            final List<String> names = Topics.ALL.stream().map(Topic::name).toList();
            try (Admin admin = Admin.create(adminProperties(kafka, env))) {
                final var existing = admin.listTopics().names().get();
                for (final String name : names) {
                    if (!existing.contains(name)) {
                        System.out.printf("%-26s missing%n", name);
                        continue;
                    }
                    final TopicDescription description = admin.describeTopics(List.of(name)).allTopicNames().get()
                            .get(name);
                    final ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
                    final Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
                    System.out.printf("%-26s partitions=%d replicas=%d cleanup.policy=%s retention.ms=%s%n", name,
                            description.partitions().size(), description.partitions().get(0).replicas().size(),
                            config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value(),
                            config.get(TopicConfig.RETENTION_MS_CONFIG).value());
                }
            }
            return 0;
        }
    }

    private static Map<String, Object> adminProperties(final KafkaOptions kafka, final Map<String, String> env) {
        final String bootstrap = env.get("NEWSFLOW_BOOTSTRAP_SERVERS");
        if (bootstrap == null || bootstrap.isBlank()) {
            throw new IllegalArgumentException(
                    "NEWSFLOW_BOOTSTRAP_SERVERS (or --bootstrap-servers) must name at least one Kafka broker");
        }
        final Map<String, Object> props = new HashMap<>(kafka.clientProperties(ClientProperties.fromEnvironment(env)));
        props.putIfAbsent(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return props;
    }

    private static int positiveInt(final Map<String, String> env, final String name, final int fallback) {
        final String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        final int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (final NumberFormatException e) {
            throw new IllegalArgumentException(name + "=" + value + " must be a positive integer", e);
        }
        if (parsed <= 0) {
            throw new IllegalArgumentException(name + "=" + value + " must be a positive integer");
        }
        return parsed;
    }
}
