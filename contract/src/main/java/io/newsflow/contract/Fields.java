package io.newsflow.contract;

import java.util.List;
import java.util.Objects;

/** Compact-constructor checks shared by the records: every failure names the field it is about. */
final class Fields {
    private Fields() {}

    static String notBlank(final String value, final String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    static <T> T notNull(final T value, final String field) {
        return Objects.requireNonNull(value, () -> field + " must not be null");
    }

    static int notNegative(final int value, final String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
        return value;
    }

    /** Null becomes empty: a record read from JSON without the array is still usable. */
    static <T> List<T> listOf(final List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
