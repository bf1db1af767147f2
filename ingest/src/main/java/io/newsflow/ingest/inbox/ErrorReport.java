package io.newsflow.ingest.inbox;

import io.newsflow.ingest.parse.BadItem;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The {@code <file>.error.json} written beside a quarantined file:
 * {@code {"file", "stage": "ingest", "reason", "detail", "time"}}, time in ISO-8601. {@code reason} is one of
 * {@link io.newsflow.ingest.parse.RejectReason}'s names. For a feed or JSON Lines file with bad items ({@code reason}
 * {@code BAD_ITEMS}) {@code items} lists them, in file order: {@code {"position", "id", "reason", "detail"}}; it is
 * absent otherwise.
 */
public record ErrorReport(String file, String stage, String reason, String detail, Instant time, List<Item> items) {

    /** One bad item: its position (feed item number, JSON Lines line number), its own id if any, why. */
    public record Item(int position, String id, String reason, String detail) {
        public Item {
            Objects.requireNonNull(reason, "reason must not be null");
            Objects.requireNonNull(detail, "detail must not be null");
        }

        public static Item of(final BadItem bad) {
            return new Item(bad.position(), bad.id(), bad.reason().name(), bad.detail());
        }
    }

    public ErrorReport(
            final String file, final String stage, final String reason, final String detail, final Instant time) {
        this(file, stage, reason, detail, time, null);
    }

    public static final String STAGE = "ingest";

    public ErrorReport {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(stage, "stage must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
        Objects.requireNonNull(time, "time must not be null");
        items = items == null || items.isEmpty() ? null : List.copyOf(items);
    }
}
