package io.newsflow.sink;

import io.newsflow.contract.settings.Setting;
import io.newsflow.sink.postgres.PostgresConfig;
import java.util.List;
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

    private static final Setting<SinkSelection> SELECTION =
            Setting.of(SINKS, "files", "a comma-separated list of files and postgres", SinkSelection::parse);
    /** The one setting, for the documentation test. */
    public static final List<Setting<?>> SETTINGS = List.of(SELECTION);

    public static SinkSelection fromEnvironment(final Map<String, String> env) {
        final boolean urlGiven = PostgresConfig.isConfigured(env);
        if (!SELECTION.isSet(env)) {
            return new SinkSelection(true, urlGiven);
        }
        final SinkSelection selection = SELECTION.from(env);
        if (selection.postgres() && !urlGiven) {
            throw new IllegalArgumentException(SINKS + "=" + env.get(SINKS) + " needs " + PostgresConfig.URL
                    + " (or --postgres-url) to name the database");
        }
        return selection;
    }

    private static SinkSelection parse(final String value) {
        boolean files = false;
        boolean postgres = false;
        for (final String name : value.split(",")) {
            switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "files" -> files = true;
                case "postgres" -> postgres = true;
                case "" -> {
                    // tolerate "files," and doubled commas
                }
                default -> throw new IllegalArgumentException("unknown sink '" + name.strip() + "'");
            }
        }
        return new SinkSelection(files, postgres);
    }
}
