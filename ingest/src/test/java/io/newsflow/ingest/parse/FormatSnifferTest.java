package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.ingest.TestArticles;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {

    @Test
    void shouldTellXmlFormatsByTheirRootElement() throws Exception {
        assertThat(sniffXml(TestArticles.feed("harbour-news.rss"))).isEqualTo(ArticleFormat.RSS);
        assertThat(sniffXml(TestArticles.feed("science-desk.atom"))).isEqualTo(ArticleFormat.ATOM);
        assertThat(
                        sniffXml(
                                "<?xml version=\"1.0\"?><!-- x --><newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"/>"))
                .isEqualTo(ArticleFormat.NEWSML_G2);
        assertThat(sniffXml("<nar:newsItem xmlns:nar=\"http://iptc.org/std/nar/2006-10-01/\"/>"))
                .isEqualTo(ArticleFormat.NEWSML_G2);
        assertThat(sniff(ArticleFormat.XML, "\uFEFF<rss version=\"2.0\"/>".getBytes(StandardCharsets.UTF_16LE)))
                .isEqualTo(ArticleFormat.RSS);
    }

    @Test
    void shouldRefuseOtherXmlDoctypesAndDocumentsWithoutRoot() {
        assertThatThrownBy(() -> sniffXml(TestArticles.feed("opml-subscriptions.xml")))
                .isInstanceOfSatisfying(
                        RejectedFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.UNSUPPORTED_FORMAT));
        assertThatThrownBy(() -> sniffXml(TestArticles.feed("billion-laughs.xml")))
                .isInstanceOfSatisfying(
                        RejectedFileException.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.UNSAFE_XML));
        assertThatThrownBy(() -> sniffXml("just text"))
                .isInstanceOfSatisfying(
                        RejectedFileException.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.MALFORMED));
    }

    @Test
    void shouldTellOneJsonObjectFromJsonLines() throws Exception {
        assertThat(sniffJson("{\"uri\": \"urn:x\", \"headline\": \"A\",\n \"body_html\": \"<p>b</p>\"}\n"))
                .isEqualTo(ArticleFormat.NINJS);
        assertThat(sniffJson("{\"headline\": \"A\"}\n{\"headline\": \"B\"}\n")).isEqualTo(ArticleFormat.JSON_LINES);
        assertThat(sniffJson("{\"headline\": \"A\"}\n{\"headline\": broken\n")).isEqualTo(ArticleFormat.JSON_LINES);
        assertThatThrownBy(() -> sniffJson("[{\"headline\": \"A\"}]"))
                .isInstanceOfSatisfying(
                        RejectedFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.UNSUPPORTED_FORMAT));
        assertThatThrownBy(() -> sniffJson("{\"headline\": \n \"A\""))
                .isInstanceOfSatisfying(
                        RejectedFileException.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.MALFORMED));
    }

    @Test
    void shouldLeaveFormatsNamedByTheirExtensionAsTheyAre() throws Exception {
        assertThat(sniff(ArticleFormat.JSON_LINES, "[]".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(ArticleFormat.JSON_LINES);
        assertThat(ArticleFormat.forFileName("feed.XML")).contains(ArticleFormat.XML);
        assertThat(ArticleFormat.forFileName("export.ndjson")).contains(ArticleFormat.JSON_LINES);
    }

    private static ArticleFormat sniffXml(final String xml) throws RejectedFileException {
        return sniffXml(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static ArticleFormat sniffXml(final byte[] xml) throws RejectedFileException {
        return sniff(ArticleFormat.XML, xml);
    }

    private static ArticleFormat sniffJson(final String json) throws RejectedFileException {
        return sniff(ArticleFormat.JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    private static ArticleFormat sniff(final ArticleFormat declared, final byte[] bytes) throws RejectedFileException {
        return FormatSniffer.sniff(declared, bytes);
    }
}
