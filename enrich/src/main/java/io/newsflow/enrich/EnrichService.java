package io.newsflow.enrich;

import io.newsflow.enrich.story.StoryIndexTopic;
import io.newsflow.tagger.EntityTagger;
import java.time.Duration;
import java.util.Set;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich service: the {@link EnrichTopology} running in a {@link KafkaStreams} client. {@link #start()} returns at
 * once; {@link #awaitRunning} waits until the client has joined the group and restored its state.
 *
 * <p>A stream thread that dies is replaced, a few times; then the client shuts down ({@link FailedThreadHandler}).
 * Poison records never kill a thread: they go to {@code news-dlq}.
 */
public final class EnrichService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    private static final Set<KafkaStreams.State> FINAL_STATES = Set.of(
            KafkaStreams.State.PENDING_SHUTDOWN, KafkaStreams.State.NOT_RUNNING,
            KafkaStreams.State.PENDING_ERROR, KafkaStreams.State.ERROR);

    private final KafkaStreams streams;
    private final EnrichConfig config;
    private final Object stateChanged = new Object();

    public EnrichService(final EnrichConfig config, final EntityTagger tagger) {
        this.config = config;
        this.streams = new KafkaStreams(EnrichTopology.build(config, tagger), config.streamsProperties());
        streams.setUncaughtExceptionHandler(new FailedThreadHandler());
        streams.setStateListener((next, previous) -> {
            LOG.info("enrich {} → {}", previous, next);
            synchronized (stateChanged) {
                stateChanged.notifyAll();
            }
        });
    }

    /** Creates the story index topic if it is missing (near-duplicate detection on), then starts the client. */
    public void start() {
        if (config.stories().enabled()) {
            StoryIndexTopic.ensure(config.streamsProperties(), config.storyIndexTopic());
        }
        streams.start();
    }

    /**
     * Waits until the client is {@code RUNNING}.
     *
     * @throws IllegalStateException if it is shutting down or failed, or is not running within {@code timeout}
     */
    public void awaitRunning(final Duration timeout) throws InterruptedException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (stateChanged) {
            while (streams.state() != KafkaStreams.State.RUNNING) {
                final long remainingMillis =
                        Duration.ofNanos(deadline - System.nanoTime()).toMillis();
                if (FINAL_STATES.contains(streams.state()) || remainingMillis <= 0) {
                    throw new IllegalStateException("enrich is " + streams.state() + ", not RUNNING within " + timeout);
                }
                stateChanged.wait(remainingMillis);
            }
        }
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Healthy while processing or rebalancing; not once it stops or fails. */
    public boolean isHealthy() {
        return streams.state().isRunningOrRebalancing();
    }

    /** The underlying client, for metrics and interactive queries. */
    public KafkaStreams streams() {
        return streams;
    }

    /**
     * Stops processing and leaves the consumer group. Kafka Streams stays in the group by default, which makes the
     * next start of this instance wait out the old member's session timeout (45 s) before it gets its tasks back;
     * a stopped instance is gone, so its partitions are handed over at once.
     */
    @Override
    public void close() {
        if (!streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(CLOSE_TIMEOUT))) {
            LOG.warn("enrich did not shut down within {}", CLOSE_TIMEOUT);
        }
    }
}
