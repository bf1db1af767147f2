package io.newsflow.contract;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;

/**
 * Polls the cluster through an {@link Admin} until a condition holds: the one wait loop of every "until the broker
 * answers", "until the partitions have leaders", "until the replicas are in sync". A started server is not yet a usable
 * one (it answers only once it has joined the quorum and registered), and a created topic is not yet writable (its
 * partitions get leaders a moment later), so "ready" is always something a client observes. The pause between polls
 * is production polling of an admin API, not a test's sleep.
 */
public final class AdminPolling {

    /** What to observe; a failed or timed-out admin call counts as "not yet", any other exception ends the wait. */
    @FunctionalInterface
    public interface Condition {
        boolean holds(Admin admin) throws ExecutionException, TimeoutException, InterruptedException;
    }

    private static final long PAUSE_MS = 100;

    private AdminPolling() {}

    /** Returns once {@code condition} holds; throws naming {@code what} if it still does not after {@code timeout}. */
    public static void await(final Admin admin, final String what, final Duration timeout, final Condition condition) {
        final long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        try {
            while (System.nanoTime() < deadline) {
                try {
                    if (condition.holds(admin)) {
                        return;
                    }
                } catch (final ExecutionException | TimeoutException e) {
                    last = e;
                }
                Thread.sleep(PAUSE_MS);
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting until " + what, e);
        }
        throw new IllegalStateException("Not true after " + timeout + ": " + what, last);
    }
}
