package io.newsflow.benchmarks.pipeline;

import io.newsflow.benchmarks.corpus.ArticleGenerator;
import io.newsflow.benchmarks.corpus.ArticleGenerator.GeneratedArticle;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.ParagraphKind;
import io.newsflow.enrich.citation.CitationSplitter;
import io.newsflow.enrich.citation.CitedText;
import io.newsflow.ingest.parse.ArticleFormat;
import io.newsflow.ingest.parse.ArticleIdentity;
import io.newsflow.ingest.parse.ArticleParser;
import io.newsflow.ingest.parse.ParsedArticle;
import io.newsflow.ingest.publish.ArticleRecords;
import io.newsflow.tagger.ArticleText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's corpus, in the three shapes its measurements need: the files dropped into the inbox, the
 * {@code news-paragraphs} records ingest makes of them (for the raw-Kafka bound), and the clean texts the tagger sees
 * (for the tagger bound). Seeded: the same arguments give the same corpus.
 */
final class BenchCorpus {

    /** Words and punctuation marks, the unit of "tokens" in tokens per second. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

    private final List<GeneratedArticle> files;
    private final List<Paragraph> records;
    private final List<ArticleText> texts;
    private final long tokens;

    private BenchCorpus(
            final List<GeneratedArticle> files,
            final List<Paragraph> records,
            final List<ArticleText> texts,
            final long tokens) {
        this.files = files;
        this.records = records;
        this.texts = texts;
        this.tokens = tokens;
    }

    /** {@code articles} articles of {@code minParagraphs}..{@code maxParagraphs} body paragraphs each. */
    static BenchCorpus generate(final long seed, final int articles, final int minParagraphs, final int maxParagraphs) {
        return generate(seed, articles, minParagraphs, maxParagraphs, 0);
    }

    /** Like the other; article numbers (and so file names) start at {@code firstNumber}. */
    static BenchCorpus generate(
            final long seed,
            final int articles,
            final int minParagraphs,
            final int maxParagraphs,
            final int firstNumber) {
        final ArticleGenerator generator = new ArticleGenerator(seed);
        final Random sizes = new Random(seed);
        final List<GeneratedArticle> files = new ArrayList<>(articles);
        final List<Paragraph> records = new ArrayList<>();
        final List<ArticleText> texts = new ArrayList<>(articles);
        long tokens = 0;
        final Instant now = Instant.now();
        for (int i = 0; i < articles; i++) {
            final GeneratedArticle file = generator.article(
                    firstNumber + i, minParagraphs + sizes.nextInt(maxParagraphs - minParagraphs + 1));
            files.add(file);
            final ParsedArticle parsed = ArticleParser.parse(file.text(), ArticleFormat.TEXT)
                    .orElseThrow(() ->
                            new IllegalStateException("Generated article " + file.fileName() + " does not parse"));
            final List<Paragraph> articleRecords =
                    ArticleRecords.of(parsed, ArticleIdentity.of(file.text()), file.fileName(), now);
            records.addAll(articleRecords);
            final ArticleText text = articleText(articleRecords);
            texts.add(text);
            for (final String paragraph : text.paragraphs()) {
                tokens += countTokens(paragraph);
            }
        }
        return new BenchCorpus(List.copyOf(files), List.copyOf(records), List.copyOf(texts), tokens);
    }

    List<GeneratedArticle> files() {
        return files;
    }

    /** Every {@code news-paragraphs} record of the corpus: headlines, headings and paragraphs. */
    List<Paragraph> records() {
        return records;
    }

    /** What the tagger is given per article: headline and headings as context, body paragraphs cleaned of markers. */
    List<ArticleText> texts() {
        return texts;
    }

    /** Tokens in the body paragraphs the tagger tags. */
    long tokens() {
        return tokens;
    }

    private static ArticleText articleText(final List<Paragraph> records) {
        final List<String> headings = new ArrayList<>();
        final List<String> body = new ArrayList<>();
        for (final Paragraph record : records) {
            if (record.kind() == ParagraphKind.HEADING) {
                headings.add(record.text());
            } else if (record.kind() == ParagraphKind.PARAGRAPH) {
                body.add(record.text());
            }
        }
        final List<String> clean =
                CitationSplitter.split(body).stream().map(CitedText::cleanText).toList();
        return new ArticleText(records.get(0).headline(), headings, clean);
    }

    private static int countTokens(final String text) {
        final Matcher matcher = TOKEN.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
