package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.newsflow.contract.ArticleMetadata;
import io.newsflow.ingest.TestArticles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadEachLineWithTheDefaultFieldNamesAndReportBadLinesByNumber() throws Exception {
        final FileItems items = read(new ArticleReader(1024 * 1024), "wire-export.jsonl");

        assertThat(items.articles())
                .extracting(ArticleItem::position, item -> item.article().headline())
                .containsExactly(
                        tuple(1, "Rail strike called off after overnight talks"),
                        tuple(2, "Central bank holds rates at 3.25 percent"),
                        tuple(6, "Museum returns bronze figures to Benin City"));
        assertThat(items.articles().get(0).article().blocks())
                .extracting(Block::text)
                .containsExactly(
                        "A national rail strike planned for Wednesday was called off early on Monday after the drivers' "
                                + "union and the operator agreed on a new pay offer.",
                        "Union leader Karen Holt said members would vote on the offer within two weeks.");
        // an HTML body goes through the HTML reader: the script is gone
        assertThat(items.articles().get(1).article().blocks())
                .extracting(Block::text)
                .containsExactly(
                        "The central bank kept its main interest rate at 3.25 percent on Monday, as expected by most "
                                + "economists.",
                        "Governor Elena Ruiz said inflation was \"moving in the right direction\" but warned against cutting "
                                + "too soon.");
        assertThat(items.articles().get(1).article().metadata())
                .isEqualTo(new ArticleMetadata(
                        "jsonl",
                        "https://wire.example.com/rates",
                        "Jonas Berg, Aiko Tanaka",
                        Instant.ofEpochSecond(1796616000),
                        null,
                        "Example Wire",
                        "wire-20261207-002",
                        List.of()));
        assertThat(items.articles().get(0).article().metadata().publishedAt())
                .isEqualTo(Instant.parse("2026-12-07T04:10:00Z"));
        assertThat(items.badItems())
                .extracting(BadItem::position, BadItem::reason)
                .containsExactly(
                        tuple(4, RejectReason.NO_PARAGRAPHS),
                        tuple(5, RejectReason.MALFORMED),
                        tuple(7, RejectReason.MALFORMED));
        assertThat(items.badItems().get(1).detail())
                .startsWith("line 5 is not well-formed JSON")
                .doesNotContain("this line is cut off");
    }

    @Test
    void shouldReadOtherFieldNamesFromTheSetting() throws Exception {
        final JsonLinesFields fields =
                JsonLinesFields.parse("headline=title_field, body=article_text," + "id=uid,url=meta.canonical");
        final FileItems items = read(new ArticleReader(1024 * 1024, 1024 * 1024, fields), "custom-fields.jsonl");

        assertThat(items.badItems()).isEmpty();
        assertThat(items.articles())
                .extracting(
                        ArticleItem::externalId,
                        item -> item.article().headline(),
                        item -> item.article().metadata().url())
                .containsExactly(
                        tuple(
                                "cms-77",
                                "Tram line to the airport opens in March",
                                "https://cms.example.org/tram-airport"),
                        tuple(
                                "cms-78",
                                "School meals to be free from next autumn",
                                "https://cms.example.org/school-meals"));
        // the defaults find no body in these lines
        assertThat(read(new ArticleReader(1024 * 1024), "custom-fields.jsonl").articles())
                .isEmpty();
    }

    @Test
    void shouldRefuseASettingThatNamesNoPart() {
        assertThatThrownBy(() -> JsonLinesFields.parse("heading=title"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown part 'heading'")
                .hasMessageContaining("headline, body");
        assertThatThrownBy(() -> JsonLinesFields.parse("body"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not part=field");
        assertThat(JsonLinesFields.parse("body=a|b").names(JsonLinesFields.Part.BODY))
                .containsExactly("a", "b", "body", "text", "content");
    }

    @Test
    void shouldReadAll500GeneratedLinesInOrder() throws Exception {
        final FileItems items = read(new ArticleReader(1024 * 1024), "generated-500.jsonl");

        assertThat(items.badItems()).isEmpty();
        assertThat(items.articles()).hasSize(500);
        assertThat(items.articles())
                .extracting(ArticleItem::externalId)
                .startsWith("gen-0001")
                .endsWith("gen-0500");
        assertThat(items.articles())
                .extracting(item -> item.identity().articleId())
                .doesNotHaveDuplicates();
    }

    private FileItems read(final ArticleReader reader, final String name) throws Exception {
        return reader.readItems(Files.write(dir.resolve(name), TestArticles.jsonl(name)), ArticleFormat.JSON_LINES);
    }
}
