package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.newsflow.contract.ArticleMetadata;
import io.newsflow.ingest.TestArticles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NewsML-G2 files (the specification's examples and ours) read as ingest reads an {@code .xml}. */
class NewsmlG2ReaderTest {

    @TempDir
    Path dir;

    private FileItems read(final String name) throws Exception {
        return InboxFiles.read(dir, name, TestArticles.newsml(name));
    }

    @Test
    void shouldReadTheSpecificationsNitfTextDocument() throws Exception {
        final FileItems items = read("iptc-listing-2-text-document.xml");

        assertThat(items.format()).isEqualTo(ArticleFormat.NEWSML_G2);
        assertThat(items.manyArticles()).isFalse();
        final ParsedArticle article = items.articles().get(0).article();
        assertThat(article.headline()).isEqualTo("Fed to halt QE to avert \"bubble\"");
        // the NITF head (headline again, byline) is not body text
        assertThat(article.blocks()).hasSize(2).allMatch(block -> block.kind() == Block.Kind.PARAGRAPH);
        assertThat(article.blocks().get(0).text())
                .startsWith("(New York, NY - October 21) Et, sent luptat luptat,")
                .endsWith("Ut la feu facilla feu faccumsan ecte modoloreet ad ex el utat.");
        assertThat(article.metadata())
                .isEqualTo(new ArticleMetadata(
                        "newsml-g2",
                        null,
                        "Meredith Jameson",
                        Instant.parse("2016-11-21T20:21:06Z"),
                        "en",
                        "Acme News and Media LLC",
                        "urn:newsml:acmenews.com:20161121:US-FINANCE-FED",
                        List.of("economy, business and finance", "central bank", "money and monetary policy")));
    }

    @Test
    void shouldPublishEachNewsItemOfAMessageAndReportTheOneWithoutText() throws Exception {
        final FileItems items = read("news-message-three-items.xml");

        assertThat(items.manyArticles()).isTrue();
        // position 1 is the package: it references items, it is not one
        assertThat(items.articles())
                .extracting(ArticleItem::position, ArticleItem::externalId)
                .containsExactly(
                        tuple(2, "urn:newsml:wire.example:20260314:ferry"),
                        tuple(3, "urn:newsml:wire.example:20260314:faehre"));
        assertThat(items.badItems())
                .extracting(BadItem::position, BadItem::id, BadItem::reason)
                .containsExactly(tuple(4, "urn:newsml:wire.example:20260314:photo", RejectReason.NO_PARAGRAPHS));
        final ParsedArticle ferry = items.articles().get(0).article();
        assertThat(ferry.headline()).isEqualTo("New Harbour Ferry Link Opens to Passengers");
        // the <h1> repeating the headline goes, the script never becomes text
        assertThat(ferry.blocks())
                .containsExactly(
                        Block.paragraph(
                                "The first ferry on the new harbour link left the north pier at seven on Saturday "
                                        + "morning with about two hundred passengers on board."),
                        Block.heading("Timetable"),
                        Block.paragraph(
                                "Boats will run every twenty minutes on weekdays and every half hour at weekends, the "
                                        + "operator said."));
        assertThat(ferry.metadata())
                .isEqualTo(new ArticleMetadata(
                        "newsml-g2",
                        null,
                        "By Maria Jensen",
                        Instant.parse("2026-03-14T08:30:00Z"),
                        "en",
                        "Example Wire",
                        "urn:newsml:wire.example:20260314:ferry",
                        List.of("transport")));
        final ParsedArticle faehre = items.articles().get(1).article();
        assertThat(faehre.metadata().byline()).isEqualTo("Anna Schmidt");
        assertThat(faehre.metadata().provider()).isEqualTo("Beispiel-Agentur");
        // declared English: the hint is overruled by the text when the language is decided
        assertThat(faehre.metadata().language()).isEqualTo("en");
        assertThat(ArticleLanguage.detect(faehre).metadata().language()).isEqualTo("de");
        // a message's items are identified by their guid
        assertThat(items.articles().get(0).identityKey()).contains("urn:newsml:wire.example:20260314:ferry");
    }

    @Test
    void shouldQuarantineUnsafeMalformedAndTextlessNewsMl() {
        assertThatThrownBy(() -> read("xxe-news-item.xml"))
                .isInstanceOfSatisfying(
                        RejectedFileException.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.UNSAFE_XML));
        assertThatThrownBy(() -> read("malformed-news-item.xml"))
                .isInstanceOfSatisfying(
                        RejectedFileException.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.MALFORMED));
        // the specification's example item with an empty inlineXML, and its package example
        assertThatThrownBy(() -> read("iptc-listing-1-news-item-without-body.xml"))
                .isInstanceOfSatisfying(
                        RejectedFileException.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.NO_PARAGRAPHS));
        assertThatThrownBy(() -> read("iptc-listing-6-simple-package.xml"))
                .isInstanceOfSatisfying(RejectedFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RejectReason.NO_PARAGRAPHS);
                    assertThat(e.detail()).contains("packageItem");
                });
    }
}
