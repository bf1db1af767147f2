package io.newsflow.launcher;

import io.newsflow.broker.HangingTransactions;
import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.broker.TopicProvisioner;
import io.newsflow.contract.Topics;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow broker} (hidden): the local run's single-node KRaft broker alone, in a process of its own, with the
 * pipeline's topics. Crash tests run it as a child process so they can stop it with SIGTERM or SIGKILL and start it
 * again on the same data directory and port; a restart resumes its topics, offsets and transactions.
 */
@Command(
        name = "broker",
        hidden = true,
        mixinStandardHelpOptions = true,
        description = "Run a local single-node Kafka broker with the pipeline's topics (for tests).")
final class BrokerCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", required = true, description = "Broker log directory.")
    private Path dataDir;

    @Option(names = "--port", required = true, description = "Listener port; keep it across restarts.")
    private int port;

    @Option(
            names = "--partitions",
            defaultValue = "2",
            description = "Partitions per topic (default: ${DEFAULT-VALUE}).")
    private int partitions;

    @Override
    public Integer call() {
        final LocalKafkaBroker broker = LocalKafkaBroker.start(dataDir.toAbsolutePath(), port, Map.of());
        try (Admin admin = Admin.create(broker.clientProperties())) {
            new TopicProvisioner(admin).ensure(Topics.ALL, partitions, (short) 1);
            HangingTransactions.endLater(broker.clientProperties());
        } catch (final RuntimeException e) {
            broker.close();
            throw e;
        }
        System.out.println("broker is ready: " + broker.bootstrapServers());
        System.out.flush();
        return UntilStopped.run("broker", broker, () -> true);
    }
}
