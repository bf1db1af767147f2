package io.newsflow.enrich.assembly;

import io.newsflow.contract.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The records of one article that have arrived so far, kept and dropped, each with its input offset (a dead-lettered
 * article names where each record came from). The assembler holds it in memory and stores each {@link Buffered} part
 * on its own.
 */
public record ArticleBuffer(List<Buffered> records) {

    public ArticleBuffer {
        records = records == null ? List.of() : List.copyOf(records);
    }

    public ArticleBuffer plus(final Buffered record) {
        final List<Buffered> next = new ArrayList<>(records);
        next.add(record);
        return new ArticleBuffer(next);
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
