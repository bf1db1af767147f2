package io.newsflow.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.newsflow.contract.ArticleMetadata;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.ParagraphKind;
import io.newsflow.ingest.parse.ArticleIdentity;
import io.newsflow.ingest.parse.Block;
import io.newsflow.ingest.parse.ParsedArticle;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleRecordsTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void shouldLayOutHeadlineThenBlocksWithSectionsAndCount() {
        final ParsedArticle article = new ParsedArticle(
                "Cup Final Preview",
                List.of(
                        Block.paragraph("Both sides arrive unbeaten."),
                        Block.heading("Team News"),
                        Block.paragraph("The captain returns."),
                        Block.heading("Prediction"),
                        Block.paragraph("A draw looks likely.")));
        final ArticleIdentity identity = ArticleIdentity.of("Cup Final Preview\nBoth sides arrive unbeaten.");

        final List<Paragraph> records = ArticleRecords.of(article, identity, "preview.txt", NOW);

        assertThat(records)
                .extracting(Paragraph::index, Paragraph::kind, Paragraph::section, Paragraph::text)
                .containsExactly(
                        tuple(0, ParagraphKind.HEADLINE, null, "Cup Final Preview"),
                        tuple(1, ParagraphKind.PARAGRAPH, null, "Both sides arrive unbeaten."),
                        tuple(2, ParagraphKind.HEADING, "Team News", "Team News"),
                        tuple(3, ParagraphKind.PARAGRAPH, "Team News", "The captain returns."),
                        tuple(4, ParagraphKind.HEADING, "Prediction", "Prediction"),
                        tuple(5, ParagraphKind.PARAGRAPH, "Prediction", "A draw looks likely."));
        assertThat(records).allSatisfy(record -> {
            assertThat(record.articleId()).isEqualTo(identity.articleId());
            assertThat(record.contentHash()).isEqualTo(identity.contentHash());
            assertThat(record.count()).isEqualTo(6);
            assertThat(record.headline()).isEqualTo("Cup Final Preview");
            assertThat(record.sourceFile()).isEqualTo("preview.txt");
            assertThat(record.ingestedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void shouldCarryTheMetadataOnTheHeadlineRecordOnly() {
        final ArticleMetadata metadata = new ArticleMetadata(
                "html",
                "https://example.org/a",
                "Ann Lee",
                NOW.minusSeconds(60),
                "en",
                "Example News",
                "urn:example:1",
                List.of("sport"));
        final ParsedArticle article = new ParsedArticle(
                "Cup Final Preview", List.of(Block.paragraph("Both sides arrive unbeaten.")), metadata);

        final List<Paragraph> records = ArticleRecords.of(
                article, ArticleIdentity.of("Cup Final Preview\nBoth sides arrive unbeaten."), "preview.html", NOW);

        assertThat(records).extracting(Paragraph::metadata).containsExactly(metadata, null);
    }
}
