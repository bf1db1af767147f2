package io.newsflow.ingest.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes what is never an article's text from a parsed page: scripts, styles and other non-text elements, forms,
 * navigation, page and article headers (the headline is read before: a header holds it, the standfirst, byline and
 * date), footers, asides, datelines, illustrations (a {@code <figure>} that holds no prose, and every
 * {@code <figcaption>}: captions, image credits, gallery counters), hidden elements ({@code hidden},
 * {@code aria-hidden}, {@code display:none} or {@code visibility:hidden} inline styles) and boxes whose class or id
 * names boilerplate (cookie banners, share bars, related stories, ads, newsletter boxes, comments, captions and
 * credits…). A box or header holding half or more of the page's paragraph text is kept whatever its name: a
 * template's wrapper is not boilerplate.
 */
final class HtmlBoilerplate {

    private static final String NON_TEXT = "script, style, noscript, template, iframe, svg, canvas, object, embed, "
            + "video, audio, picture, img, figcaption, form, button, input, select, textarea, label, nav, aside, "
            + "footer, dialog, menu, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
            + "[role=dialog], [role=alertdialog], [hidden], [aria-hidden=true]";
    private static final String PROSE = "p, pre, blockquote, table, ul, ol";
    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
    /** Class or id words that name boilerplate, found anywhere in the name ({@code relatedStories}, {@code share-bar}). */
    static final Pattern BOILERPLATE_HINT = Pattern.compile("advert|banner|breadcrumb|caption|comment|consent|"
            + "cookie|credit|disqus|footer|gdpr|masthead|modal|newsletter|outbrain|pagination|paywall|popup|promo|"
            + "recirc|recommend|related|share|sharing|sidebar|signup|social|sponsor|subscri|taboola|toolbar|trending|"
            + "most-?popular|widget|"
            + "(?:^|[-_\\s])(?:ad|ads|adslot|dfp|nav|navbar|menu|tags?|byline|header|skip)(?:$|[-_\\s\\d])");
    /** Class or id words that name the article itself; they protect a box from {@link #BOILERPLATE_HINT}. */
    static final Pattern CONTENT_HINT = Pattern.compile("article|body|content|entry|main|post|story|text");

    private HtmlBoilerplate() {}

    static void remove(final Element body) {
        body.select(NON_TEXT).remove();
        for (final Element figure : body.select("figure")) {
            // an illustration with its credit, counters and caption; a figure that holds prose is quoted text
            if (figure.parent() != null && figure.select(PROSE).isEmpty()) {
                figure.remove();
            }
        }
        for (final Element styled : body.select("[style]")) {
            if (HIDDEN_STYLE.matcher(styled.attr("style")).find()) {
                styled.remove();
            }
        }
        for (final Element time : body.select("time")) {
            // a dateline on its own; a date inside a sentence is part of it
            if (time.parent() != null
                    && !time.parent().nameIs("p")
                    && time.parent().ownText().isBlank()) {
                time.remove();
            }
        }
        final int pageText = paragraphText(body);
        for (final Element header : body.select("header")) {
            // the page's header, or an article's: headline (read before this), standfirst, byline and date
            if (header.parent() != null && paragraphText(header) * 2 < pageText) {
                header.remove();
            }
        }
        final List<Element> named = body.select("[class], [id]").stream()
                .filter(element -> element != body && !element.nameIs("article") && !element.nameIs("main"))
                .filter(HtmlBoilerplate::isNamedBoilerplate)
                .toList();
        for (final Element element : named) {
            if (element.parent() != null && paragraphText(element) * 2 < pageText) {
                element.remove();
            }
        }
    }

    static boolean isNamedBoilerplate(final Element element) {
        final String name = names(element);
        return !name.isEmpty()
                && BOILERPLATE_HINT.matcher(name).find()
                && !CONTENT_HINT.matcher(name).find();
    }

    static String names(final Element element) {
        return (element.className() + " " + element.id()).strip().toLowerCase(Locale.ROOT);
    }

    private static int paragraphText(final Element element) {
        return element.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }
}
