package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.contract.ArticleMetadata;
import io.newsflow.ingest.TestArticles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IPTC ninjs items (the IPTC's own examples of 1.x, 2.x and 3.x, and ours) read as ingest reads a {@code .json}. */
class NinjsReaderTest {

    private static final List<String> CONCORDIA = List.of(
            "GROSSETO, Italy (AP) -- The trial of the captain of the shipwrecked Costa Concordia cruise liner has begun"
                    + " in a theater converted into a courtroom in Tuscany to accommodate all the survivors and relatives"
                    + " of the 32 victims who want to see justice carried out in the 2012 tragedy.",
            "The sole defendant, Francesco Schettino, his eyes shaded by sunglasses and slipping into a back door, made"
                    + " no comment to reporters as he arrived for his trial Tuesday on charges of multiple manslaughter,"
                    + " abandoning ship and causing the shipwreck near the island of Giglio.",
            "His lawyer, Domenico Pepe, told reporters that, as expected, the judge was postponing the hearing due to an"
                    + " eight-day nationwide lawyers' strike.",
            "Pepe said some 1,000 witnesses are expected to eventually testify. Many of them are expected to be from"
                    + " among the 4,200 passengers and crew aboard the ship that struck a jagged reef off Giglio, took on"
                    + " water and capsized. Schettino has denied wrongdoing.");

    @TempDir
    Path dir;

    private FileItems read(final String name) throws Exception {
        return InboxFiles.read(dir, name, TestArticles.ninjs(name));
    }

    @Test
    void shouldReadTheSameItemAlikeInNinjs1And2And3PreferringTheHtmlBody() throws Exception {
        for (final String name : List.of(
                "ninjs-1.6-complex-text-article.json",
                "ninjs-2.2-complex-text-article.json",
                "ninjs-3.1-complex-text-article.json")) {
            final FileItems items = read(name);

            assertThat(items.format()).as(name).isEqualTo(ArticleFormat.NINJS);
            assertThat(items.manyArticles()).isFalse();
            final ParsedArticle article = items.articles().get(0).article();
            assertThat(article.headline()).as(name).isEqualTo("Captain of wrecked cruise ship on trial in Italy");
            // the plain-text body is one paragraph; the rich one has four
            assertThat(article.blocks()).as(name).extracting(Block::text).containsExactlyElementsOf(CONCORDIA);
            assertThat(article.metadata())
                    .as(name)
                    .isEqualTo(new ArticleMetadata(
                            "ninjs",
                            null,
                            "Paulo Santalucia and Frances d'Emilio",
                            Instant.parse("2013-07-09T10:37:00Z"),
                            "en",
                            null,
                            "http://ninjs.example.com/newsitems/20130709med123",
                            List.of("Francesco Schettino", "Costa Crociere SpA", "Grossetto", "Tuscany", "Italy")));
        }
    }

    @Test
    void shouldReadAnAgencysGermanItemWithItsMetadata() throws Exception {
        final ParsedArticle article =
                read("ninjs-2.1-dpa-text.json").articles().get(0).article();

        assertThat(article.headline()).isEqualTo("Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?");
        assertThat(article.blocks()).hasSize(9).allMatch(block -> block.kind() == Block.Kind.PARAGRAPH);
        assertThat(article.blocks().get(0).text()).startsWith("Für Lucien Favre war es «der größte Skandal im Fußball");
        assertThat(article.metadata().byline()).isEqualTo("Von Christian Hollmann, dpa");
        assertThat(article.metadata().provider()).isEqualTo("dpa");
        assertThat(article.metadata().language()).isEqualTo("de");
        assertThat(article.metadata().publishedAt()).isEqualTo(Instant.parse("2019-05-10T14:02:28Z"));
        assertThat(article.metadata().externalId()).isEqualTo("urn:newsml:dpa.com:20090101:190510-99-167362");
    }

    @Test
    void shouldReadTheDescriptionWhenAnItemHasNoBody() throws Exception {
        final ParsedArticle article =
                read("ninjs-3.0-ntb-text.json").articles().get(0).article();

        assertThat(article.headline()).isEqualTo("Google har kjøpt giganttomt i Skien");
        assertThat(article.blocks())
                .containsExactly(Block.paragraph("IT-giganten Google har kjøpt en tomt på nærmere "
                        + "2.000 mål i Skien i tilfelle det blir behov for flere datasentre i Europa."));
        assertThat(article.metadata().language()).isEqualTo("nb");
        assertThat(article.metadata().publishedAt()).isEqualTo(Instant.parse("2019-08-09T09:30:04Z"));
        assertThat(article.metadata().byline()).isEqualTo("NTB");
        assertThat(article.metadata().provider()).isEqualTo("NTB");
        assertThat(article.metadata().subjects())
                .containsExactly("Innenriks", "Teknologi", "Industri", "Olje og energi", "Telemark");
    }

    @Test
    void shouldQuarantineMalformedJsonAndItemsWithoutABody() {
        assertThatThrownBy(() -> read("malformed.json"))
                .isInstanceOfSatisfying(
                        RejectedFileException.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.MALFORMED));
        assertThatThrownBy(() -> read("no-body.json")).isInstanceOfSatisfying(RejectedFileException.class, e -> {
            assertThat(e.reason()).isEqualTo(RejectReason.NO_PARAGRAPHS);
            assertThat(e.detail()).contains("no body paragraph");
        });
    }
}
