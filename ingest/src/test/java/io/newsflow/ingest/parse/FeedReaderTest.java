package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.newsflow.contract.ArticleMetadata;
import io.newsflow.ingest.TestArticles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS and Atom files from the test resources through {@link ArticleReader#readItems}, as ingest reads them. */
class FeedReaderTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(1024 * 1024);

    @Test
    void shouldReadEachRssItemWithFullContentAndNeverScriptsStylesOrHiddenText() throws Exception {
        final FileItems items = read("harbour-news.rss");

        assertThat(items.format()).isEqualTo(ArticleFormat.RSS);
        assertThat(items.manyArticles()).isTrue();
        assertThat(items.badItems()).isEmpty();
        assertThat(items.articles())
                .extracting(ArticleItem::position, ArticleItem::externalId)
                .containsExactly(
                        tuple(1, "gazette-2026-12-0412"),
                        tuple(2, "gazette-2026-12-0409"),
                        tuple(3, "https://gazette.example.org/2026/12/autumn-catch"));
        final ArticleItem ferry = items.articles().get(0);
        assertThat(ferry.article().headline()).isEqualTo("Night ferry returns to the harbour after two-year pause");
        // content:encoded wins over the one-line description
        assertThat(ferry.article().blocks())
                .containsExactly(
                        Block.paragraph(
                                "The night ferry between Harbour City and Northpoint will run again from Friday, the "
                                        + "port authority said on Monday, ending a two-year pause caused by a shortage of crew."),
                        Block.heading("Timetable"),
                        Block.paragraph(
                                "Boats leave Harbour City at 22:00 and 01:30 and return from Northpoint at 23:45 and "
                                        + "03:15, every day of the week."),
                        Block.paragraph(
                                "Harbourmaster Ines Varga said the service had been \"the most requested change\" in "
                                        + "the authority's survey of residents last spring."));
        assertThat(ferry.article().metadata())
                .isEqualTo(new ArticleMetadata(
                        "rss",
                        "https://gazette.example.org/2026/12/night-ferry-returns",
                        "Maria Jensen",
                        Instant.parse("2026-12-07T05:30:00Z"),
                        "en",
                        "Harbour City Gazette",
                        "gazette-2026-12-0412",
                        List.of()));
        // an escaped HTML description is HTML too
        assertThat(items.articles().get(1).article().blocks())
                .extracting(Block::text)
                .containsExactly(
                        "Harbour City Council approved 14 million euros for a new sea wall along the eastern quay on Sunday "
                                + "evening.",
                        "Construction is expected to begin in April and last eighteen months, the council's engineering "
                                + "office said.");
        assertThat(items.articles().get(1).article().metadata().byline())
                .isEqualTo("newsdesk@gazette.example.org (Tom Okafor)");
    }

    @Test
    void shouldIdentifyItemsByGuidWithinTheFeedSoEditedTextKeepsItsIdentity() throws Exception {
        final FileItems first = read("harbour-news.rss");
        final FileItems again = read("harbour-news-redrop.rss");

        assertThat(again.articles()).hasSize(5);
        assertThat(again.articles().subList(2, 5))
                .extracting(item -> item.identity().articleId())
                .containsExactlyElementsOf(first.articles().stream()
                        .map(item -> item.identity().articleId())
                        .toList());
        assertThat(first.articles().get(0).identityKey())
                .isEqualTo(ItemIds.identityKey("https://gazette.example.org/", "gazette-2026-12-0412"));
    }

    @Test
    void shouldReadAtomXhtmlHtmlAndSummaryEntries() throws Exception {
        final FileItems items = read("science-desk.atom");

        assertThat(items.format()).isEqualTo(ArticleFormat.ATOM);
        final ArticleItem microbes = items.articles().get(0);
        assertThat(microbes.article().headline()).isEqualTo("Deep-sea microbes breathe metal, study finds");
        assertThat(microbes.article().blocks())
                .extracting(Block::kind, Block::text)
                .containsExactly(
                        tuple(
                                Block.Kind.PARAGRAPH,
                                "Microbes living in hydrothermal vents two kilometres below the Pacific "
                                        + "use dissolved iron the way animals use oxygen, researchers reported in a study published on "
                                        + "Sunday."),
                        tuple(Block.Kind.HEADING, "How they measured it"),
                        tuple(
                                Block.Kind.PARAGRAPH,
                                "The team grew the microbes in pressurised chambers at 250 bar and "
                                        + "tracked the iron with isotope labels over six weeks."));
        assertThat(microbes.externalId()).isEqualTo("tag:science.example.net,2026:microbes-metal");
        assertThat(microbes.article().metadata())
                .isEqualTo(new ArticleMetadata(
                        "atom",
                        "https://science.example.net/2026/12/microbes-metal",
                        "Lena Brandt",
                        Instant.parse("2026-12-06T13:00:00Z"),
                        "en",
                        "Science Desk",
                        "tag:science.example.net,2026:microbes-metal",
                        List.of()));
        final ArticleItem comet = items.articles().get(1);
        assertThat(comet.article().blocks())
                .extracting(Block::text)
                .containsExactly("Fragments of comet 73P will "
                        + "cross Earth's orbit on Thursday night, producing up to 40 meteors an hour, astronomers at the "
                        + "national observatory said.");
        assertThat(comet.article().metadata().publishedAt()).isEqualTo(Instant.parse("2026-12-07T05:45:00Z"));
    }

    @Test
    void shouldReportItemsWithoutBodyOrTitleAtTheirPositions() throws Exception {
        final FileItems items = read("bad-items.rss");

        assertThat(items.articles()).extracting(ArticleItem::position).containsExactly(1, 4);
        assertThat(items.badItems())
                .extracting(BadItem::position, BadItem::id, BadItem::reason)
                .containsExactly(
                        tuple(2, "bulletin-882", RejectReason.NO_PARAGRAPHS),
                        tuple(3, "bulletin-883", RejectReason.EMPTY));
    }

    @Test
    void shouldReportAnItemOverTheItemLimitAsTooLarge() throws Exception {
        final FileItems items = new ArticleReader(1024 * 1024, 300, JsonLinesFields.DEFAULT)
                .readItems(write("harbour-news.rss"), ArticleFormat.XML);

        assertThat(items.badItems())
                .extracting(BadItem::position, BadItem::reason)
                .containsExactly(tuple(1, RejectReason.TOO_LARGE));
        assertThat(items.articles()).extracting(ArticleItem::position).containsExactly(2, 3);
    }

    private FileItems read(final String name) throws Exception {
        return reader.readItems(write(name), ArticleFormat.forFileName(name).orElseThrow());
    }

    private Path write(final String name) throws Exception {
        return Files.write(dir.resolve(name), TestArticles.feed(name));
    }
}
