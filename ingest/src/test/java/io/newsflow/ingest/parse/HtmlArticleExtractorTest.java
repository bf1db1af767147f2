package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contract.ArticleMetadata;
import io.newsflow.ingest.TestArticles;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

    @Test
    void shouldReadArticleWithoutPageBoilerplate() {
        final ParsedArticle article = extract("harbour-ferry-article.html").article();

        assertThat(article.headline()).isEqualTo("New Harbour Ferry Link Opens to Passengers");
        assertThat(article.blocks())
                .containsExactly(
                        Block.paragraph(
                                "The first passenger ferry between the old harbour and the island of Vester sailed on "
                                        + "Saturday morning, cutting the crossing from forty minutes by road to twelve minutes on the "
                                        + "water."),
                        Block.paragraph(
                                "About three hundred people queued on the quay before dawn, and the council said every "
                                        + "seat on the first four sailings had been booked within an hour. Tickets for the rest of the "
                                        + "month are still available."),
                        Block.heading("Timetable and fares"),
                        Block.paragraph(
                                "Boats leave every half hour from six in the morning until ten at night, with a reduced "
                                        + "service on Sundays and public holidays."),
                        Block.paragraph("A single adult fare costs four euros, and children under twelve travel free."),
                        Block.paragraph("Monthly passes for commuters go on sale in April at the harbour office."),
                        Block.heading("What residents say"),
                        Block.paragraph(
                                "\"It changes everything for people who work in town,\" said Ole Berg, who has lived "
                                        + "on Vester for thirty years."),
                        Block.paragraph(
                                "The operator expects about two thousand crossings a day by the summer, when the "
                                        + "tourist season begins."));
    }

    @Test
    void shouldNeverOutputScriptsStylesOrHiddenText() {
        final String text = allText(extract("harbour-ferry-article.html").article());

        assertThat(text)
                .doesNotContain(
                        "SCRIPT TEXT",
                        "STYLE TEXT",
                        "Hidden paragraph",
                        "Invisible",
                        "Screen-reader",
                        "enable JavaScript",
                        "cookies",
                        "Share on",
                        "Related stories",
                        "Bridge repairs",
                        "newsletter",
                        "Subscribe",
                        "Comments",
                        "Finally!",
                        "All rights reserved",
                        "Sport",
                        "Maria Jensen");
    }

    @Test
    void shouldKeepWhatThePageSaysAboutItself() {
        final PageMetadata metadata = extract("harbour-ferry-article.html").metadata();

        assertThat(metadata.canonicalUrl()).contains("https://gazette.example/news/harbour-ferry-link");
        assertThat(metadata.byline()).contains("Maria Jensen");
        assertThat(metadata.published()).contains("2026-03-14T08:30:00Z");
        assertThat(metadata.language()).contains("en-GB");
        assertThat(metadata.siteName()).contains("The Coastal Gazette");
    }

    @Test
    void shouldPublishPageMetadataAsArticleMetadata() {
        final ArticleMetadata metadata =
                extract("harbour-ferry-article.html").article().metadata();

        assertThat(metadata)
                .isEqualTo(new ArticleMetadata(
                        "html",
                        "https://gazette.example/news/harbour-ferry-link",
                        "Maria Jensen",
                        Instant.parse("2026-03-14T08:30:00Z"),
                        "en",
                        "The Coastal Gazette",
                        null,
                        List.of()));
    }

    @Test
    void shouldFindContentInTemplateWithoutArticleElement() {
        final ParsedArticle article =
                extract("council-budget-div-template.html").article();

        assertThat(article.headline()).isEqualTo("Council Agrees Budget for Libraries");
        assertThat(article.blocks())
                .extracting(Block::text)
                .containsExactly(
                        "Northfield council voted on Tuesday night to keep all five branch libraries open next year, "
                                + "reversing a plan that would have closed two of them.",
                        "The budget, passed by twenty-one votes to nine, moves money from road resurfacing to pay for longer "
                                + "opening hours at the central library.",
                        "Opening hours",
                        "From January, the central library will open until eight in the evening on weekdays, and branch "
                                + "libraries will open on Saturday mornings.",
                        "Councillor Anna Reyes, who proposed the change, said libraries were \"the last free warm place\" for "
                                + "many residents, especially in winter.");
        assertThat(article.blocks().get(2).kind()).isEqualTo(Block.Kind.HEADING);
    }

    @Test
    void shouldDropCaptionsAndImageCreditsButKeepQuotedFigures() {
        final ParsedArticle article = page("""
                <html><head><title>Bridge Reopens After Repairs</title></head><body><article>
                <h1>Bridge Reopens After Repairs</h1>
                <p>The old stone bridge over the river reopened on Monday, two years after a flood damaged its piers.</p>
                <figure><img src="bridge.jpg" alt=""><span class="meta"><cite>Photo: Ann Lee/City Press</cite></span>
                  <figcaption>Cyclists cross the bridge on Monday morning.</figcaption></figure>
                <div class="wp-caption"><img src="pier.jpg" alt=""><p class="wp-caption-text">A repaired pier.</p></div>
                <p>Engineers replaced three piers and strengthened the arches, at a cost of four million euros.</p>
                <span class="image-credit">Getty Images</span>
                <figure><blockquote><p>We waited a long time for this day, and it was worth it.</p></blockquote>
                  <figcaption>The mayor, at the opening</figcaption></figure>
                <p>Buses will use the bridge again from next week, the transport authority said on Monday.</p>
                </article></body></html>
                """);

        assertThat(article.blocks())
                .extracting(Block::text)
                .containsExactly(
                        "The old stone bridge over the river reopened on Monday, two years after a flood damaged its piers.",
                        "Engineers replaced three piers and strengthened the arches, at a cost of four million euros.",
                        "We waited a long time for this day, and it was worth it.",
                        "Buses will use the bridge again from next week, the transport authority said on Monday.");
    }

    @Test
    void shouldDropBylinesAndDatelinesButKeepDatedSentencesAndQuotes() {
        final ParsedArticle article = page("""
                <html><head><title>Harbour Strike Ends</title></head><body><div class="story">
                <h1>Harbour Strike Ends</h1>
                <p>By ANN LEE and TOM BERG</p>
                <div class="when">Associated Press November 19, 2019, 9:02 AM</div>
                <p>Dock workers returned to work on Tuesday, ending a strike that had closed the port for a week.</p>
                <p>The union said the deal, signed on November 18, 2019, raises wages by four percent a year.</p>
                <blockquote><p>Back to work at last, and with a fair deal.</p>— Port Union (@portunion) November 19, 2019
                </blockquote>
                <ul><li>Ferries resume at 6:30</li><li>Freight follows from Wednesday</li></ul>
                <p>Updated at 1:23 p.m.</p>
                </div></body></html>
                """);

        assertThat(article.blocks())
                .extracting(Block::text)
                .containsExactly(
                        "Dock workers returned to work on Tuesday, ending a strike that had closed the port for a week.",
                        "The union said the deal, signed on November 18, 2019, raises wages by four percent a year.",
                        "Back to work at last, and with a fair deal.",
                        "— Port Union (@portunion) November 19, 2019",
                        "Ferries resume at 6:30",
                        "Freight follows from Wednesday");
    }

    @Test
    void shouldDropTheArticlesHeaderWithItsStandfirst() {
        final ParsedArticle article = page("""
                <html><head><title>Library Opens on Sundays</title></head><body><main><article>
                <header><h1>Library Opens on Sundays</h1>
                  <h3>The central library will open seven days a week, starting this weekend.</h3>
                  <p class="author">Maria Jensen, City Desk</p></header>
                <p>Northfield's central library opened on a Sunday for the first time this weekend, and more than eight
                hundred visitors came through its doors.</p>
                <p>The council pays for the extra day by moving money from road resurfacing, a change it agreed in
                March after a long debate.</p>
                </article></main></body></html>
                """);

        assertThat(article.headline()).isEqualTo("Library Opens on Sundays");
        assertThat(article.blocks())
                .extracting(Block::text)
                .containsExactly(
                        "Northfield's central library opened on a Sunday for the first time this weekend, and more than eight "
                                + "hundred visitors came through its doors.",
                        "The council pays for the extra day by moving money from road resurfacing, a change it agreed in "
                                + "March after a long debate.");
    }

    @Test
    void shouldDropShortLinesThatAreMostlyALink() {
        final ParsedArticle article = page("""
                <html><head><title>Tram Line Extended</title></head><body><div class="story">
                <h1>Tram Line Extended</h1>
                <p>The tram line to the university will run two kilometres further from May, the transport authority
                said on Monday, serving the new hospital.</p>
                <p>Read more: <a href="/t">Tram fares rise by ten percent next year</a></p>
                <p>Work starts in January and closes <a href="/r">Ring Road</a> at night for three weeks, while the
                tracks are laid across it.</p>
                </div></body></html>
                """);

        assertThat(article.blocks())
                .extracting(Block::text)
                .containsExactly(
                        "The tram line to the university will run two kilometres further from May, the transport authority "
                                + "said on Monday, serving the new hospital.",
                        "Work starts in January and closes Ring Road at night for three weeks, while the tracks are laid "
                                + "across it.");
    }

    @Test
    void shouldRemoveSiteNameFromTitle() {
        assertThat(HtmlArticleExtractor.withoutSiteName("Ferry Opens | The Coastal Gazette", Optional.empty()))
                .isEqualTo("Ferry Opens");
        assertThat(HtmlArticleExtractor.withoutSiteName(
                        "Council Agrees Budget for Libraries - Northfield Post", Optional.empty()))
                .isEqualTo("Council Agrees Budget for Libraries");
        assertThat(HtmlArticleExtractor.withoutSiteName(
                        "Storm Closes Road | Local | The Coastal Gazette", Optional.of("The Coastal Gazette")))
                .isEqualTo("Storm Closes Road");
        assertThat(HtmlArticleExtractor.withoutSiteName(
                        "The Coastal Gazette | Storm Closes Coastal Road", Optional.of("The Coastal Gazette")))
                .isEqualTo("Storm Closes Coastal Road");
    }

    @Test
    void shouldKeepTitleWhoseLastPartIsNotShort() {
        assertThat(HtmlArticleExtractor.withoutSiteName(
                        "Brexit - what the new deal means for fishing towns", Optional.empty()))
                .isEqualTo("Brexit - what the new deal means for fishing towns");
        assertThat(HtmlArticleExtractor.withoutSiteName("Ferry Opens", Optional.empty()))
                .isEqualTo("Ferry Opens");
    }

    @Test
    void shouldTakeTitleWithoutSuffixWhenThereIsNoHeading() {
        final ParsedArticle article = HtmlArticleExtractor.extract("<title>Ferry Opens | Gazette</title>"
                        + "<p>The ferry opened on Saturday, and three hundred people queued for the first sailing.</p>")
                .orElseThrow()
                .article();

        assertThat(article.headline()).isEqualTo("Ferry Opens");
    }

    @Test
    void shouldReadMalformedPage() {
        final ParsedArticle article = extract("malformed.html").article();

        assertThat(article.headline()).isEqualTo("Storm Closes Coastal Road");
        assertThat(allText(article))
                .contains(
                        "closed on Sunday after waves",
                        "sea wall, which was damaged in two " + "places.",
                        "Drivers are advised to use the inland route");
    }

    @Test
    void shouldHaveNoBodyParagraphWhenPageHasOnlyNavigation() {
        final ParsedArticle article = extract("nav-only.html").article();

        assertThat(article.headline()).isEqualTo("Page not found");
        assertThat(article.hasBodyParagraph()).isFalse();
    }

    @Test
    void shouldHaveNothingForEmptyDocument() {
        assertThat(HtmlArticleExtractor.extract("<html><head></head><body> </body></html>"))
                .isEmpty();
    }

    private static HtmlArticleExtractor.Page extract(final String page) {
        return HtmlArticleExtractor.extract(new String(TestArticles.page(page), StandardCharsets.UTF_8))
                .orElseThrow();
    }

    private static ParsedArticle page(final String html) {
        return HtmlArticleExtractor.extract(html).orElseThrow().article();
    }

    private static String allText(final ParsedArticle article) {
        return article.headline() + "\n"
                + String.join("\n", article.blocks().stream().map(Block::text).toList());
    }
}
