package io.newsflow.ingest.inbox;

import java.time.Instant;
import java.util.Objects;

/**
 * The {@code <file>.error.json} written beside a quarantined file:
 * {@code {"file", "stage": "ingest", "reason", "detail", "time"}}, time in ISO-8601. {@code reason} is one of
 * {@link io.newsflow.ingest.parse.RejectReason}'s names.
 */
public record ErrorReport(String file, String stage, String reason, String detail, Instant time) {

    public static final String STAGE = "ingest";

    public ErrorReport {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(stage, "stage must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
        Objects.requireNonNull(time, "time must not be null");
    }
}
