package io.newsflow.contract.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One setting of a Newsflow service, read from an environment variable: its name, the text of its default (as a user
 * would write it, parsed by the same rule as a user's value) and how its text becomes a typed value. This is the one
 * way every service reads its settings: a service's config record declares its settings as constants, reads each
 * with {@link #from(Map)} from the environment with the command's flags laid over it ({@link #layered}), and lists
 * them in its {@code SETTINGS}, the registry the documentation test compares with {@code docs/configuration.md}.
 *
 * <p>Absent and blank values mean the default. A value that cannot be read fails with an
 * {@link IllegalArgumentException} naming the variable, the value and what is expected
 * ({@code NEWSFLOW_MIN_FILE_AGE_MS=soon: must be a whole number}); ranges and relations between settings are
 * checked by the config record's constructor, with the variable's name too.
 *
 * <p>Chosen over Kafka's {@code ConfigDef}: the settings are environment variables read into typed records
 * ({@link Duration}, {@link Path}, enums, sets) whose compact constructors already validate ranges, and several
 * defaults derive from other settings ({@code <inbox>/processed}); {@code ConfigDef} has none of those types, hands
 * values back by name as {@code Object} and would need a custom validator and a second parse for each of them.
 *
 * @param <T> the value's type
 */
public final class Setting<T> {

    private final String name;
    private final String defaultText;
    private final String expected;
    private final Function<String, T> parser;
    private final T defaultValue;

    private Setting(
            final String name, final String defaultText, final String expected, final Function<String, T> parser) {
        if (name == null || !name.matches("NEWSFLOW_[A-Z0-9_]+")) {
            throw new IllegalArgumentException("a setting's name must be NEWSFLOW_ and capitals, was " + name);
        }
        this.name = name;
        this.defaultText = defaultText;
        this.expected = Objects.requireNonNull(expected, "expected");
        this.parser = Objects.requireNonNull(parser, "parser");
        // a default that does not parse is a bug: fail when the class declaring it loads
        this.defaultValue = defaultText == null ? null : parse(defaultText);
    }

    /** A setting read with {@code parser}, which throws {@link IllegalArgumentException} for a bad value. */
    public static <T> Setting<T> of(
            final String name, final String defaultText, final String expected, final Function<String, T> parser) {
        return new Setting<>(name, defaultText, expected, parser);
    }

    /** Text, stripped of surrounding white space. */
    public static Setting<String> text(final String name, final String defaultText) {
        return new Setting<>(name, defaultText, "text", value -> value);
    }

    /** A whole number ({@code long}). */
    public static Setting<Long> wholeNumber(final String name, final String defaultText) {
        return new Setting<>(name, defaultText, "a whole number", Long::parseLong);
    }

    /** A whole number that fits an {@code int}. */
    public static Setting<Integer> integer(final String name, final String defaultText) {
        return new Setting<>(name, defaultText, "a whole number", Integer::parseInt);
    }

    /** A decimal number. */
    public static Setting<Double> decimal(final String name, final String defaultText) {
        return new Setting<>(name, defaultText, "a number such as 0.4", Double::parseDouble);
    }

    /** A duration given in whole milliseconds ({@code ..._MS} variables). */
    public static Setting<Duration> millis(final String name, final String defaultText) {
        return new Setting<>(
                name, defaultText, "a whole number of milliseconds", value -> Duration.ofMillis(Long.parseLong(value)));
    }

    /** An ISO-8601 duration such as {@code P7D} or {@code PT30S}. */
    public static Setting<Duration> duration(final String name, final String defaultText) {
        return new Setting<>(name, defaultText, "an ISO-8601 duration such as P7D or PT30S", Duration::parse);
    }

    /** A file system path. */
    public static Setting<Path> path(final String name, final String defaultText) {
        return new Setting<>(name, defaultText, "a path", Path::of);
    }

    /** One of an enum's constants, in any case. */
    public static <E extends Enum<E>> Setting<E> choice(
            final String name, final Class<E> type, final String defaultText) {
        final Map<String, E> byName = Arrays.stream(type.getEnumConstants())
                .collect(Collectors.toMap(c -> c.name().toLowerCase(Locale.ROOT), c -> c));
        final String allowed = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        return new Setting<>(name, defaultText, "one of " + allowed, value -> {
            final E constant = byName.get(value.toLowerCase(Locale.ROOT));
            if (constant == null) {
                throw new IllegalArgumentException();
            }
            return constant;
        });
    }

    /** The environment with {@code overrides} (e.g. a command's flags, keyed by the same variables) laid over it. */
    public static Map<String, String> layered(final Map<String, String> env, final Map<String, String> overrides) {
        final Map<String, String> vars = new HashMap<>(env);
        vars.putAll(overrides);
        return vars;
    }

    public String name() {
        return name;
    }

    /** The default as documented, or null when there is none or it derives from other settings. */
    public String defaultText() {
        return defaultText;
    }

    /** The value in {@code vars}, or the default (null if there is none). */
    public T from(final Map<String, String> vars) {
        return optional(vars).orElse(defaultValue);
    }

    /** The value in {@code vars}, or {@code fallback}: for defaults that derive from other settings. */
    public T from(final Map<String, String> vars, final T fallback) {
        return optional(vars).orElse(fallback);
    }

    /** The value in {@code vars}, empty when the variable is absent or blank. */
    public Optional<T> optional(final Map<String, String> vars) {
        final String value = vars.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(parse(value.strip()));
    }

    /** The variable's text exactly as given, white space included, or null: for secrets such as passwords. */
    public String verbatim(final Map<String, String> vars) {
        return vars.get(name);
    }

    public boolean isSet(final Map<String, String> vars) {
        final String value = vars.get(name);
        return value != null && !value.isBlank();
    }

    private T parse(final String value) {
        try {
            return Objects.requireNonNull(parser.apply(value));
        } catch (final IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            // NumberFormatException and InvalidPathException are IllegalArgumentExceptions
            final String detail =
                    e instanceof NumberFormatException || e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
            throw new IllegalArgumentException(name + "=" + value + ": must be " + expected + detail, e);
        }
    }

    @Override
    public String toString() {
        return name + (defaultText == null ? "" : " (default " + defaultText + ")");
    }
}
