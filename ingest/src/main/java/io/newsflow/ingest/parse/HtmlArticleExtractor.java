package io.newsflow.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads a decoded HTML page into a {@link ParsedArticle} and its {@link PageMetadata}. Pure: jsoup parses the text
 * and nothing is ever fetched (no network, no remote resources).
 *
 * <p>The headline is the page's {@code <h1>} when the {@code og:title} or {@code <title>} names it, else the
 * {@code og:title}, else the {@code <h1>}, else the {@code <title>} — titles without the site's name
 * ({@code " | Site"}, {@code " - Site"}). The body is what {@link ContentScorer} finds once {@link HtmlBoilerplate}
 * has gone: {@code <h2>}–{@code <h6>} (and an {@code <h1>} that is not the headline) are headings; {@code <p>}, list
 * items, block quotes and text standing in a {@code <div>} are paragraphs, in page order. A {@code <br>} inside a
 * paragraph is a space; two in a row outside one end a paragraph. Lists and boxes that are mostly links, and
 * paragraphs made of a single link or, when short (at most {@value #MAX_LINK_LINE_WORDS} words), mostly of link text
 * ("Read more: …"), are navigation, not prose.
 */
public final class HtmlArticleExtractor {

    /** What a page holds: the article and what the page says about itself. */
    public record Page(ParsedArticle article, PageMetadata metadata) {
        public Page {
            Objects.requireNonNull(article, "article must not be null");
            Objects.requireNonNull(metadata, "metadata must not be null");
        }
    }

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCKS = Set.of(
            "address",
            "article",
            "blockquote",
            "dd",
            "div",
            "dl",
            "dt",
            "figcaption",
            "figure",
            "footer",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hr",
            "li",
            "main",
            "ol",
            "p",
            "pre",
            "section",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr",
            "ul",
            "caption");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·»:]{1,2}\\s+");
    private static final int MAX_SUFFIX_WORDS = 4;
    private static final double MAX_LIST_LINK_DENSITY = 0.5;
    /** A short line ("Read more: …", "Related: …") that is mostly one link's text points elsewhere, like a link. */
    private static final int MAX_LINK_LINE_WORDS = 25;

    private static final double MIN_LINK_LINE_SHARE = 0.75;

    private HtmlArticleExtractor() {}

    /** Reads {@code html}; empty when the page has neither a headline nor any body text. */
    public static Optional<Page> extract(final String html) {
        final Document page = Jsoup.parse(html);
        final PageMetadata metadata = PageMetadata.of(page);
        final Optional<String> headline = headline(page);
        final Element body = page.body();
        HtmlBoilerplate.remove(body);
        final List<Block> blocks = new ArrayList<>();
        for (final Element content : ContentScorer.content(body)) {
            new BlockWriter(headline.orElse(""), true, blocks).write(content);
        }
        if (headline.isEmpty() && blocks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Page(ParsedArticle.headedBy(headline, blocks, metadata.toArticleMetadata()), metadata));
    }

    /**
     * The headings and paragraphs of an HTML fragment that is all article — a feed item's content, a JSON body: no
     * content scoring, but scripts, styles, hidden elements and named boilerplate boxes are dropped as from a page.
     */
    public static List<Block> blocksOf(final String fragment) {
        final Document document = Jsoup.parseBodyFragment(fragment);
        final Element body = document.body();
        HtmlBoilerplate.remove(body);
        final List<Block> blocks = new ArrayList<>();
        new BlockWriter("", false, blocks).write(body);
        return blocks;
    }

    static Optional<String> headline(final Document page) {
        final Optional<String> siteName = content(page, "meta[property=og:site_name]");
        final Optional<String> ogTitle = content(page, "meta[property=og:title], meta[name=twitter:title]")
                .map(title -> withoutSiteName(title, siteName));
        final Optional<String> title = Optional.of(ArticleParser.collapse(page.title()))
                .filter(t -> !t.isEmpty())
                .map(t -> withoutSiteName(t, siteName));
        final List<String> h1s = page.select("h1").stream()
                .map(HtmlArticleExtractor::headingText)
                .filter(text -> !text.isEmpty())
                .toList();
        for (final String h1 : h1s) {
            if (names(ogTitle, h1) || names(title, h1)) {
                return Optional.of(h1);
            }
        }
        return ogTitle.or(() -> h1s.stream().findFirst()).or(() -> title);
    }

    /**
     * A heading's text; of a heading that holds paragraphs (an unclosed {@code <h1>} swallows what follows), only its
     * own text.
     */
    static String headingText(final Element heading) {
        final boolean holdsBlocks = heading.children().stream().anyMatch(child -> BLOCKS.contains(child.normalName()));
        return ArticleParser.collapse(holdsBlocks ? heading.ownText() : heading.text());
    }

    private static boolean names(final Optional<String> title, final String h1) {
        return title.isPresent() && title.get().toLowerCase(Locale.ROOT).contains(h1.toLowerCase(Locale.ROOT));
    }

    private static Optional<String> content(final Document page, final String query) {
        final Element meta = page.selectFirst(query);
        return meta == null
                ? Optional.empty()
                : Optional.of(ArticleParser.collapse(meta.attr("content"))).filter(text -> !text.isEmpty());
    }

    /**
     * {@code title} without a trailing {@code " | Site"} or {@code " - Site"}: every last part naming the page's site,
     * then one more short (at most {@value #MAX_SUFFIX_WORDS} words) last part, a section's or a site's name; or
     * without a leading {@code "Site | "}.
     */
    static String withoutSiteName(final String title, final Optional<String> siteName) {
        final String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        final String site = siteName.map(name -> name.toLowerCase(Locale.ROOT)).orElse("");
        if (!site.isEmpty() && parts[0].toLowerCase(Locale.ROOT).equals(site)) {
            return title.substring(title.indexOf(parts[1], parts[0].length())).strip();
        }
        String result = title;
        while (true) {
            final MatchResult last = lastSeparator(result);
            if (last == null) {
                return result;
            }
            final String head = result.substring(0, last.start());
            final String tail = result.substring(last.end());
            final boolean isSite =
                    !site.isEmpty() && tail.toLowerCase(Locale.ROOT).contains(site);
            if (!isSite && (words(tail) > MAX_SUFFIX_WORDS || words(head) < 2)) {
                return result;
            }
            result = head.strip();
            if (!isSite) {
                return result;
            }
        }
    }

    /** The last separator's match, or null when there is none. */
    private static MatchResult lastSeparator(final String title) {
        final Matcher matcher = TITLE_SEPARATOR.matcher(title);
        MatchResult last = null;
        while (matcher.find()) {
            last = matcher.toMatchResult();
        }
        return last;
    }

    private static int words(final String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    /** Walks content elements in page order and writes their headings and paragraphs. */
    private static final class BlockWriter {
        private final String headline;
        /** A page's bylines and datelines are dropped; a fragment's text is all article. */
        private final boolean page;

        private final List<Block> blocks;
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private int paragraphDepth;
        /** Inside a quote (an embedded post signs with its date) or a list item, a dated line is the text's own. */
        private int quoteOrItemDepth;

        BlockWriter(final String headline, final boolean page, final List<Block> blocks) {
            this.headline = headline;
            this.page = page;
            this.blocks = blocks;
        }

        void write(final Element content) {
            visit(content);
            flush();
        }

        private void visit(final Node node) {
            if (node instanceof TextNode textNode) {
                append(textNode.getWholeText());
                return;
            }
            if (!(node instanceof Element element)) {
                return;
            }
            final String tag = element.normalName();
            if (tag.equals("br")) {
                text.append(paragraphDepth > 0 ? " " : "\n");
                return;
            }
            if (!BLOCKS.contains(tag)) {
                if (tag.equals("a")) {
                    linkDepth++;
                }
                element.childNodes().forEach(this::visit);
                if (tag.equals("a")) {
                    linkDepth--;
                }
                return;
            }
            flush();
            if (HEADINGS.contains(tag)) {
                heading(element);
                // what an unclosed heading swallowed is still the body
                element.children().stream()
                        .filter(child -> BLOCKS.contains(child.normalName()))
                        .forEach(this::visit);
                flush();
            } else if ((tag.equals("ul")
                            || tag.equals("ol")
                            || tag.equals("div")
                            || tag.equals("section")
                            || tag.equals("table"))
                    && ContentScorer.linkDensity(element) > MAX_LIST_LINK_DENSITY) {
                return;
            } else {
                final boolean paragraph = tag.equals("p");
                final boolean quoteOrItem = tag.equals("blockquote") || tag.equals("li");
                paragraphDepth += paragraph ? 1 : 0;
                quoteOrItemDepth += quoteOrItem ? 1 : 0;
                element.childNodes().forEach(this::visit);
                flush();
                paragraphDepth -= paragraph ? 1 : 0;
                quoteOrItemDepth -= quoteOrItem ? 1 : 0;
            }
        }

        private void append(final String value) {
            text.append(value);
            if (linkDepth > 0) {
                linkChars += value.strip().length();
            }
        }

        private void heading(final Element element) {
            final String heading = headingText(element);
            if (!heading.isEmpty() && !heading.equals(headline) && hasLetterOrDigit(heading)) {
                blocks.add(Block.heading(heading));
            }
        }

        private void flush() {
            final String whole = ArticleParser.collapse(text.toString());
            final boolean allLink = linkChars > 0
                    && (linkChars >= whole.length()
                            || whole.split(" ").length <= MAX_LINK_LINE_WORDS
                                    && linkChars >= whole.length() * MIN_LINK_LINE_SHARE);
            for (final String part : text.toString().split("\n\\s*\n")) {
                final String paragraph = ArticleParser.collapse(part);
                if (!paragraph.isEmpty()
                        && hasLetterOrDigit(paragraph)
                        && !allLink
                        && !(page && quoteOrItemDepth == 0 && MetaLine.isMetaLine(paragraph))) {
                    blocks.add(Block.paragraph(paragraph));
                }
            }
            text.setLength(0);
            linkChars = 0;
        }

        private static boolean hasLetterOrDigit(final String text) {
            return text.codePoints().anyMatch(Character::isLetterOrDigit);
        }
    }
}
