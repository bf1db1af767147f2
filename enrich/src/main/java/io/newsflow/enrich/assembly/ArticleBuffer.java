package io.newsflow.enrich.assembly;

import io.newsflow.contract.Paragraph;
import java.util.List;
import java.util.Objects;

/**
 * The records of one article that have arrived so far, kept and dropped, each with its input offset (a dead-lettered
 * article names where each record came from): what the assembler enriches once all of them are there. The store
 * holds them as {@link StoredParts}.
 */
public record ArticleBuffer(List<Buffered> records) {

    public ArticleBuffer {
        records = records == null ? List.of() : List.copyOf(records);
    }

    public List<Paragraph> kept() {
        return records.stream().filter(Buffered::kept).map(Buffered::paragraph).toList();
    }

    public int dropped() {
        return (int) records.stream().filter(record -> !record.kept()).count();
    }

    /** One arrived record: {@code kept} false when de-duplication dropped it. */
    public record Buffered(Paragraph paragraph, boolean kept, long offset) {

        public Buffered {
            Objects.requireNonNull(paragraph, "paragraph must not be null");
        }
    }
}
