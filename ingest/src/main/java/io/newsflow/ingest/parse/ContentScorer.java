package io.newsflow.ingest.parse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds an article's text in a page already rid of boilerplate, by scoring rather than by
 * markup, so that a template without {@code <article>} works. Every paragraph-like element (a {@code <p>},
 * {@code <pre>}, {@code <td>}, or a {@code <div>} holding text of its own) of at least {@value #MIN_TEXT} characters
 * scores 1, plus one per comma, plus one per 100 characters (at most 3), and gives it to its ancestors: all to the
 * parent, half to the grandparent, less further up. An ancestor starts from a bonus for its tag and its class/id
 * (article, content, story, body… up; comment, share, related, promo, ad… down), and its total is scaled by the share
 * of its text that is not link text. The best one wins, widened to an ancestor when other strong candidates share it;
 * siblings that score nearly as well, or are prose paragraphs themselves, come with it in page order.
 */
final class ContentScorer {

    static final int MIN_TEXT = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final Pattern POSITIVE =
            Pattern.compile("article|body|content|entry|main|page|post|text|blog|story");
    private static final Pattern NEGATIVE = Pattern.compile("hidden|banner|combx|comment|contact|foot|footnote|gdpr|"
            + "masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|"
            + "tags|tool|widget|(?:^|[-_\\s])ad(?:$|[-_\\s])");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

    private final Map<Element, Double> scores = new IdentityHashMap<>();

    private ContentScorer() {}

    /** The content elements of {@code body} in page order; {@code body} alone when nothing scores. */
    static List<Element> content(final Element body) {
        return new ContentScorer().choose(body);
    }

    private List<Element> choose(final Element body) {
        for (final Element element : body.getAllElements()) {
            if (isParagraphLike(element)) {
                score(element);
            }
        }
        Element top = null;
        for (final Map.Entry<Element, Double> entry : scores.entrySet()) {
            entry.setValue(entry.getValue() * (1 - linkDensity(entry.getKey())));
            if (top == null || entry.getValue() > scores.get(top)) {
                top = entry.getKey();
            }
        }
        if (top == null) {
            return List.of(body);
        }
        top = widen(top, body);
        return withSiblings(top);
    }

    private static boolean isParagraphLike(final Element element) {
        if (element.nameIs("p") || element.nameIs("pre") || element.nameIs("td")) {
            return true;
        }
        return (element.nameIs("div") || element.nameIs("section"))
                && !element.ownText().isBlank();
    }

    private void score(final Element element) {
        final String text = element.nameIs("div") || element.nameIs("section") ? element.ownText() : element.text();
        if (text.length() < MIN_TEXT) {
            return;
        }
        final double points = 1 + commas(text) + Math.min(text.length() / 100, 3);
        Element ancestor = element.parent();
        for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null && !ancestor.nameIs("html"); level++) {
            final double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.put(ancestor, scores.computeIfAbsent(ancestor, ContentScorer::initialScore) + points / divider);
            ancestor = ancestor.parent();
        }
    }

    private static long commas(final String text) {
        return text.chars().filter(c -> c == ',' || c == '，' || c == '،').count();
    }

    private static double initialScore(final Element element) {
        final double tag = switch (element.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return tag + classWeight(element);
    }

    static int classWeight(final Element element) {
        int weight = 0;
        for (final String name : List.of(element.className(), element.id())) {
            final String lower = name.toLowerCase(Locale.ROOT);
            if (lower.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(lower).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(lower).find()) {
                weight += 25;
            }
        }
        return weight;
    }

    static double linkDensity(final Element element) {
        final int length = element.text().length();
        if (length == 0) {
            return 0;
        }
        final int links =
                element.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return Math.min(1.0, links / (double) length);
    }

    /** An ancestor shared by other strong candidates, or whose score rises above the winner's, holds the article. */
    private Element widen(final Element winner, final Element body) {
        final double best = scores.get(winner);
        final List<Element> strong = scores.entrySet().stream()
                .filter(entry -> entry.getKey() != winner && entry.getValue() >= best * 0.75)
                .map(Map.Entry::getKey)
                .toList();
        Element top = winner;
        if (strong.size() >= 3) {
            for (Element ancestor = winner.parent();
                    ancestor != null && ancestor != body;
                    ancestor = ancestor.parent()) {
                final Element candidate = ancestor;
                if (strong.stream()
                                .filter(other -> other.parents().contains(candidate))
                                .count()
                        >= 3) {
                    top = candidate;
                    break;
                }
            }
        }
        double last = scores.getOrDefault(top, best);
        for (Element parent = top.parent();
                parent != null && parent != body && !parent.nameIs("html");
                parent = parent.parent()) {
            final Double parentScore = scores.get(parent);
            if (parentScore == null) {
                continue;
            }
            if (parentScore < last / 3) {
                break;
            }
            if (parentScore > last) {
                top = parent;
                break;
            }
            last = parentScore;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    private List<Element> withSiblings(final Element top) {
        final Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        final double topScore = scores.getOrDefault(top, 0.0);
        final double threshold = Math.max(10, topScore * 0.2);
        final List<Element> content = new ArrayList<>();
        for (final Element sibling : parent.children()) {
            if (sibling == top || isWorthySibling(sibling, top, topScore, threshold)) {
                content.add(sibling);
            }
        }
        return content;
    }

    private boolean isWorthySibling(
            final Element sibling, final Element top, final double topScore, final double threshold) {
        final double bonus =
                !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
        if (scores.containsKey(sibling) && scores.get(sibling) + bonus >= threshold) {
            return true;
        }
        if (!sibling.nameIs("p")) {
            return false;
        }
        final String text = sibling.text();
        final double density = linkDensity(sibling);
        return text.length() > 80 && density < 0.25
                || text.length() <= 80
                        && density == 0
                        && SENTENCE_END.matcher(text).find();
    }
}
