package io.newsflow.ingest.parse;

import io.newsflow.contract.ArticleMetadata;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page says about itself besides its text, as written in the page (no parsing of dates or URLs): the
 * canonical URL ({@code <link rel=canonical>}, else {@code og:url}), the byline ({@code author} meta, else an
 * {@code author}/{@code byline} element), the published time ({@code article:published_time}, {@code datePublished},
 * else the first {@code <time datetime>}), the language ({@code <html lang>}, else {@code content-language}) and the
 * site's name ({@code og:site_name}). {@link #toArticleMetadata()} turns it into the published metadata.
 */
public record PageMetadata(
        Optional<String> canonicalUrl,
        Optional<String> byline,
        Optional<String> published,
        Optional<String> language,
        Optional<String> siteName) {

    public PageMetadata {
        Objects.requireNonNull(canonicalUrl, "canonicalUrl must not be null");
        Objects.requireNonNull(byline, "byline must not be null");
        Objects.requireNonNull(published, "published must not be null");
        Objects.requireNonNull(language, "language must not be null");
        Objects.requireNonNull(siteName, "siteName must not be null");
    }

    /**
     * The published metadata: the canonical URL, byline and site name as written, the published time when it names an
     * instant, and the declared language as its ISO 639-1 code.
     */
    public ArticleMetadata toArticleMetadata() {
        return new ArticleMetadata(
                ArticleFormat.HTML.metadataName(),
                canonicalUrl.orElse(null),
                byline.orElse(null),
                published.flatMap(Timestamps::parse).orElse(null),
                language.flatMap(ArticleLanguage::declared).orElse(null),
                siteName.orElse(null),
                null,
                List.of());
    }

    static PageMetadata of(final Document page) {
        return new PageMetadata(
                first(page, "link[rel=canonical][href]", "href", "meta[property=og:url][content]", "content"),
                first(
                                page,
                                "meta[name=author][content]",
                                "content",
                                "[itemprop=author] [itemprop=name], "
                                        + "[itemprop=author], [rel=author], .byline, .author",
                                null)
                        .filter(author -> !author.startsWith("http")),
                first(
                        page,
                        "meta[property=article:published_time][content], meta[itemprop=datePublished][content]",
                        "content",
                        "time[datetime]",
                        "datetime"),
                first(page, "html[lang]", "lang", "meta[http-equiv=content-language][content]", "content"),
                first(
                        page,
                        "meta[property=og:site_name][content]",
                        "content",
                        "meta[name=application-name][content]",
                        "content"));
    }

    /** The first non-blank value: {@code attribute} of the first match of {@code query}, or its text when null. */
    private static Optional<String> first(
            final Document page,
            final String query,
            final String attribute,
            final String fallbackQuery,
            final String fallbackAttribute) {
        return value(page.selectFirst(query), attribute)
                .or(() -> value(page.selectFirst(fallbackQuery), fallbackAttribute));
    }

    private static Optional<String> value(final Element element, final String attribute) {
        if (element == null) {
            return Optional.empty();
        }
        final String value = attribute == null ? element.text() : element.attr(attribute);
        return value.isBlank() ? Optional.empty() : Optional.of(ArticleParser.collapse(value));
    }
}
