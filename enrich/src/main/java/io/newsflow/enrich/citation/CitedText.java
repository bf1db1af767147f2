package io.newsflow.enrich.citation;

import io.newsflow.contract.Citation;
import java.util.List;
import java.util.Objects;

/** One paragraph with its citation markers split off: the clean text, and the citations in order of appearance. */
public record CitedText(String cleanText, List<Citation> citations) {

    public CitedText {
        Objects.requireNonNull(cleanText, "cleanText must not be null");
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
