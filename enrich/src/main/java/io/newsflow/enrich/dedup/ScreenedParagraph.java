package io.newsflow.enrich.dedup;

import io.newsflow.contract.Paragraph;
import java.util.Objects;

/**
 * A record of the copy being assembled, after de-duplication: {@code kept} false when it was dropped as a repeat (and
 * reported on {@code news-duplicates}). Assembly needs the dropped ones too: they count towards the article's
 * {@code count}.
 */
public record ScreenedParagraph(Paragraph paragraph, boolean kept) {

    public ScreenedParagraph {
        Objects.requireNonNull(paragraph, "paragraph must not be null");
    }
}
