package io.newsflow.observability;

import java.util.Objects;

/** The outcome of one health check: its name, whether it passed, and why (always said, so a failure explains itself). */
public record Check(String name, boolean ok, String detail) {

    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detail, "detail");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }

    public static Check pass(final String name, final String detail) {
        return new Check(name, true, detail);
    }

    public static Check fail(final String name, final String detail) {
        return new Check(name, false, detail);
    }
}
