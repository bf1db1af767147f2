package io.newsflow.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads RSS 2.0 and Atom feeds (parsed by {@link SafeXml}): each {@code <item>} or {@code <entry>} is one article, at
 * its position (1-based) in the feed. Content: RSS {@code content:encoded}, else {@code description}; Atom
 * {@code content}, else {@code summary} ({@code type} text, html or xhtml). Identity: RSS {@code guid}, else
 * {@code link}; Atom {@code id}, else its link; within the feed's own link (RSS) or id (Atom). Metadata: link, author
 * ({@code author}, {@code dc:creator}; Atom {@code author/name}), {@code pubDate} (RFC 822) or
 * {@code published}/{@code updated} (RFC 3339), the feed's title as provider and its language.
 */
final class FeedReader {

    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private FeedReader() {}

    static FileItems read(final ArticleFormat format, final byte[] bytes, final long maxItemBytes)
            throws RejectedFileException {
        final Document document = SafeXml.parse(bytes);
        final Element root = document.getDocumentElement();
        final ItemArticles items = new ItemArticles(format, maxItemBytes);
        if (format == ArticleFormat.ATOM) {
            atom(root, items);
        } else {
            rss(root, items);
        }
        return items.build(document.getXmlEncoding() == null ? "UTF-8" : document.getXmlEncoding());
    }

    private static void rss(final Element rss, final ItemArticles items) throws RejectedFileException {
        final Element channel = child(rss, null, "channel");
        if (channel == null) {
            throw new RejectedFileException(RejectReason.MALFORMED, "an <rss> document without a <channel>");
        }
        final String feedTitle = text(child(channel, null, "title"));
        final String feedLink = text(child(channel, null, "link"));
        final String language = text(child(channel, null, "language"));
        final String scope = feedLink != null ? feedLink : feedTitle;
        int position = 0;
        for (final Element item : children(channel, null, "item")) {
            position++;
            final String link = text(child(item, null, "link"));
            final String guid = text(child(item, null, "guid"));
            final String content = text(child(item, CONTENT_NS, "encoded"));
            final String body = content != null ? content : text(child(item, null, "description"));
            final String author = firstNonNull(text(child(item, DC_NS, "creator")), text(child(item, null, "author")));
            final ItemMetadata metadata = new ItemMetadata(
                    link,
                    author,
                    Timestamps.parse(text(child(item, null, "pubDate"))).orElse(null),
                    feedTitle,
                    language);
            items.add(position, guid != null ? guid : link, scope, text(child(item, null, "title")), body, metadata);
        }
    }

    private static void atom(final Element feed, final ItemArticles items) {
        final String feedTitle = atomText(child(feed, ATOM_NS, "title"));
        final String feedId = text(child(feed, ATOM_NS, "id"));
        final String feedLanguage = language(feed);
        final String scope = feedId != null ? feedId : feedTitle;
        int position = 0;
        for (final Element entry : children(feed, ATOM_NS, "entry")) {
            position++;
            final String link = alternateLink(entry);
            final String id = text(child(entry, ATOM_NS, "id"));
            final Element content = child(entry, ATOM_NS, "content");
            final String body = atomBody(
                    content != null && !content.hasAttribute("src") ? content : child(entry, ATOM_NS, "summary"));
            final Element author = child(entry, ATOM_NS, "author");
            final String published =
                    firstNonNull(text(child(entry, ATOM_NS, "published")), text(child(entry, ATOM_NS, "updated")));
            final String entryLanguage = language(entry);
            final ItemMetadata metadata = new ItemMetadata(
                    link,
                    author == null ? null : text(child(author, ATOM_NS, "name")),
                    Timestamps.parse(published).orElse(null),
                    feedTitle,
                    entryLanguage != null ? entryLanguage : feedLanguage);
            items.add(
                    position, id != null ? id : link, scope, atomText(child(entry, ATOM_NS, "title")), body, metadata);
        }
    }

    /** An Atom text construct as plain text: html and xhtml are read for their text. */
    private static String atomText(final Element element) {
        final String body = atomBody(element);
        return body == null
                ? null
                : ItemArticles.blocks(body).stream()
                        .map(Block::text)
                        .reduce((a, b) -> a + " " + b)
                        .orElse(null);
    }

    /** An Atom text construct as the HTML or plain text {@link ItemArticles} reads. */
    private static String atomBody(final Element element) {
        if (element == null) {
            return null;
        }
        final String type = element.getAttribute("type").toLowerCase(Locale.ROOT);
        if (type.equals("xhtml")) {
            final StringBuilder html = new StringBuilder();
            final NodeList nodes = element.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                markup(nodes.item(i), html);
            }
            return html.toString();
        }
        if (type.equals("html")) {
            return element.getTextContent();
        }
        return element.getTextContent();
    }

    /** Writes an XHTML subtree back as HTML text for the HTML block reader (elements by local name). */
    static void markup(final Node node, final StringBuilder html) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            html.append(escape(node.getNodeValue()));
        } else if (node.getNodeType() == Node.ELEMENT_NODE) {
            final String name = node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
            html.append('<').append(name);
            final NamedNodeMap attributes = node.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                final Node attribute = attributes.item(i);
                final String attributeName =
                        attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getNodeName();
                if (!attributeName.startsWith("xmlns")) {
                    html.append(' ')
                            .append(attributeName)
                            .append("=\"")
                            .append(escape(attribute.getNodeValue()))
                            .append('"');
                }
            }
            html.append('>');
            final NodeList children = node.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                markup(children.item(i), html);
            }
            html.append("</").append(name).append('>');
        }
    }

    private static String escape(final String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String alternateLink(final Element entry) {
        String any = null;
        for (final Element link : children(entry, ATOM_NS, "link")) {
            final String rel = link.getAttribute("rel");
            final String href = link.getAttribute("href").strip();
            if (href.isEmpty()) {
                continue;
            }
            if (rel.isEmpty() || rel.equals("alternate")) {
                return href;
            }
            any = any == null ? href : any;
        }
        return any;
    }

    private static String language(final Element element) {
        final String lang = element.getAttributeNS(XML_NS, "lang");
        return lang == null || lang.isBlank() ? null : lang.strip();
    }

    private static String firstNonNull(final String first, final String second) {
        return first != null ? first : second;
    }

    /** The element's text, stripped; null when there is no element or only whitespace. */
    static String text(final Element element) {
        if (element == null) {
            return null;
        }
        final String text = element.getTextContent();
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The first child element named {@code name} in {@code namespace} (null: no namespace, as in RSS). */
    static Element child(final Element parent, final String namespace, final String name) {
        final List<Element> found = children(parent, namespace, name);
        return found.isEmpty() ? null : found.get(0);
    }

    static List<Element> children(final Element parent, final String namespace, final String name) {
        final List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && name.equals(element.getLocalName())
                    && (namespace == null
                            ? element.getNamespaceURI() == null
                            : namespace.equals(element.getNamespaceURI()))) {
                found.add(element);
            }
        }
        return found;
    }
}
