package io.newsflow.enrich.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contract.Paragraph;
import io.newsflow.contract.ParagraphKind;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ArticleAssemblerPartKeyTest {

    private static final Paragraph HEADLINE = new Paragraph(
            "a1b2c3d4e5f60718",
            "file.txt",
            "hash",
            Instant.parse("2026-12-07T00:00:00Z"),
            "Headline",
            ParagraphKind.HEADLINE,
            0,
            1,
            null,
            "Headline",
            null);

    /** Parts already in a store keep their keys across an upgrade: the keys are the {@code %019d} ones. */
    @Test
    void shouldKeyPartsAsTheFormattedOffsetDid() {
        for (final long offset : new long[] {0, 7, 42, 1_000_000, 123_456_789_012L, Long.MAX_VALUE, -1}) {
            assertThat(ArticleAssembler.partKey("a1b2c3d4e5f60718", new ArticleBuffer.Buffered(HEADLINE, true, offset)))
                    .isEqualTo("a1b2c3d4e5f60718\u0000" + String.format(Locale.ROOT, "%019d", offset));
        }
    }
}
