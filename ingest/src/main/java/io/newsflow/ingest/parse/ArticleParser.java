package io.newsflow.ingest.parse;

import io.newsflow.contract.ArticleMetadata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads decoded plain text or Markdown into a {@link ParsedArticle}: the first non-empty line is the headline, the rest
 * becomes headings and paragraphs in file order. Pure: no I/O, no Kafka.
 *
 * <p>Paragraphs: when the body separates blocks with blank lines, each block of consecutive lines is one paragraph
 * (hard-wrapped lines joined with a space); otherwise every line is a paragraph. Headings: in Markdown, {@code #}
 * lines; in plain text, a line on its own that {@link HeadingDetector} finds title-like. A line repeating the headline
 * is always a paragraph: dropping such repeats is enrich's job, and it can only do it if it sees them. A block or
 * line without a letter or digit ({@code * * *}, {@code ---}, a code fence) is a separator, not a paragraph.
 *
 * <p>Markdown is read minimally: {@code **} and {@code __} emphasis, bullet markers, block quote markers and trailing
 * {@code #}s are removed; list items are paragraphs; horizontal rules are skipped. Links and code are left as written.
 */
public final class ArticleParser {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern MARKDOWN_RULE = Pattern.compile("^\\s{0,3}([-*_])(?:\\s*\\1){2,}\\s*$");
    private static final Pattern MARKDOWN_BULLET = Pattern.compile("^\\s*[-*+]\\s+");
    private static final Pattern MARKDOWN_ORDERED = Pattern.compile("^\\s*\\d{1,9}[.)]\\s+");
    private static final Pattern MARKDOWN_QUOTE = Pattern.compile("^\\s*(?:>\\s?)+");
    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("\\*\\*|__");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ArticleParser() {}

    /**
     * Parses {@code text} (line endings already {@code \n}). Returns empty when there is no non-blank line, so no
     * headline.
     */
    public static Optional<ParsedArticle> parse(final String text, final ArticleFormat format) {
        final List<String> lines = Arrays.asList(text.split("\n", -1));
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            return Optional.empty();
        }
        final String headline =
                format == ArticleFormat.MARKDOWN ? markdownHeadline(lines.get(first)) : collapse(lines.get(first));
        if (headline.isEmpty()) {
            return Optional.empty();
        }
        final List<String> body = lines.subList(first + 1, lines.size());
        final LineReader reader =
                format == ArticleFormat.MARKDOWN ? new MarkdownReader(headline) : new PlainTextReader(headline);
        return Optional.of(
                new ParsedArticle(headline, blocks(body, reader), ArticleMetadata.of(format.metadataName())));
    }

    private static List<Block> blocks(final List<String> body, final LineReader reader) {
        final List<Block> blocks = new ArrayList<>();
        if (hasBlankLineBetweenBlocks(body)) {
            final List<String> group = new ArrayList<>();
            for (final String line : body) {
                if (line.isBlank()) {
                    reader.readGroup(group, blocks);
                    group.clear();
                } else {
                    group.add(line);
                }
            }
            reader.readGroup(group, blocks);
        } else {
            for (final String line : body) {
                if (!line.isBlank()) {
                    reader.readGroup(List.of(line), blocks);
                }
            }
        }
        return blocks;
    }

    /** A blank line with text on both sides; blank lines only at the body's start or end separate nothing. */
    private static boolean hasBlankLineBetweenBlocks(final List<String> body) {
        int start = 0;
        int end = body.size();
        while (start < end && body.get(start).isBlank()) {
            start++;
        }
        while (end > start && body.get(end - 1).isBlank()) {
            end--;
        }
        return body.subList(start, end).stream().anyMatch(String::isBlank);
    }

    private static String markdownHeadline(final String line) {
        final Matcher heading = MARKDOWN_HEADING.matcher(line);
        return collapse(stripEmphasis(heading.matches() ? heading.group(2) : line));
    }

    private static String stripEmphasis(final String text) {
        return MARKDOWN_EMPHASIS.matcher(text).replaceAll("");
    }

    static String collapse(final String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private static boolean isSeparator(final String text) {
        return text.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** Turns one group of consecutive non-blank lines into blocks. */
    private interface LineReader {
        void readGroup(List<String> group, List<Block> blocks);
    }

    private static final class PlainTextReader implements LineReader {
        private final String headline;

        PlainTextReader(final String headline) {
            this.headline = headline;
        }

        @Override
        public void readGroup(final List<String> group, final List<Block> blocks) {
            if (group.isEmpty()) {
                return;
            }
            final String text = collapse(String.join(" ", group));
            if (isSeparator(text)) {
                return;
            }
            final boolean heading = group.size() == 1 && !text.equals(headline) && HeadingDetector.isHeading(text);
            blocks.add(heading ? Block.heading(text) : Block.paragraph(text));
        }
    }

    private static final class MarkdownReader implements LineReader {
        private final String headline;

        MarkdownReader(final String headline) {
            this.headline = headline;
        }

        @Override
        public void readGroup(final List<String> group, final List<Block> blocks) {
            final List<String> paragraph = new ArrayList<>();
            for (final String line : group) {
                final Matcher heading = MARKDOWN_HEADING.matcher(line);
                if (heading.matches() || MARKDOWN_RULE.matcher(line).matches()) {
                    flush(paragraph, blocks);
                    final String text = heading.matches() ? collapse(stripEmphasis(heading.group(2))) : "";
                    if (!text.isEmpty()) {
                        blocks.add(text.equals(headline) ? Block.paragraph(text) : Block.heading(text));
                    }
                } else if (isListItem(line)) {
                    // each list item is a paragraph of its own; its wrapped continuation lines join it
                    flush(paragraph, blocks);
                    paragraph.add(MARKDOWN_BULLET.matcher(line).replaceFirst(""));
                } else {
                    paragraph.add(MARKDOWN_QUOTE.matcher(line).replaceFirst(""));
                }
            }
            flush(paragraph, blocks);
        }

        private static boolean isListItem(final String line) {
            return MARKDOWN_BULLET.matcher(line).find()
                    || MARKDOWN_ORDERED.matcher(line).find();
        }

        private static void flush(final List<String> paragraph, final List<Block> blocks) {
            final String text = collapse(stripEmphasis(String.join(" ", paragraph)));
            paragraph.clear();
            if (!isSeparator(text)) {
                blocks.add(Block.paragraph(text));
            }
        }
    }
}
