package io.newsflow.ingest.parse;

import java.util.List;
import java.util.Objects;

/**
 * Everything one file yields: its articles and its bad items, in file order. A {@code manyArticles} file (a feed, JSON
 * Lines) is published item by item — each good item is its own article with its own ledger entry, a bad item is
 * reported while the others are published; a single-article file (text, Markdown, HTML) is one article or is
 * quarantined whole, and then {@code articles} holds exactly one item and {@code badItems} is empty.
 *
 * <p>{@code charset} is the encoding the file was read with, for the log.
 */
public record FileItems(
        ArticleFormat format,
        boolean manyArticles,
        String charset,
        List<ArticleItem> articles,
        List<BadItem> badItems) {

    public FileItems {
        Objects.requireNonNull(format, "format must not be null");
        Objects.requireNonNull(charset, "charset must not be null");
        articles = List.copyOf(articles);
        badItems = List.copyOf(badItems);
        if (!manyArticles && (articles.size() != 1 || !badItems.isEmpty())) {
            throw new IllegalArgumentException("a single-article file yields exactly one article and no bad item, was "
                    + articles.size() + " articles and " + badItems.size() + " bad items");
        }
    }

    /** A text, Markdown or HTML file's one article, identified by its whole decoded text. */
    public static FileItems single(final ArticleFormat format, final DecodedText decoded, final ParsedArticle article) {
        return new FileItems(
                format,
                false,
                decoded.charset().name(),
                List.of(new ArticleItem(1, null, decoded.text(), article)),
                List.of());
    }

    /** How many items the file holds, good and bad. */
    public int items() {
        return articles.size() + badItems.size();
    }
}
