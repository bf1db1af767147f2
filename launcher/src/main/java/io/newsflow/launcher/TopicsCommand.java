package io.newsflow.launcher;

import io.newsflow.broker.TopicProvisioner;
import io.newsflow.contract.ClientProperties;
import io.newsflow.contract.Topic;
import io.newsflow.contract.Topics;
import io.newsflow.contract.settings.Setting;
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
@Command(
        name = "topics",
        mixinStandardHelpOptions = true,
        description = "Create the pipeline's topics if missing (idempotent), or describe them.",
        subcommands = {TopicsCommand.Create.class, TopicsCommand.Describe.class})
final class TopicsCommand {

    static final String PARTITIONS = "NEWSFLOW_TOPIC_PARTITIONS";
    static final String REPLICATION_FACTOR = "NEWSFLOW_TOPIC_REPLICATION_FACTOR";
    private static final Setting<Integer> PARTITIONS_SETTING = Setting.integer(PARTITIONS, "4");
    /** No default: the cluster's {@code default.replication.factor}. */
    private static final Setting<Integer> REPLICATION_SETTING = Setting.integer(REPLICATION_FACTOR, null);
    /** The settings of {@code topics create}, for the documentation test. */
    static final List<Setting<?>> SETTINGS = List.of(PARTITIONS_SETTING, REPLICATION_SETTING);

    private TopicsCommand() {}

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Create the missing topics; the ledger is compacted. Existing topics are left as they are.")
    static final class Create implements Callable<Integer> {

        @Mixin
        private KafkaOptions kafka;

        @Option(
                names = "--partitions",
                description = "Partitions per topic (env " + PARTITIONS + ", default 4): "
                        + "the most instances of enrich or sink that can share the work.")
        private Integer partitions;

        @Option(
                names = "--replication-factor",
                description = "Replicas per partition (env " + REPLICATION_FACTOR
                        + "); default: the cluster's default.replication.factor.")
        private Short replicationFactor;

        @Override
        public Integer call() {
            final Map<String, String> vars = kafka.flags()
                    .set(PARTITIONS, partitions)
                    .set(REPLICATION_FACTOR, replicationFactor)
                    .over(System.getenv());
            final int count = positive(PARTITIONS, PARTITIONS_SETTING.from(vars));
            final short replicas = REPLICATION_SETTING
                    .optional(vars)
                    .map(factor -> (short) Math.min(positive(REPLICATION_FACTOR, factor), Short.MAX_VALUE))
                    .orElse((short) -1);
            try (Admin admin = Admin.create(adminProperties(kafka, vars))) {
                new TopicProvisioner(admin).ensure(Topics.ALL, count, replicas);
            }
            System.out.println(
                    "Topics ready: " + Topics.ALL.stream().map(Topic::name).toList());
            return 0;
        }
    }

    @Command(
            name = "describe",
            mixinStandardHelpOptions = true,
            description = "Show partitions, replicas and cleanup policy.")
    static final class Describe implements Callable<Integer> {

        @Mixin
        private KafkaOptions kafka;

        @Override
        public Integer call() throws InterruptedException, ExecutionException {
            final Map<String, String> env = kafka.flags().over(System.getenv());
            final List<String> names = Topics.ALL.stream().map(Topic::name).toList();
            try (Admin admin = Admin.create(adminProperties(kafka, env))) {
                final var existing = admin.listTopics().names().get();
                for (final String name : names) {
                    if (!existing.contains(name)) {
                        System.out.printf("%-26s missing%n", name);
                        continue;
                    }
                    final TopicDescription description = admin.describeTopics(List.of(name))
                            .allTopicNames()
                            .get()
                            .get(name);
                    final ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
                    final Config config =
                            admin.describeConfigs(List.of(resource)).all().get().get(resource);
                    System.out.printf(
                            "%-26s partitions=%d replicas=%d cleanup.policy=%s retention.ms=%s%n",
                            name,
                            description.partitions().size(),
                            description.partitions().get(0).replicas().size(),
                            config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value(),
                            config.get(TopicConfig.RETENTION_MS_CONFIG).value());
                }
            }
            return 0;
        }
    }

    private static Map<String, Object> adminProperties(final KafkaOptions kafka, final Map<String, String> env) {
        final String bootstrap = ClientProperties.BOOTSTRAP_SERVERS.from(env);
        if (bootstrap == null) {
            throw new IllegalArgumentException(ClientProperties.BOOTSTRAP_SERVERS_VARIABLE
                    + " (or --bootstrap-servers) must name at least one Kafka broker");
        }
        final Map<String, Object> props = new HashMap<>(kafka.clientProperties(ClientProperties.fromEnvironment(env)));
        props.putIfAbsent(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return props;
    }

    private static int positive(final String variable, final int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(variable + " must be a positive whole number, was " + value);
        }
        return value;
    }
}
