package io.newsflow.observability;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Liveness and readiness of one process. Live: every service thread that should run does (a dead one will not come
 * back: restart the process). Ready: live, and everything it needs works now: the broker answers, Kafka Streams is
 * RUNNING, the outbox is writable. A failed check always carries its reason.
 */
public final class Health {

    /** The result of a set of checks. */
    public record Report(boolean ok, List<Check> checks) {

        public Report {
            checks = List.copyOf(checks);
        }
    }

    private final List<HealthCheck> liveness = new ArrayList<>();
    private final List<HealthCheck> readiness = new ArrayList<>();

    /** A check that the process is alive; it is part of readiness too. */
    public Health live(final HealthCheck check) {
        liveness.add(check);
        return this;
    }

    /** A check that the process can do its work now. */
    public Health ready(final HealthCheck check) {
        readiness.add(check);
        return this;
    }

    public Report liveness() {
        return run(liveness);
    }

    public Report readiness() {
        final List<HealthCheck> all = new ArrayList<>(liveness);
        all.addAll(readiness);
        return run(all);
    }

    /** A check named {@code name} that passes while {@code running} says so. */
    public static HealthCheck running(final String name, final BooleanSupplier running) {
        return () -> running.getAsBoolean()
                ? Check.pass(name, name + " is running")
                : Check.fail(name, name + " has stopped; see the log for the error");
    }

    /** A check that passes when {@code state} is {@code RUNNING}, else says what it is. */
    public static HealthCheck streamsRunning(final String name, final Supplier<?> state) {
        return () -> {
            final String current = String.valueOf(state.get());
            return "RUNNING".equals(current)
                    ? Check.pass(name, "Kafka Streams is RUNNING")
                    : Check.fail(name, "Kafka Streams is " + current + ", not RUNNING");
        };
    }

    private static Report run(final List<HealthCheck> checks) {
        final List<Check> results = new ArrayList<>(checks.size());
        boolean ok = true;
        for (final HealthCheck check : checks) {
            Check result;
            try {
                result = check.check();
            } catch (final RuntimeException e) {
                result = Check.fail(check.getClass().getSimpleName(), "check failed: " + e);
            }
            results.add(result);
            ok &= result.ok();
        }
        return new Report(ok, results);
    }
}
