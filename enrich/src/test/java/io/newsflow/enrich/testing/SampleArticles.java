package io.newsflow.enrich.testing;

import io.newsflow.contract.ArticleMetadata;
import io.newsflow.contract.Citation;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.ParagraphKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a plain-text article of {@code src/test/resources/articles} into the records ingest would publish: the first
 * line is the headline, a short line without closing punctuation is a heading, every other line a paragraph.
 */
public final class SampleArticles {

    public static final String RUTTE = "articles/rutte-odesa-visit.txt";
    /** The sources {@link #RUTTE}'s citation markers name, in the order they are numbered. */
    public static final List<Citation> RUTTE_SOURCES = List.of(
            new Citation(1, "Kyiv Independent"),
            new Citation(2, "The Guardian"),
            new Citation(3, "NATO"),
            new Citation(4, "Euronews"));

    private SampleArticles() {}

    public static List<String> lines(final String resource) {
        try (InputStream in =
                Objects.requireNonNull(SampleArticles.class.getClassLoader().getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
        } catch (final IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    public static List<Paragraph> paragraphs(
            final String resource, final String articleId, final String sourceFile, final Instant ingestedAt) {
        return paragraphs(lines(resource), articleId, sourceFile, ingestedAt);
    }

    public static List<Paragraph> paragraphs(
            final List<String> lines, final String articleId, final String sourceFile, final Instant ingestedAt) {
        final String headline = lines.get(0);
        final List<Paragraph> records = new ArrayList<>();
        String section = null;
        for (int index = 0; index < lines.size(); index++) {
            final String text = lines.get(index);
            final ParagraphKind kind = index == 0
                    ? ParagraphKind.HEADLINE
                    : isHeading(text) ? ParagraphKind.HEADING : ParagraphKind.PARAGRAPH;
            if (kind == ParagraphKind.HEADING) {
                section = text;
            }
            records.add(new Paragraph(
                    articleId,
                    sourceFile,
                    "sha256-" + articleId,
                    ingestedAt,
                    headline,
                    kind,
                    index,
                    lines.size(),
                    kind == ParagraphKind.HEADING ? null : section,
                    text,
                    null));
        }
        return List.copyOf(records);
    }

    /** {@code records} with {@code metadata} on the headline record (index 0), where ingest puts it. */
    public static List<Paragraph> withMetadata(final List<Paragraph> records, final ArticleMetadata metadata) {
        final List<Paragraph> changed = new ArrayList<>(records);
        final Paragraph headline = changed.get(0);
        changed.set(
                0,
                new Paragraph(
                        headline.articleId(),
                        headline.sourceFile(),
                        headline.contentHash(),
                        headline.ingestedAt(),
                        headline.headline(),
                        headline.kind(),
                        headline.index(),
                        headline.count(),
                        headline.section(),
                        headline.text(),
                        metadata));
        return List.copyOf(changed);
    }

    private static boolean isHeading(final String line) {
        return line.length() < 100 && !line.matches(".*[.!?\"”]$");
    }
}
