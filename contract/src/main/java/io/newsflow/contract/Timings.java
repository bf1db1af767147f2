package io.newsflow.contract;

import java.time.Instant;

/** When the article was published by ingest and when enrich completed it. */
public record Timings(Instant ingestedAt, Instant assembledAt) {

    public Timings {
        Fields.notNull(ingestedAt, "ingestedAt");
        Fields.notNull(assembledAt, "assembledAt");
    }
}
