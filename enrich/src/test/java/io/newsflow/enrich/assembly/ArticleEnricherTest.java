package io.newsflow.enrich.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.contract.Article;
import io.newsflow.contract.ArticleMetadata;
import io.newsflow.contract.ArticleParagraph;
import io.newsflow.contract.Citation;
import io.newsflow.contract.EnrichedParagraph;
import io.newsflow.contract.EntitySummary;
import io.newsflow.contract.EntityType;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.ParagraphKind;
import io.newsflow.contract.Quote;
import io.newsflow.enrich.testing.EntityOffsets;
import io.newsflow.enrich.testing.SampleArticles;
import io.newsflow.tagger.ArticleText;
import io.newsflow.tagger.testing.NameTagger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleEnricherTest {

    private static final Instant INGESTED = Instant.parse("2026-11-27T10:00:00Z");
    private static final Instant ASSEMBLED = Instant.parse("2026-11-27T10:00:02Z");

    private final List<ArticleText> tagged = new ArrayList<>();
    private final NameTagger names = NameTagger.forSample();
    private final ArticleEnricher enricher = new ArticleEnricher(article -> {
        tagged.add(article);
        return names.tag(article);
    });

    /** The sample's records without the headline repeated at the end, as de-duplication keeps them. */
    private static List<Paragraph> keptSample() {
        final List<Paragraph> records = SampleArticles.paragraphs(SampleArticles.RUTTE, "a1", "rutte.txt", INGESTED);
        return records.subList(0, records.size() - 1);
    }

    @Test
    void shouldAssembleSampleArticle() {
        final Article article = enricher.enrich(keptSample(), 1, ASSEMBLED).article();

        assertThat(article.headline()).startsWith("NATO Chief Rutte Makes Surprise Odesa Visit");
        assertThat(article.paragraphs()).hasSize(17);
        assertThat(article.sections())
                .containsExactly(
                        "Key Developments: Strategic Timing Amid Intensifying Conflict",
                        "Global Reactions: International Solidarity and Peace Efforts",
                        "Expert Insights: Learning from Past Failures",
                        "Future Implications: Post-Conflict Security Guarantees",
                        "Standing Firm Against Aggression");
        assertThat(article.sources()).containsExactlyElementsOf(SampleArticles.RUTTE_SOURCES);
        assertThat(article.paragraphs())
                .extracting(ArticleParagraph::text)
                .noneMatch(text -> text.matches("(?s).*(Kyiv Independent|The Guardian|NATO|Euronews)\\d.*"))
                .noneMatch(text -> text.equals(article.headline()));
        assertThat(article.duplicatesDropped()).isEqualTo(1);
        assertThat(article.storyId()).isEqualTo("a1");
        assertThat(article.timings().ingestedAt()).isEqualTo(INGESTED);
        assertThat(article.timings().assembledAt()).isEqualTo(ASSEMBLED);
    }

    @Test
    void shouldNotTagArticlesInALanguageNotTaggedButKeepTheirStructure() {
        final List<Paragraph> german = withLanguage(
                List.of(
                        "Rutte besucht Odesa",
                        "Mark Rutte, der Generalsekretär der NATO, besuchte am Mittwoch Odesa, berichtet Kyiv Independent1.",
                        "\"Wir stehen an Ihrer Seite\", sagte Rutte vor Journalisten."),
                "de");

        final EnrichedArticle enriched = enricher.enrich(german, 0, ASSEMBLED);

        assertThat(tagged).isEmpty();
        assertThat(enriched.article().entities()).isEmpty();
        assertThat(enriched.article().entitiesSkipped()).isEqualTo(Article.LANGUAGE_NOT_TAGGED);
        assertThat(enriched.article().paragraphs())
                .hasSize(2)
                .allSatisfy(paragraph -> assertThat(paragraph.entities()).isEmpty());
        assertThat(enriched.article().sources()).containsExactly(new Citation(1, "Kyiv Independent"));
        assertThat(enriched.article().quotes()).extracting(Quote::text).containsExactly("Wir stehen an Ihrer Seite");
        assertThat(enriched.article().metadata().language()).isEqualTo("de");
    }

    @Test
    void shouldTagLanguagesItIsConfiguredForAndArticlesOfUnknownLanguage() {
        final ArticleEnricher widened = new ArticleEnricher(names::tag, Set.of("en", "de"));
        final List<String> lines = SampleArticles.lines(SampleArticles.RUTTE);

        assertThat(widened.enrich(withLanguage(lines, "de"), 0, ASSEMBLED)
                        .article()
                        .entitiesSkipped())
                .isNull();
        assertThat(enricher.enrich(withLanguage(lines, "en"), 0, ASSEMBLED)
                        .article()
                        .entities())
                .isNotEmpty();
        assertThat(enricher.enrich(keptSample(), 0, ASSEMBLED).article().entities())
                .isNotEmpty();
    }

    /** Records of {@code lines} whose headline record says the article is in {@code language}. */
    private static List<Paragraph> withLanguage(final List<String> lines, final String language) {
        return SampleArticles.withMetadata(
                SampleArticles.paragraphs(lines, "a2", "a.txt", INGESTED),
                ArticleMetadata.of("text").withLanguage(language));
    }

    @Test
    void shouldTagCleanTextInOneCallWithHeadlineAndHeadings() {
        final Article article = enricher.enrich(keptSample(), 0, ASSEMBLED).article();

        assertThat(tagged).hasSize(1);
        assertThat(tagged.get(0).headline()).isEqualTo(article.headline());
        assertThat(tagged.get(0).headings()).isEqualTo(article.sections());
        assertThat(tagged.get(0).paragraphs())
                .isEqualTo(article.paragraphs().stream()
                        .map(ArticleParagraph::text)
                        .toList());
    }

    @Test
    void shouldPointEveryEntityIntoCleanText() {
        final List<EnrichedParagraph> paragraphs =
                enricher.enrich(keptSample(), 0, ASSEMBLED).paragraphs();

        EntityOffsets.assertEntitiesPointIntoCleanText(paragraphs);
    }

    @Test
    void shouldEmitOneEnrichedParagraphPerKeptRecord() {
        final List<EnrichedParagraph> paragraphs =
                enricher.enrich(keptSample(), 0, ASSEMBLED).paragraphs();

        assertThat(paragraphs)
                .extracting(EnrichedParagraph::index)
                .containsExactlyElementsOf(
                        keptSample().stream().map(Paragraph::index).toList());
        final EnrichedParagraph headline = paragraphs.get(0);
        assertThat(headline.kind()).isEqualTo(ParagraphKind.HEADLINE);
        assertThat(headline.cleanText()).isEqualTo(headline.text());
        assertThat(headline.entities()).isEmpty();
        assertThat(headline.citations()).isEmpty();
        assertThat(paragraphs.get(3).citations()).containsExactly(new Citation(1, "Kyiv Independent"));
        assertThat(paragraphs.get(3).cleanText()).endsWith("discussed critical defense needs.");
        assertThat(paragraphs.get(3).text()).endsWith("discussed critical defense needs Kyiv Independent1.");
    }

    @Test
    void shouldAggregateEntitiesByCanonicalNameAndType() {
        final Article article = enricher.enrich(keptSample(), 0, ASSEMBLED).article();

        assertThat(article.entities())
                .contains(new EntitySummary("Mark Rutte", EntityType.PERSON, countOf(article, "Mark Rutte")))
                .first()
                .isEqualTo(new EntitySummary("Ukraine", EntityType.LOCATION, countOf(article, "Ukraine")));
        assertThat(article.entities()).extracting(EntitySummary::mentions).isSortedAccordingTo((a, b) -> b - a);
        assertThat(article.entities())
                .extracting(EntitySummary::canonical)
                .doesNotHaveDuplicates()
                .contains("Volodymyr Zelenskyy", "Donald Trump", "Vladimir Putin", "NATO");
    }

    @Test
    void shouldExtractQuotesWithSpeakers() {
        final Article article = enricher.enrich(keptSample(), 0, ASSEMBLED).article();

        assertThat(article.quotes())
                .contains(new Quote(
                        "The main focus of our talks was strengthening Ukraine's air defence", "Volodymyr Zelenskyy"));
        assertThat(article.quotes())
                .filteredOn(quote -> quote.text().startsWith("This is simply outrageous"))
                .extracting(Quote::speaker)
                .containsExactly("Mark Rutte");
        assertThat(article.quotes())
                .filteredOn(quote -> quote.text().startsWith("As soon as the war is over"))
                .extracting(Quote::speaker)
                .containsExactly("Mark Rutte");
        assertThat(article.quotes())
                .extracting(Quote::text)
                .doesNotContain("unwavering", "massive", "coalition of the willing", "strong and sovereign");
    }

    @Test
    void shouldLeaveOutEntitiesWhoseOffsetsMissTheirText() {
        final ArticleEnricher sloppy = new ArticleEnricher(article -> article.paragraphs().stream()
                .map(text -> List.of(new io.newsflow.tagger.Entity(
                        "Rutte", io.newsflow.tagger.EntityType.PERSON, 0, 5, "Mark Rutte", 1.0, null)))
                .toList());
        final List<Paragraph> records = SampleArticles.paragraphs(
                List.of("Headline", "Rutte spoke.", "Then Rutte left."), "a2", "b.txt", INGESTED);

        final Article article = sloppy.enrich(records, 0, ASSEMBLED).article();

        assertThat(article.paragraphs().get(0).entities()).hasSize(1);
        assertThat(article.paragraphs().get(1).entities()).isEmpty();
    }

    @Test
    void shouldFailWhenTaggerAnswersForAnotherNumberOfParagraphs() {
        final ArticleEnricher broken = new ArticleEnricher(article -> List.of());

        assertThatThrownBy(() -> broken.enrich(keptSample(), 0, ASSEMBLED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a1");
    }

    private static int countOf(final Article article, final String canonical) {
        return (int) article.paragraphs().stream()
                .flatMap(paragraph -> paragraph.entities().stream())
                .filter(entity -> entity.canonical().equals(canonical))
                .count();
    }
}
