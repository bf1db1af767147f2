package io.newsflow.enrich.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contract.EnrichedParagraph;
import io.newsflow.contract.Entity;
import java.util.List;

/** The offsets contract of {@link EnrichedParagraph}: entities point into {@code cleanText}, not into {@code text}. */
public final class EntityOffsets {

    private EntityOffsets() {}

    /** {@code paragraphs} have entities, and each entity's {@code start..end} in its clean text is its text. */
    public static void assertEntitiesPointIntoCleanText(final List<EnrichedParagraph> paragraphs) {
        assertThat(paragraphs).flatExtracting(EnrichedParagraph::entities).isNotEmpty();
        for (final EnrichedParagraph paragraph : paragraphs) {
            for (final Entity entity : paragraph.entities()) {
                assertThat(paragraph.cleanText().substring(entity.start(), entity.end()))
                        .as("entity %s in paragraph %d", entity, paragraph.index())
                        .isEqualTo(entity.text());
            }
        }
    }
}
