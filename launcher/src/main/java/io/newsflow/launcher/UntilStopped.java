package io.newsflow.launcher;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps a started service running until SIGTERM/Ctrl-C, or until it stops by itself; then closes it once. */
final class UntilStopped {

    private static final Logger LOG = LoggerFactory.getLogger(UntilStopped.class);

    private UntilStopped() {}

    /** Returns 0 after a requested stop, 1 when the service died on its own. */
    static int run(final String name, final AutoCloseable service, final BooleanSupplier alive) {
        final AtomicBoolean stopRequested = new AtomicBoolean();
        final CountDownLatch closed = new CountDownLatch(1);
        final Thread hook = new Thread(
                () -> {
                    stopRequested.set(true);
                    LOG.info("Stopping {}...", name);
                    close(name, service);
                    closed.countDown();
                },
                "newsflow-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            while (!closed.await(500, TimeUnit.MILLISECONDS)) {
                // a service that is being closed stops looking alive: only an unrequested stop is a failure
                if (!stopRequested.get() && !alive.getAsBoolean()) {
                    return diedOnItsOwn(name, service, hook);
                }
            }
            return 0;
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static int diedOnItsOwn(final String name, final AutoCloseable service, final Thread hook) {
        LOG.error("{} stopped unexpectedly; see the errors above", name);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (final IllegalStateException e) {
            // the JVM is already shutting down: the hook closes the service
            return 1;
        }
        close(name, service);
        return 1;
    }

    private static void close(final String name, final AutoCloseable service) {
        try {
            service.close();
            LOG.info("{} stopped", name);
        } catch (final Exception e) {
            LOG.error("{} did not stop cleanly", name, e);
        }
    }
}
