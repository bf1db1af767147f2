package io.newsflow.sink.postgres;

import io.newsflow.postgres.EmbeddedPostgresServer;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkListener;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The PostgreSQL sink alone in a JVM of its own, for the test that kills it with SIGKILL. Arguments: bootstrap servers,
 * JDBC URL, max.poll.records. Runs until killed.
 */
public final class PostgresSinkProcess {

    private PostgresSinkProcess() {}

    public static void main(final String[] args) throws InterruptedException {
        // static membership: a restarted sink takes the killed one's place at once, not after its session times out
        final SinkConfig kafka = SinkConfig.of(args[0], Path.of("unused-outbox"))
                .withClientProperties(Map.of(
                        "max.poll.records",
                        Integer.parseInt(args[2]),
                        "group.instance.id",
                        "postgres-sink-under-test"));
        final PostgresSink sink = new PostgresSink(
                        kafka, PostgresConfig.of(args[1], EmbeddedPostgresServer.USER, null), SinkListener.NONE)
                .start();
        System.out.println("SINK STARTED " + sink.isRunning());
        new CountDownLatch(1).await();
    }
}
