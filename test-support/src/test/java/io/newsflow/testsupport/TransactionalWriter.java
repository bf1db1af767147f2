package io.newsflow.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes numbered records (value = sequence number, key = one of six, so every partition gets an ordered share) in
 * transactions of {@value #RECORDS_PER_TRANSACTION}, on its own thread, until told to stop. It keeps the sequence
 * numbers of the transactions whose commit returned: exactly what a read_committed consumer must see, once each.
 *
 * <p>It does no retrying of its own: any exception ends the run and fails the test. Riding through a broker failure is
 * the client's and the cluster's job, and that is what is under test.
 */
final class TransactionalWriter implements AutoCloseable {

    static final int RECORDS_PER_TRANSACTION = 10;
    private static final int KEYS = 6;

    private final KafkaProducer<String, String> producer;
    private final String topic;
    private final List<Integer> committed = new ArrayList<>();
    private final CompletableFuture<Void> run;
    private volatile boolean stopping;

    private TransactionalWriter(final String bootstrapServers, final String topic, final String transactionalId) {
        this.topic = topic;
        this.producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId,
                        ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(),
                new StringSerializer());
        producer.initTransactions();
        this.run = CompletableFuture.runAsync(
                this::writeUntilStopped, task -> new Thread(task, "transactional-writer-" + transactionalId).start());
    }

    /** Initialises the producer's transactions (this fences older instances) and starts writing. */
    static TransactionalWriter start(final String bootstrapServers, final String topic, final String transactionalId) {
        return new TransactionalWriter(bootstrapServers, topic, transactionalId);
    }

    synchronized int committedTransactions() {
        return committed.size() / RECORDS_PER_TRANSACTION;
    }

    /** Waits until {@code more} transactions beyond those committed now have committed; fails if the writer failed. */
    void awaitMoreCommits(final int more, final Duration timeout) {
        final int target = committedTransactions() + more;
        await("the writer committing " + target + " transactions")
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    if (committedTransactions() >= target) {
                        return true;
                    }
                    if (run.isDone()) {
                        rethrowFailure();
                        throw new IllegalStateException(
                                "The writer stopped before committing " + target + " transactions");
                    }
                    return false;
                });
    }

    /** Stops after the transaction in progress, and returns the committed sequence numbers in commit order. */
    List<Integer> stop() {
        stopping = true;
        rethrowFailure();
        synchronized (this) {
            return List.copyOf(committed);
        }
    }

    @Override
    public void close() {
        stopping = true;
        run.cancel(false);
        producer.close(Duration.ofSeconds(10));
    }

    static String keyOf(final int sequence) {
        return "key-" + sequence % KEYS;
    }

    private void writeUntilStopped() {
        int next = 0;
        while (!stopping) {
            producer.beginTransaction();
            for (int i = 0; i < RECORDS_PER_TRANSACTION; i++) {
                final int sequence = next + i;
                producer.send(new ProducerRecord<>(topic, keyOf(sequence), Integer.toString(sequence)));
            }
            producer.commitTransaction();
            synchronized (this) {
                for (int i = 0; i < RECORDS_PER_TRANSACTION; i++) {
                    committed.add(next + i);
                }
            }
            next += RECORDS_PER_TRANSACTION;
        }
    }

    private void rethrowFailure() {
        try {
            run.get(2, TimeUnit.MINUTES);
        } catch (final ExecutionException e) {
            throw new AssertionError("The transactional writer failed: " + e.getCause(), e.getCause());
        } catch (final TimeoutException e) {
            throw new AssertionError("The transactional writer did not finish its transaction", e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for the writer", e);
        }
    }
}
