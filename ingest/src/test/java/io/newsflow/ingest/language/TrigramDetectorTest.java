package io.newsflow.ingest.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.newsflow.ingest.language.LanguageSamples.Sample;
import io.newsflow.ingest.parse.ArticleLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** Every result compared with Lingua's own, in low-accuracy mode over the same languages. */
class TrigramDetectorTest {

    private static final TrigramDetector DETECTOR = TrigramDetector.of(ArticleLanguage.LANGUAGES);
    private static final LanguageDetector LINGUA = LanguageDetectorBuilder.fromLanguages(
                    ArticleLanguage.LANGUAGES.toArray(Language[]::new))
            .withLowAccuracyMode()
            .build();

    /** Letters, accents of the rules' tables, other scripts, digits, punctuation, spaces and a surrogate pair. */
    private static final String POOL =
            "aeiou nrstlhdmcwbkgpfvyzjqx AEIOUNRST ß äöüåæøéèêëàâîïôûçñãõáíóúýčšžřěůőűłńśźżąęćđțşğıİ"
                    + " абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ αβγδεζηθικλμνξοπρστυφχψω אבגדהוזחטיכלמנסעפצקרשת ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
                    + " 日本語中文新聞 ひらがなカタカナ 한국어뉴스 ไทย Հայերեն हिन्दी 0123456789 .,;:!?\"'()-–—«»„“ \t\n\u00a0\u2009 😀𝐀";

    @Test
    void shouldGiveLinguasResultsOnTheLanguageTestSet() {
        final List<String> texts = new ArrayList<>();
        final List<Sample> samples = LanguageSamples.samples();
        for (final Sample sample : samples) {
            texts.add(sample.text());
            if (sample.kind().equals("long")) {
                // what ingest reads: 150 characters decide every paragraph, an article's first 300 are read
                texts.add(sample.text().substring(0, 150));
                for (final Sample headline : samples) {
                    if (headline.language().equals(sample.language())
                            && headline.kind().equals("short")) {
                        final String article = headline.text() + "\n" + sample.text();
                        texts.add(article.substring(0, Math.min(300, article.length())));
                    }
                }
            }
        }
        assertSameAsLingua(texts);
    }

    @Test
    void shouldGiveLinguasResultsOnMixedAndShortTexts() {
        final List<Sample> samples = LanguageSamples.samples();
        final List<String> texts = new ArrayList<>();
        // two languages in one text, half of each
        for (final Sample first : samples) {
            for (final Sample second : samples) {
                if (first.kind().equals("long") && second.kind().equals("long")) {
                    texts.add(
                            first.text().substring(0, 100) + " " + second.text().substring(100, 200));
                }
            }
        }
        // every text cut short, down to a letter
        for (final Sample sample : samples) {
            for (int length = 1; length <= Math.min(60, sample.text().length()); length++) {
                texts.add(sample.text().substring(0, length));
            }
        }
        texts.addAll(List.of(
                "Η κυβέρνηση ενέκρινε νέο προϋπολογισμό για τις βιβλιοθήκες",
                "מועצת העיר אישרה תקציב חדש לספריות",
                "وافق مجلس المدينة على ميزانية جديدة للمكتبات",
                "市议会批准了图书馆的新预算",
                "市議会は図書館の新しい予算を承認した",
                "시의회는 도서관 예산을 승인했다",
                "สภาเมืองอนุมัติงบประมาณใหม่",
                "Tokyo 東京 and 大阪 are cities, ソニー said",
                "2026-12-08 12:00 — 3,400 (+5 %)",
                "\u00a0 İstanbul'da belediye meclisi kütüphaneler için bütçeyi onayladı \u00a0",
                "Straße Straße Straße",
                "ñandú ñoño",
                "𝐀𝐁𝐂 news 😀 today"));
        assertSameAsLingua(texts);
    }

    @Test
    void shouldGiveLinguasResultsOnRandomTexts() {
        final Random random = new Random(20261208);
        final List<String> texts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            final StringBuilder text = new StringBuilder();
            final int length = 1 + random.nextInt(120);
            // runs from one part of the pool, so that words stay mostly in one script as real text does
            while (text.length() < length) {
                final int from = random.nextInt(POOL.length());
                final int run = 1 + random.nextInt(12);
                for (int j = from; j < Math.min(POOL.length(), from + run); j++) {
                    text.append(POOL.charAt(j));
                }
            }
            texts.add(text.toString());
        }
        assertSameAsLingua(texts);
    }

    @Test
    void shouldBeEmptyWithoutLettersOrCertainByScript() {
        assertThat(DETECTOR.confidences("2026 — 12:00, 3.4 %")).isEmpty();
        assertThat(DETECTOR.confidences("")).isEmpty();
        assertThat(DETECTOR.confidences("Η κυβέρνηση ενέκρινε")).isEqualTo(Map.of(Language.GREEK, 1.0));
        assertThat(DETECTOR.confidences("Straße")).isEqualTo(Map.of(Language.GERMAN, 1.0));
        assertThat(DETECTOR.confidences(LanguageSamples.paragraph("en")).firstKey())
                .isEqualTo(Language.ENGLISH);
    }

    private static void assertSameAsLingua(final List<String> texts) {
        for (final String text : texts) {
            final SortedMap<Language, Double> expected = LINGUA.computeLanguageConfidenceValues(text);
            final SortedMap<Language, Double> actual = DETECTOR.confidences(text);
            assertThat(actual.keySet()).as("languages of '%s'", text).isEqualTo(expected.keySet());
            for (final Map.Entry<Language, Double> entry : expected.entrySet()) {
                // the same float terms, summed in another order
                assertThat(actual.get(entry.getKey()))
                        .as("%s of '%s'", entry.getKey(), text)
                        .isCloseTo(entry.getValue(), within(1e-4));
            }
            if (expected.size() > 1) {
                final List<Double> values = List.copyOf(expected.values());
                if (values.get(0) - values.get(1) > 1e-4) {
                    assertThat(actual.firstKey()).as("best of '%s'", text).isEqualTo(expected.firstKey());
                }
            }
        }
    }
}
