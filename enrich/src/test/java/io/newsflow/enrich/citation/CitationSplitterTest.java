package io.newsflow.enrich.citation;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contract.Citation;
import io.newsflow.enrich.testing.SampleArticles;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitationSplitterTest {

    @Test
    void shouldSplitMarkerOffSentenceEnd() {
        final CitedText cited = CitationSplitter.split(
                "The NATO chief toured a military hospital and discussed critical defense needs Kyiv Independent1.");

        assertThat(cited.cleanText())
                .isEqualTo("The NATO chief toured a military hospital and discussed critical defense needs.");
        assertThat(cited.citations()).containsExactly(new Citation(1, "Kyiv Independent"));
    }

    @Test
    void shouldSplitEveryMarkerOfTheSampleArticle() {
        final List<String> lines = SampleArticles.lines(SampleArticles.RUTTE);

        final List<CitedText> cited = CitationSplitter.split(lines.subList(1, lines.size() - 1));

        final Map<Integer, String> sources = new TreeMap<>();
        cited.forEach(text -> text.citations().forEach(citation -> sources.put(citation.ref(), citation.source())));
        assertThat(sources)
                .containsExactly(
                        Map.entry(1, "Kyiv Independent"),
                        Map.entry(2, "The Guardian"),
                        Map.entry(3, "NATO"),
                        Map.entry(4, "Euronews"));
        assertThat(cited)
                .extracting(CitedText::cleanText)
                .noneMatch(text -> text.matches("(?s).*\\p{L}[1-4][.\"”]?$"))
                .noneMatch(text -> text.matches("(?s).*(Independent|Guardian|NATO|Euronews)\\d.*"))
                .anyMatch(text -> text.endsWith("medical workers have been targeted over the last years\"."))
                .anyMatch(text -> text.endsWith("discussed critical defense needs."));
    }

    @Test
    void shouldKeepTextAroundTheMarkerIntact() {
        final List<CitedText> cited = CitationSplitter.split(List.of(
                "Odesa was hit by a \"massive\" Russian drone attack that sparked fires across the city The Guardian2.",
                "The alliance wants Ukraine to remain \"strong and sovereign\" NATO3.",
                "\"We all support President Trump's push for peace\" Euronews4.",
                "Russia has stalled the process by attaching far-reaching conditions Euronews4."));

        assertThat(cited)
                .extracting(CitedText::cleanText)
                .containsExactly(
                        "Odesa was hit by a \"massive\" Russian drone attack that sparked fires across the city.",
                        "The alliance wants Ukraine to remain \"strong and sovereign\".",
                        "\"We all support President Trump's push for peace\".",
                        "Russia has stalled the process by attaching far-reaching conditions.");
        assertThat(cited)
                .extracting(CitedText::citations)
                .containsExactly(
                        List.of(new Citation(2, "The Guardian")), List.of(new Citation(3, "NATO")),
                        List.of(new Citation(4, "Euronews")), List.of(new Citation(4, "Euronews")));
    }

    @Test
    void shouldFindSourcesNeverSeenBefore() {
        final List<CitedText> cited = CitationSplitter.split(List.of(
                "Officials in Kyiv confirmed the strike on Monday Al Jazeera2.",
                "The talks ended without agreement The New York Times3.",
                "Markets fell sharply after the announcement Reuters7."));

        assertThat(cited)
                .extracting(CitedText::cleanText)
                .containsExactly(
                        "Officials in Kyiv confirmed the strike on Monday.",
                        "The talks ended without agreement.",
                        "Markets fell sharply after the announcement.");
        assertThat(cited)
                .flatExtracting(CitedText::citations)
                .containsExactly(
                        new Citation(2, "Al Jazeera"),
                        new Citation(3, "The New York Times"),
                        new Citation(7, "Reuters"));
    }

    @Test
    void shouldAcceptLargerReferencesThatFormASequence() {
        final List<CitedText> cited = CitationSplitter.split(List.of(
                "The ministry denied the report Associated Press11.",
                "Witnesses described several explosions BBC News12.",
                "The mayor asked residents to stay indoors Deutsche Welle13."));

        assertThat(cited)
                .flatExtracting(CitedText::citations)
                .containsExactly(
                        new Citation(11, "Associated Press"),
                        new Citation(12, "BBC News"),
                        new Citation(13, "Deutsche Welle"));
        assertThat(cited.get(1).cleanText()).isEqualTo("Witnesses described several explosions.");
    }

    @Test
    void shouldCutSourceToTheWordsEveryOccurrenceShares() {
        final List<CitedText> cited = CitationSplitter.split(List.of(
                "The statement was read out by President Zelenskyy Reuters1.",
                "Troops were moved towards the border Reuters1.",
                "Prices rose again in March Reuters1."));

        assertThat(cited).flatExtracting(CitedText::citations).containsOnly(new Citation(1, "Reuters"));
        assertThat(cited.get(0).cleanText()).isEqualTo("The statement was read out by President Zelenskyy.");
    }

    @Test
    void shouldSplitMarkerInTheMiddleOfAParagraph() {
        final CitedText cited = CitationSplitter.split(
                "Protecting civilian infrastructure and lives The Guardian2. The talks continue on Friday Reuters1.");

        assertThat(cited.cleanText())
                .isEqualTo("Protecting civilian infrastructure and lives. The talks continue on Friday.");
        assertThat(cited.citations()).containsExactly(new Citation(2, "The Guardian"), new Citation(1, "Reuters"));
    }

    @Test
    void shouldKeepSourcesWithConnectors() {
        final CitedText cited =
                CitationSplitter.split("Russian forces advanced near Pokrovsk Institute for the Study of War1.");

        assertThat(cited.citations()).containsExactly(new Citation(1, "Institute for the Study of War"));
        assertThat(cited.cleanText()).isEqualTo("Russian forces advanced near Pokrovsk.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "She won the 1500m race in Oslo.",
                "The next climate summit, COP31, will be held in Antalya.",
                "The next climate summit will be COP31.",
                "The airline ordered the A321XLR for its transatlantic routes.",
                "The airline grounded every Boeing 737.",
                "The pledge covers the first quarter of 2025.",
                "Support ends with Windows 11.",
                "Leaders met at the G20.",
                "The flight was MH17.",
                "Spies work for MI6.",
            })
    void shouldNotEatRealNumbers(final String text) {
        final CitedText cited = CitationSplitter.split(text);

        assertThat(cited.cleanText()).isEqualTo(text);
        assertThat(cited.citations()).isEmpty();
    }

    @Test
    void shouldNotTakeCodesForCitationsInAnArticleWithCitations() {
        final List<CitedText> cited = CitationSplitter.split(List.of(
                "Delegates will meet again at COP31.",
                "The summit ended without a deal Reuters1.",
                "Leaders promised to return to the G20.",
                "The ministers spoke for an hour The Guardian2."));

        assertThat(cited)
                .extracting(CitedText::cleanText)
                .containsExactly(
                        "Delegates will meet again at COP31.",
                        "The summit ended without a deal.",
                        "Leaders promised to return to the G20.",
                        "The ministers spoke for an hour.");
    }

    @Test
    void shouldRejectReferenceWhoseOccurrencesNameNoCommonSource() {
        final List<CitedText> cited =
                CitationSplitter.split(List.of("The team finished the season in Formula1.", "He owns a Porsche1."));

        assertThat(cited).flatExtracting(CitedText::citations).isEmpty();
    }

    @Test
    void shouldLeaveTextWithoutMarkersUnchanged() {
        final List<String> paragraphs = List.of("No citations here.", "", "Nor \"here\", said someone.");

        assertThat(CitationSplitter.split(paragraphs))
                .extracting(CitedText::cleanText)
                .isEqualTo(paragraphs);
    }
}
