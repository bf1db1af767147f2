package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contract.ArticleMetadata;
import io.newsflow.ingest.TestArticles;
import io.newsflow.ingest.language.LanguageSamples;
import io.newsflow.ingest.language.LanguageSamples.Sample;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleLanguageTest {

    @Test
    void shouldDetectTheLanguageOfEveryParagraphAndNearlyEveryHeadline() {
        final List<Sample> samples = LanguageSamples.samples();
        assertThat(samples).hasSize(39);

        for (final Sample sample : samples) {
            if (sample.kind().equals("long")) {
                assertThat(ArticleLanguage.of(sample.text(), Optional.empty()))
                        .as("%s: %s", sample.language(), sample.text())
                        .contains(sample.language());
            }
        }
        // measured: 25 of 26 headlines (a Portuguese one is taken for Spanish); an article is read with its body
        final List<Sample> wrong = samples.stream()
                .filter(sample -> sample.kind().equals("short"))
                .filter(sample ->
                        !ArticleLanguage.of(sample.text(), Optional.empty()).equals(Optional.of(sample.language())))
                .toList();
        assertThat(wrong).hasSizeLessThanOrEqualTo(2);
        // where a source declares the right language, a near miss on a headline is settled by the hint
        assertThat(wrong)
                .allSatisfy(sample -> assertThat(ArticleLanguage.of(sample.text(), Optional.of(sample.language())))
                        .contains(sample.language()));
    }

    @Test
    void shouldDecideEveryParagraphFromHalfTheSampleItReads() {
        // the sample is twice what decides every paragraph: a margin for texts harder than ours
        for (final Sample sample : LanguageSamples.samples()) {
            if (sample.kind().equals("long")) {
                final String half = sample.text().substring(0, ArticleLanguage.SAMPLE_CHARS / 2);
                assertThat(ArticleLanguage.of(half, Optional.empty()))
                        .as("%s: %s", sample.language(), half)
                        .contains(sample.language());
            }
        }
    }

    @Test
    void shouldDetectEveryArticleFromItsHeadlineAndOpening() {
        final List<Sample> samples = LanguageSamples.samples();
        final List<String> languages =
                samples.stream().map(Sample::language).distinct().toList();
        assertThat(languages).hasSize(13);
        for (final String language : languages) {
            final List<Sample> own = samples.stream()
                    .filter(sample -> sample.language().equals(language))
                    .toList();
            final String paragraph = LanguageSamples.paragraph(language);
            // every headline, the one taken alone for another language included, is settled by the body's opening
            for (final Sample headline : own) {
                if (!headline.kind().equals("short")) {
                    continue;
                }
                // what follows the sample is not read: an English paragraph after it changes nothing
                final ParsedArticle article = new ParsedArticle(
                        headline.text(),
                        List.of(Block.paragraph(paragraph), Block.paragraph(LanguageSamples.paragraph("en"))));
                assertThat(ArticleLanguage.detect(article).metadata().language())
                        .as("%s: %s", language, headline.text())
                        .isEqualTo(language);
            }
        }
    }

    @Test
    void shouldTakeTheDeclaredLanguageAsAHintNotTheTruth() {
        final String german = LanguageSamples.paragraph("de");
        final String english = LanguageSamples.paragraph("en");

        // a site template declaring English around a German article
        assertThat(ArticleLanguage.of(german, Optional.of("en"))).contains("de");
        assertThat(ArticleLanguage.of(english, Optional.of("en"))).contains("en");
        // too little text to decide: the declaration stands, and without one nothing is claimed
        assertThat(ArticleLanguage.of("Update 3", Optional.of("fr"))).contains("fr");
        assertThat(ArticleLanguage.of("Update 3", Optional.empty())).isEmpty();
        // a language the detector does not know can be neither confirmed nor refuted
        assertThat(ArticleLanguage.of(
                        "Mae'r cyngor wedi cymeradwyo cyllideb newydd ar gyfer llyfrgelloedd y ddinas",
                        Optional.of("cy")))
                .contains("cy");
    }

    @Test
    void shouldSetTheArticlesLanguageInItsMetadata() {
        final ParsedArticle article = new ParsedArticle(
                "Sturm schließt Schulen an der Nordküste",
                List.of(Block.paragraph("Wegen des Sturms bleiben am Montag alle Schulen an der Küste geschlossen, "
                        + "teilte das Ministerium mit.")),
                ArticleMetadata.of("html").withLanguage("en"));

        assertThat(ArticleLanguage.detect(article).metadata().language()).isEqualTo("de");
        assertThat(ArticleLanguage.detect(new ParsedArticle("x", List.of(Block.paragraph("y"))))
                        .metadata()
                        .language())
                .isNull();
        final ParsedArticle sample = ArticleParser.parse(TestArticles.text(TestArticles.SAMPLE), ArticleFormat.TEXT)
                .orElseThrow();
        assertThat(ArticleLanguage.detect(sample).metadata().language()).isEqualTo("en");
    }

    @Test
    void shouldReadDeclaredLanguageTagsAsIso6391() {
        assertThat(ArticleLanguage.declared("en-GB")).contains("en");
        assertThat(ArticleLanguage.declared("de_DE")).contains("de");
        assertThat(ArticleLanguage.declared("FR")).contains("fr");
        assertThat(ArticleLanguage.declared("deu")).contains("de");
        assertThat(ArticleLanguage.declared("x-klingon")).isEmpty();
        assertThat(ArticleLanguage.declared("not a tag")).isEmpty();
        assertThat(ArticleLanguage.declared(" ")).isEmpty();
    }
}
