package io.newsflow.enrich.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.contract.ArticleMetadata;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.ParagraphKind;
import io.newsflow.enrich.testing.SampleArticles;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StoredPartsTest {

    private static final Instant AT = Instant.parse("2026-12-08T01:02:03.456789012Z");
    private static final ArticleMetadata METADATA = new ArticleMetadata(
            "ninjs",
            "https://example.org/a",
            "By A. Writer",
            AT.minusSeconds(60),
            "en",
            "Example Wire",
            "urn:example:a",
            List.of("NATO", "Odesa"));

    /** The sample article as the assembler buffers it: every fifth record dropped, offsets from 41. */
    private static List<ArticleBuffer.Buffered> sampleParts() {
        final List<Paragraph> records = SampleArticles.withMetadata(
                SampleArticles.paragraphs(SampleArticles.RUTTE, "a1b2c3d4e5f60718", "rutte.json", AT), METADATA);
        final List<ArticleBuffer.Buffered> parts = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            parts.add(new ArticleBuffer.Buffered(records.get(i), i % 5 != 4, 41 + i));
        }
        return parts;
    }

    private static Paragraph paragraph(
            final String articleId,
            final String sourceFile,
            final ParagraphKind kind,
            final int index,
            final String section,
            final String text) {
        return new Paragraph(
                articleId,
                sourceFile,
                "hash-" + articleId,
                AT,
                "Headline ünïcode",
                kind,
                index,
                9,
                section,
                text,
                null);
    }

    @Test
    void shouldReadBackEveryRecordAppendedOneByOne() {
        final List<ArticleBuffer.Buffered> parts = sampleParts();
        byte[] stored = null;
        for (final ArticleBuffer.Buffered part : parts) {
            final byte[] before = stored;
            stored = StoredParts.append(stored, before == null ? null : parts.get(0), part);
            if (before != null) {
                // appended: the bytes before are kept as they were, in a new array
                assertThat(Arrays.copyOf(stored, before.length)).isEqualTo(before);
                assertThat(stored).isNotSameAs(before);
            }
        }

        assertThat(StoredParts.read(stored)).containsExactlyElementsOf(parts);
        assertThat(StoredParts.of(parts)).isEqualTo(stored);
        assertThat(StoredParts.read(stored).get(0).paragraph().metadata()).isEqualTo(METADATA);
    }

    @Test
    void shouldKeepOddValuesAndRecordsOfAnotherArticleWhole() {
        final List<ArticleBuffer.Buffered> parts = List.of(
                new ArticleBuffer.Buffered(
                        paragraph("id-1", "a.txt", ParagraphKind.HEADLINE, 0, null, "Headline ünïcode"), true, -1),
                new ArticleBuffer.Buffered(
                        paragraph("id-1", "a.txt", ParagraphKind.HEADING, 1, "Sëction 😀", "Sëction 😀"),
                        true,
                        Long.MAX_VALUE),
                new ArticleBuffer.Buffered(
                        paragraph("id-1", "a.txt", ParagraphKind.PARAGRAPH, 2, "Sëction 😀", ""), false, 0),
                // not the first record's article fields: written out, not taken from it
                new ArticleBuffer.Buffered(
                        paragraph("id-2", "b.txt", ParagraphKind.PARAGRAPH, 8, null, "x".repeat(70_000)),
                        true,
                        Long.MIN_VALUE));

        assertThat(StoredParts.read(StoredParts.of(parts))).containsExactlyElementsOf(parts);
    }

    @Test
    void shouldWriteTheArticlesOwnFieldsOnce() {
        final List<ArticleBuffer.Buffered> parts = sampleParts();
        final String stored = new String(StoredParts.of(parts), StandardCharsets.ISO_8859_1);
        final String headline = new String(
                parts.get(0).paragraph().headline().getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        // once as the article's headline, and as the text of the headline record and of its repeat at the end
        assertThat(stored.split(Pattern.quote(headline), -1)).hasSize(4);
        assertThat(stored.split("rutte\\.json", -1)).hasSize(2);
    }

    @Test
    void shouldRefuseBytesThatAreNoPartsValue() {
        final byte[] stored = StoredParts.of(sampleParts());

        assertThatThrownBy(() -> StoredParts.read(new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a parts value: empty");
        assertThatThrownBy(() -> StoredParts.read("{\"paragraph\":{}}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a parts value: format byte 123 at byte 0, expected 1");
        assertThatThrownBy(() -> StoredParts.read(Arrays.copyOf(stored, stored.length - 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not a parts value: record 23 (from byte ")
                .hasMessageContaining("runs past the end");
        final byte[] longer = Arrays.copyOf(stored, stored.length + 2);
        assertThatThrownBy(() -> StoredParts.read(longer))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not a parts value: record 24 (from byte " + stored.length + " of ");
        assertThatThrownBy(() ->
                        StoredParts.append(new byte[] {7}, null, sampleParts().get(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not in the parts layout 1");
    }

    @Test
    void shouldReadDamagedBytesBackOrSayWhyNot() {
        final byte[] stored = StoredParts.of(sampleParts());
        final Random random = new Random(8);
        int refused = 0;
        for (int round = 0; round < 5_000; round++) {
            final byte[] damaged = stored.clone();
            for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            try {
                assertThat(StoredParts.read(damaged)).isNotEmpty();
            } catch (final IllegalArgumentException e) {
                assertThat(e.getMessage()).startsWith("Not a parts value: ");
                refused++;
            }
        }
        // a changed letter of a text reads back as another letter; a changed length or flag is refused
        assertThat(refused).isGreaterThan(100);
    }
}
