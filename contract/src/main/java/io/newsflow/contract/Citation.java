package io.newsflow.contract;

/** A citation marker split off a sentence end: {@code … Kyiv Independent1.} is {@code {ref: 1, source: "Kyiv Independent"}}. */
public record Citation(int ref, String source) {

    public Citation {
        Fields.notNegative(ref, "ref");
        Fields.notBlank(source, "source");
    }
}
