package io.newsflow.ingest.parse;

import io.newsflow.contract.ArticleMetadata;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads IPTC NewsML-G2 (parsed by {@link SafeXml}: no DTD, no entity is ever resolved). A {@code <newsItem>} file is
 * one article, identified like any single-article file by its whole text; a {@code <newsMessage>} is one article per
 * {@code <newsItem>} of its {@code <itemSet>}, at its position there, identified by its {@code guid} (else its
 * content), a bad item reported while the others are published; a {@code <packageItem>} only references its items and
 * is not an article ({@link RejectReason#NO_PARAGRAPHS}).
 *
 * <p>Of a news item: the headline is {@code contentMeta/headline}; the body is the first {@code contentSet/inlineXML}
 * — XHTML ({@code body}) or NITF ({@code body.content}, its {@code hl2} as headings) — read by the same code as an
 * HTML page's content, else an {@code inlineData} read as HTML or plain text. Metadata: {@code guid} (external id),
 * {@code contentMeta/by}, else the creators' names, else the NITF byline; {@code firstCreated}, else
 * {@code contentCreated}, else {@code versionCreated}; {@code contentMeta/language/@tag}, else {@code xml:lang}, as
 * a hint; the provider's name, literal or code, else the copyright holder; the subjects' names.
 */
final class NewsmlG2Reader {

    static final String NAR_NS = "http://iptc.org/std/nar/2006-10-01/";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final Pattern NITF_HEADING = Pattern.compile("<(/?)hl2\\b");

    private NewsmlG2Reader() {}

    static FileItems read(final byte[] bytes, final DecodedText decoded, final long maxItemBytes)
            throws RejectedFileException {
        final Document document = SafeXml.parse(bytes);
        final Element root = document.getDocumentElement();
        final String name = String.valueOf(root.getLocalName());
        if (name.equals("newsItem")) {
            return FileItems.single(ArticleFormat.NEWSML_G2, decoded, article(root));
        }
        if (name.equals("packageItem")) {
            throw new RejectedFileException(
                    RejectReason.NO_PARAGRAPHS,
                    "a NewsML-G2 packageItem references its "
                            + "items without carrying them: drop the newsItems, or a newsMessage holding them");
        }
        if (!name.equals("newsMessage")) {
            throw new RejectedFileException(
                    RejectReason.UNSUPPORTED_FORMAT, "a NewsML-G2 <" + ItemIds.sanitise(name) + "> holds no news item");
        }
        final Element itemSet = FeedReader.child(root, NAR_NS, "itemSet");
        final List<ArticleItem> articles = new ArrayList<>();
        final List<BadItem> bad = new ArrayList<>();
        int position = 0;
        for (Node node = itemSet == null ? null : itemSet.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element item)) {
                continue;
            }
            position++;
            if (!"newsItem".equals(item.getLocalName())) {
                // packages, concepts, knowledge: no article text of their own
                continue;
            }
            final String guid = item.getAttribute("guid").isBlank() ? null : item.getAttribute("guid");
            final long size = String.valueOf(item.getTextContent()).getBytes(StandardCharsets.UTF_8).length;
            if (size > maxItemBytes) {
                bad.add(new BadItem(
                        position,
                        guid,
                        RejectReason.TOO_LARGE,
                        String.format(
                                Locale.ROOT,
                                "the item holds %d bytes of text, more than the limit of %d (NEWSFLOW_MAX_ITEM_BYTES)",
                                size,
                                maxItemBytes)));
                continue;
            }
            try {
                final ParsedArticle article = article(item);
                articles.add(new ArticleItem(
                        position,
                        guid,
                        guid == null ? ItemArticles.contentKey(article) : ItemIds.identityKey("", guid),
                        article));
            } catch (final RejectedFileException e) {
                bad.add(new BadItem(position, guid, e.reason(), e.detail()));
            }
        }
        final String charset = document.getXmlEncoding() == null ? "UTF-8" : document.getXmlEncoding();
        return new FileItems(ArticleFormat.NEWSML_G2, true, charset, articles, bad);
    }

    /** One news item as an article, or why it is none. */
    static ParsedArticle article(final Element item) throws RejectedFileException {
        final Element contentMeta = FeedReader.child(item, NAR_NS, "contentMeta");
        final Optional<String> headline = Optional.ofNullable(
                        contentMeta == null ? null : FeedReader.text(FeedReader.child(contentMeta, NAR_NS, "headline")))
                .map(ItemArticles::titleText)
                .filter(text -> !text.isEmpty());
        final Body body = body(FeedReader.child(item, NAR_NS, "contentSet"));
        final List<Block> blocks = new ArrayList<>(body.html() == null ? List.of() : ItemArticles.blocks(body.html()));
        // an XHTML body often repeats the headline as its <h1>
        headline.ifPresent(title -> blocks.removeIf(
                block -> block.kind() == Block.Kind.HEADING && block.text().equals(title)));
        if (headline.isEmpty() && blocks.isEmpty()) {
            throw new RejectedFileException(
                    RejectReason.NO_PARAGRAPHS,
                    "the news item has neither a headline nor " + "a body (contentSet/inlineXML or inlineData)");
        }
        final ArticleMetadata metadata = metadata(item, contentMeta, body.byline());
        final ParsedArticle article = ParsedArticle.headedBy(headline, blocks, metadata);
        if (!article.hasBodyParagraph()) {
            throw new RejectedFileException(
                    RejectReason.NO_PARAGRAPHS,
                    "the news item has no body paragraph"
                            + (body.html() == null ? " (no inlineXML or inlineData)" : ""));
        }
        return article;
    }

    /** The body as HTML for the block reader, and a byline found in it (NITF), either may be null. */
    private record Body(String html, String byline) {}

    private static Body body(final Element contentSet) {
        if (contentSet == null) {
            return new Body(null, null);
        }
        final Element inlineXml = FeedReader.child(contentSet, NAR_NS, "inlineXML");
        final Element content = inlineXml == null ? null : firstElement(inlineXml);
        if (content != null) {
            if ("nitf".equals(content.getLocalName())) {
                final Element nitfBody = childByName(content, "body");
                final Element head = nitfBody == null ? null : childByName(nitfBody, "body.head");
                final Element byline = head == null ? null : childByName(head, "byline");
                final Element main = nitfBody == null ? null : childByName(nitfBody, "body.content");
                return new Body(
                        main == null
                                ? null
                                : NITF_HEADING.matcher(markupOf(main)).replaceAll("<$1h2"),
                        FeedReader.text(byline));
            }
            final Element xhtmlBody = "html".equals(content.getLocalName()) ? childByName(content, "body") : null;
            return new Body(markupOf(xhtmlBody != null ? xhtmlBody : inlineXml), null);
        }
        final Element inlineData = FeedReader.child(contentSet, NAR_NS, "inlineData");
        return new Body(FeedReader.text(inlineData), null);
    }

    private static ArticleMetadata metadata(final Element item, final Element contentMeta, final String nitfByline) {
        final Element itemMeta = FeedReader.child(item, NAR_NS, "itemMeta");
        final String by = firstNonBlank(metaText(contentMeta, "by"), creators(contentMeta), nitfByline);
        final String published = firstInstant(
                metaText(itemMeta, "firstCreated"),
                metaText(contentMeta, "contentCreated"),
                metaText(itemMeta, "versionCreated"));
        final Element language = contentMeta == null ? null : FeedReader.child(contentMeta, NAR_NS, "language");
        final String declared = firstNonBlank(
                language == null ? null : language.getAttribute("tag"), item.getAttributeNS(XML_NS, "lang"));
        final String guid = item.getAttribute("guid");
        return new ArticleMetadata(
                ArticleFormat.NEWSML_G2.metadataName(),
                null,
                by == null ? null : ArticleParser.collapse(by),
                Timestamps.parse(published).orElse(null),
                ArticleLanguage.declared(declared).orElse(null),
                provider(item, itemMeta),
                guid.isBlank() ? null : ItemIds.sanitise(guid),
                subjects(contentMeta));
    }

    private static String provider(final Element item, final Element itemMeta) {
        final Element provider = itemMeta == null ? null : FeedReader.child(itemMeta, NAR_NS, "provider");
        String name = null;
        if (provider != null) {
            final String qcode = provider.getAttribute("qcode");
            name = firstNonBlank(
                    FeedReader.text(FeedReader.child(provider, NAR_NS, "name")),
                    provider.getAttribute("literal"),
                    qcode.substring(qcode.indexOf(':') + 1));
        }
        if (name == null) {
            final Element rights = FeedReader.child(item, NAR_NS, "rightsInfo");
            final Element holder = rights == null ? null : FeedReader.child(rights, NAR_NS, "copyrightHolder");
            name = holder == null
                    ? null
                    : firstNonBlank(
                            FeedReader.text(FeedReader.child(holder, NAR_NS, "name")), holder.getAttribute("literal"));
        }
        return name == null ? null : ArticleParser.collapse(name);
    }

    private static String creators(final Element contentMeta) {
        if (contentMeta == null) {
            return null;
        }
        final String names = FeedReader.children(contentMeta, NAR_NS, "creator").stream()
                .map(creator -> FeedReader.text(FeedReader.child(creator, NAR_NS, "name")))
                .filter(name -> name != null)
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? null : names;
    }

    private static List<String> subjects(final Element contentMeta) {
        if (contentMeta == null) {
            return List.of();
        }
        final Set<String> names = new LinkedHashSet<>();
        for (final Element subject : FeedReader.children(contentMeta, NAR_NS, "subject")) {
            final String name = FeedReader.text(FeedReader.child(subject, NAR_NS, "name"));
            if (name != null) {
                names.add(ArticleParser.collapse(name));
            }
        }
        return List.copyOf(names);
    }

    private static String metaText(final Element parent, final String name) {
        return parent == null ? null : FeedReader.text(FeedReader.child(parent, NAR_NS, name));
    }

    private static String firstInstant(final String... values) {
        for (final String value : values) {
            if (Timestamps.parse(value).isPresent()) {
                return value;
            }
        }
        return null;
    }

    private static String firstNonBlank(final String... values) {
        for (final String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String markupOf(final Element element) {
        final StringBuilder html = new StringBuilder();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            FeedReader.markup(node, html);
        }
        return html.toString();
    }

    private static Element firstElement(final Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    /** A child by local name, whatever its namespace (NITF and XHTML come with or without theirs). */
    private static Element childByName(final Element parent, final String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }
}
