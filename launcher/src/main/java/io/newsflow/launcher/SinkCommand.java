package io.newsflow.launcher;

import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkService;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow sink}: the file sink alone, against any Kafka cluster. */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Consume news-articles and write one JSON document per article into the outbox.")
final class SinkCommand implements Callable<Integer> {

    @Mixin
    private KafkaOptions kafka;

    @Option(names = "--outbox", paramLabel = "DIR", description = "Outbox directory (env NEWSFLOW_OUTBOX, default ./outbox).")
    private Path outbox;

    @Option(names = "--group-id", description = "Consumer group (env NEWSFLOW_SINK_GROUP_ID, default newsflow-sink).")
    private String groupId;

    @Override
    public Integer call() {
        final Map<String, String> env = kafka.environment(System.getenv());
        if (outbox != null) {
            env.put(SinkConfig.OUTBOX, outbox.toString());
        }
        if (groupId != null) {
            env.put(SinkConfig.GROUP_ID, groupId);
        }
        SinkConfig config = SinkConfig.fromEnvironment(env);
        config = config.withClientProperties(kafka.clientProperties(config.clientProperties()));
        final SinkService sink = new SinkService(config, new ProgressPrinter(System.out, null)).start();
        return UntilStopped.run("sink", sink, sink::isRunning);
    }
}
