package io.newsflow.ingest.parse;

import io.newsflow.contract.ArticleMetadata;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Collects the items of a many-article file (a feed, JSON Lines) as they are read, turning each into an
 * {@link ArticleItem} or a {@link BadItem}, the same way for every such format: the body is HTML when it looks like
 * HTML (through {@link HtmlArticleExtractor#blocksOf}, so scripts, styles and hidden elements never become text),
 * else plain text read like a {@code .txt} file; the title heads the article (without one, the body's first block
 * does); an item larger than the per-item limit, or without a body paragraph, is a bad item.
 */
final class ItemArticles {

    private static final Pattern HTML_TAG = Pattern.compile(
            "<(?:/?(?:p|div|br|h[1-6]|ul|ol|li|blockquote|span|a|"
                    + "strong|em|b|i|u|article|section|figure|figcaption|img|table|tr|td|pre|code|script|style|iframe|"
                    + "noscript|hr|sup|sub|small)\\b[^>]*|!--.*?--)>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final ArticleFormat format;
    private final long maxItemBytes;
    private final List<ArticleItem> articles = new ArrayList<>();
    private final List<BadItem> bad = new ArrayList<>();

    ItemArticles(final ArticleFormat format, final long maxItemBytes) {
        this.format = format;
        this.maxItemBytes = maxItemBytes;
    }

    /**
     * Adds the item at {@code position}: {@code id} (may be null) is its identifier within {@code scope}, the feed's
     * own link or id (may be empty); {@code title} and {@code body} may be null.
     */
    void add(
            final int position,
            final String id,
            final String scope,
            final String title,
            final String body,
            final ItemMetadata metadata) {
        final long bytes = utf8Length(title) + utf8Length(body);
        if (bytes > maxItemBytes) {
            bad(
                    position,
                    id,
                    RejectReason.TOO_LARGE,
                    String.format(
                            Locale.ROOT,
                            "the item holds %d bytes of text, more than the limit of %d (NEWSFLOW_MAX_ITEM_BYTES)",
                            bytes,
                            maxItemBytes));
            return;
        }
        final String headline = title == null ? "" : titleText(title);
        final List<Block> blocks = new ArrayList<>(body == null || body.isBlank() ? List.of() : blocks(body));
        if (headline.isEmpty() && blocks.isEmpty()) {
            bad(position, id, RejectReason.EMPTY, "the item has neither a title nor any content");
            return;
        }
        final ArticleMetadata published = metadata.toArticleMetadata(format, id);
        final ParsedArticle article =
                ParsedArticle.headedBy(Optional.of(headline).filter(text -> !text.isEmpty()), blocks, published);
        if (!article.hasBodyParagraph()) {
            bad(
                    position,
                    id,
                    RejectReason.NO_PARAGRAPHS,
                    "the item has " + (blocks.isEmpty() ? "no content" : "no body paragraph") + " besides its title");
            return;
        }
        final String identityKey = id == null || id.isBlank() ? contentKey(article) : ItemIds.identityKey(scope, id);
        articles.add(new ArticleItem(position, id, identityKey, article));
    }

    void bad(final int position, final String id, final RejectReason reason, final String detail) {
        bad.add(new BadItem(position, id, reason, detail));
    }

    FileItems build(final String charset) {
        return new FileItems(format, true, charset, articles, bad);
    }

    /** The body's blocks: HTML read as a fragment, plain text as a {@code .txt} body. */
    static List<Block> blocks(final String body) {
        if (HTML_TAG.matcher(body).find()) {
            return HtmlArticleExtractor.blocksOf(body);
        }
        // a placeholder headline, so the whole body is read as body
        return ArticleParser.parse("-\n\n" + body.replace("\r\n", "\n").replace('\r', '\n'), ArticleFormat.TEXT)
                .map(ParsedArticle::blocks)
                .orElse(List.of());
    }

    /** A title is text, but feeds escape markup into it: entities and tags become plain text. */
    static String titleText(final String title) {
        final String text = title.indexOf('<') >= 0 || title.indexOf('&') >= 0
                ? org.jsoup.Jsoup.parseBodyFragment(title).text()
                : title;
        return ArticleParser.collapse(text);
    }

    /** Without an identifier, an item is its content: the same title and text is the same item. */
    static String contentKey(final ParsedArticle article) {
        return article.headline() + "\n"
                + article.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    private static long utf8Length(final String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }
}
