package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.TestArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

    private static final String SAMPLE_HEADLINE = "NATO Chief Rutte Makes Surprise Odesa Visit, Pledges €20 Billion in "
            + "Military Aid Amid Escalating Russian Attacks";

    @Test
    void shouldReadSampleArticleIntoHeadlineFiveHeadingsAndEighteenParagraphs() {
        final ParsedArticle article = parse(TestArticles.SAMPLE, ArticleFormat.TEXT);

        assertThat(article.headline()).isEqualTo(SAMPLE_HEADLINE);
        assertThat(texts(article, Block.Kind.HEADING))
                .containsExactly(
                        "Key Developments: Strategic Timing Amid Intensifying Conflict",
                        "Global Reactions: International Solidarity and Peace Efforts",
                        "Expert Insights: Learning from Past Failures",
                        "Future Implications: Post-Conflict Security Guarantees",
                        "Standing Firm Against Aggression");
        final List<String> paragraphs = texts(article, Block.Kind.PARAGRAPH);
        assertThat(paragraphs).hasSize(18);
        assertThat(paragraphs.get(0)).startsWith("In a bold show of solidarity, NATO Secretary General Mark Rutte");
        assertThat(paragraphs.get(16))
                .startsWith("Yet questions remain about how these commitments")
                .endsWith("with no end in sight.");
        assertThat(paragraphs.get(17))
                .as("the repeated headline stays, for enrich to drop")
                .isEqualTo(SAMPLE_HEADLINE);
    }

    @Test
    void shouldKeepSampleBlocksInFileOrder() {
        final ParsedArticle article = parse(TestArticles.SAMPLE, ArticleFormat.TEXT);

        assertThat(article.blocks())
                .extracting(Block::kind)
                .containsExactly(
                        Block.Kind.PARAGRAPH,
                        Block.Kind.HEADING,
                        Block.Kind.PARAGRAPH,
                        Block.Kind.PARAGRAPH,
                        Block.Kind.PARAGRAPH,
                        Block.Kind.HEADING,
                        Block.Kind.PARAGRAPH,
                        Block.Kind.PARAGRAPH,
                        Block.Kind.PARAGRAPH,
                        Block.Kind.PARAGRAPH,
                        Block.Kind.HEADING,
                        Block.Kind.PARAGRAPH,
                        Block.Kind.PARAGRAPH,
                        Block.Kind.PARAGRAPH,
                        Block.Kind.HEADING,
                        Block.Kind.PARAGRAPH,
                        Block.Kind.PARAGRAPH,
                        Block.Kind.PARAGRAPH,
                        Block.Kind.PARAGRAPH,
                        Block.Kind.HEADING,
                        Block.Kind.PARAGRAPH,
                        Block.Kind.PARAGRAPH,
                        Block.Kind.PARAGRAPH);
    }

    @Test
    void shouldJoinHardWrappedLinesWhenBlankLinesSeparateParagraphs() {
        final ParsedArticle article = parse(TestArticles.SPORTS, ArticleFormat.TEXT);

        assertThat(article.headline())
                .isEqualTo("Harbour City Snatch Late Derby Win as Rovers Collapse in Stoppage Time");
        assertThat(article.blocks())
                .containsExactly(
                        Block.paragraph(
                                "Harbour City came from behind to beat Rovers 3-2 in a breathless derby on Saturday, "
                                        + "with substitute Tomás Ferreira scoring twice in the final ten minutes in front of a "
                                        + "sold-out Quayside Stadium."),
                        Block.paragraph(
                                "Rovers had looked comfortable after goals either side of half-time from captain Lena "
                                        + "Okafor and winger Sami Haddad, and their manager admitted afterwards that his side had "
                                        + "\"switched off\" at the worst possible moment."),
                        Block.heading("Turning Point After the Break"),
                        Block.paragraph(
                                "City's coach replaced both full-backs on the hour and pushed three players into "
                                        + "midfield, a change that left Rovers chasing the ball for the first time all afternoon."),
                        Block.paragraph(
                                "The pressure told in the 71st minute, when a deflected shot from the edge of the "
                                        + "area looped over the goalkeeper."),
                        Block.paragraph("Ferreira did the rest."),
                        Block.paragraph("\"We Never Stopped Believing\""),
                        Block.paragraph(
                                "That was the line Ferreira repeated to reporters after the match, describing a "
                                        + "dressing room that had been written off after three straight defeats."),
                        Block.heading("What Comes Next for Both Clubs"),
                        Block.paragraph(
                                "City climb to fourth, two points off the playoff places, while Rovers drop to ninth "
                                        + "before a difficult trip to the league leaders next weekend."));
    }

    @Test
    void shouldTreatEachLineAsParagraphWhenThereAreNoBlankLines() {
        final ParsedArticle article = parse(TestArticles.SCIENCE, ArticleFormat.TEXT);

        assertThat(article.headline())
                .isEqualTo("Deep-Sea Microbes Found Thriving on Hydrogen Beneath the Atlantic Floor");
        assertThat(texts(article, Block.Kind.HEADING))
                .containsExactly(
                        "How the Samples Were Collected",
                        "Why the Finding Matters",
                        "2025 Expedition Plans and Open Questions");
        assertThat(texts(article, Block.Kind.PARAGRAPH))
                .hasSize(6)
                .contains("the authors caution that contamination cannot yet be ruled out")
                .contains("Cell counts were up to ten times higher than in comparable sediments elsewhere.");
    }

    @Test
    void shouldReadMarkdownHeadingsEmphasisListsAndQuotes() {
        final ParsedArticle article = parse(TestArticles.BUSINESS, ArticleFormat.MARKDOWN);

        assertThat(article.headline()).isEqualTo("Voltera Shares Jump as Battery Plant Beats Forecasts");
        assertThat(article.blocks())
                .containsExactly(
                        Block.paragraph(
                                "Voltera Energy reported quarterly revenue of $1.2 billion on Thursday, well ahead of "
                                        + "analyst estimates, as its new cell factory in Ohio reached full output two months earlier "
                                        + "than planned."),
                        Block.heading("Quarterly Results Beat Expectations"),
                        Block.paragraph(
                                "Operating margin rose to 14 percent from 9 percent a year earlier, helped by lower "
                                        + "lithium prices and fewer warranty claims."),
                        Block.paragraph("Revenue grew 38 percent year on year."),
                        Block.paragraph("Free cash flow turned positive for the first time."),
                        Block.paragraph("The company raised its full-year delivery target."),
                        Block.heading("What Analysts Are Watching"),
                        Block.paragraph(
                                "Supply contracts signed last year lock in prices until 2027, which analysts said "
                                        + "protects margins if raw material costs rise again."),
                        Block.paragraph("Short conclusion without a heading marker"),
                        Block.paragraph("Voltera Shares Jump as Battery Plant Beats Forecasts"));
    }

    @Test
    void shouldNotTreatTitleLikePlainLineAsHeadingInMarkdown() {
        final ParsedArticle article = ArticleParser.parse(
                        "# Title\n\nBody text here.\n\nA Title Like Line\n", ArticleFormat.MARKDOWN)
                .orElseThrow();

        assertThat(texts(article, Block.Kind.HEADING)).isEmpty();
    }

    @Test
    void shouldKeepShortHeadlineRepeatedAtEndAsParagraph() {
        final ParsedArticle article = ArticleParser.parse(
                        "Rates on Hold\nThe central bank left rates unchanged.\nRates on Hold", ArticleFormat.TEXT)
                .orElseThrow();

        assertThat(article.blocks())
                .containsExactly(
                        Block.paragraph("The central bank left rates unchanged."), Block.paragraph("Rates on Hold"));
    }

    @Test
    void shouldSkipLeadingBlankLinesAndCollapseWhitespace() {
        final ParsedArticle article = ArticleParser.parse(
                        "\n\n   Budget   Vote  Delayed \n\nLawmakers   adjourned.\n", ArticleFormat.TEXT)
                .orElseThrow();

        assertThat(article.headline()).isEqualTo("Budget Vote Delayed");
        assertThat(article.blocks()).containsExactly(Block.paragraph("Lawmakers adjourned."));
    }

    @Test
    void shouldTreatBlankLineOnlyAfterHeadlineAsNoParagraphSeparator() {
        final ParsedArticle article = ArticleParser.parse(
                        "Storm Hits Coast\n\nWinds reached 120 km/h overnight.\nThousands lost power.\n",
                        ArticleFormat.TEXT)
                .orElseThrow();

        assertThat(texts(article, Block.Kind.PARAGRAPH))
                .containsExactly("Winds reached 120 km/h overnight.", "Thousands lost power.");
    }

    @Test
    void shouldSkipSeparatorLinesWithoutLettersOrDigits() {
        final ParsedArticle article = ArticleParser.parse(
                        "Title\n\nBody one.\n\n* * *\n\nBody two.\n", ArticleFormat.TEXT)
                .orElseThrow();

        assertThat(article.blocks()).containsExactly(Block.paragraph("Body one."), Block.paragraph("Body two."));
    }

    @Test
    void shouldReturnEmptyForBlankText() {
        assertThat(ArticleParser.parse(" \n\t\n", ArticleFormat.TEXT)).isEmpty();
    }

    @Test
    void shouldReportNoBodyParagraphWhenOnlyHeadlineAndHeadings() {
        final ParsedArticle article = ArticleParser.parse(
                        "Headline Only\nA Section Heading\nHeadline Only", ArticleFormat.TEXT)
                .orElseThrow();

        assertThat(article.hasBodyParagraph()).isFalse();
    }

    private static ParsedArticle parse(final String name, final ArticleFormat format) {
        return ArticleParser.parse(TestArticles.text(name), format).orElseThrow();
    }

    private static List<String> texts(final ParsedArticle article, final Block.Kind kind) {
        return article.blocks().stream()
                .filter(block -> block.kind() == kind)
                .map(Block::text)
                .toList();
    }
}
