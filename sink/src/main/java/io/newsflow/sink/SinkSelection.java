package io.newsflow.sink;

import io.newsflow.sink.postgres.PostgresConfig;
import java.util.Locale;
import java.util.Map;

/**
 * Which sinks {@code newsflow sink} runs, from {@code NEWSFLOW_SINKS}: a comma-separated list of {@code files} and
 * {@code postgres}. Unset, it is {@code files}, plus {@code postgres} when {@code NEWSFLOW_POSTGRES_URL} is set.
 */
public record SinkSelection(boolean files, boolean postgres) {

    public static final String SINKS = "NEWSFLOW_SINKS";

    public SinkSelection {
        if (!files && !postgres) {
            throw new IllegalArgumentException(SINKS + " must name at least one of: files, postgres");
        }
    }

    public static SinkSelection fromEnvironment(final Map<String, String> env) {
        final boolean urlGiven = env.get(PostgresConfig.URL) != null && !env.get(PostgresConfig.URL).isBlank();
        final String value = env.get(SINKS);
        if (value == null || value.isBlank()) {
            return new SinkSelection(true, urlGiven);
        }
        boolean files = false;
        boolean postgres = false;
        for (final String name : value.split(",")) {
            switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "files" -> files = true;
                case "postgres" -> postgres = true;
                case "" -> {
                    // tolerate "files," and doubled commas
                }
                default -> throw new IllegalArgumentException(SINKS + "=" + value + ": unknown sink '" + name.strip()
                        + "'; allowed: files, postgres");
            }
        }
        if (postgres && !urlGiven) {
            throw new IllegalArgumentException(SINKS + "=" + value + " needs " + PostgresConfig.URL
                    + " (or --postgres-url) to name the database");
        }
        return new SinkSelection(files, postgres);
    }
}
