package io.newsflow.observability;

/** One health check. Called from the HTTP server's threads; must return within a few seconds and never throw. */
@FunctionalInterface
public interface HealthCheck {

    Check check();
}
