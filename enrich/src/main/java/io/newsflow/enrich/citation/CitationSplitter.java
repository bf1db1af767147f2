package io.newsflow.enrich.citation;

import io.newsflow.contract.Citation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits citation markers off the sentence ends of one article: {@code … defense needs Kyiv Independent1.} becomes
 * {@code … defense needs.} with {@code Citation{ref: 1, source: "Kyiv Independent"}}.
 *
 * <p>A marker is a source name glued to a small number at the end of a sentence. One glued token proves little
 * ({@code COP31.}, {@code MH17.}), so the decision is taken on the whole article:
 * <ul>
 *   <li>a candidate is a capitalised word of two or more letters glued to a number from 1 to 99 and followed by
 *       sentence punctuation, a closing quote or the end of the paragraph; {@code 1500m}, {@code A321XLR},
 *       {@code Boeing 737}, {@code in 2025.} and {@code G20.} are never candidates;
 *   <li>a reference number names one source in the whole article: the source is the capitalised words (with inner
 *       connectors such as "of the") that precede the number at every occurrence, cut to their common suffix; a
 *       number whose occurrences share no such words is not a citation. A weekday or month never starts a source, nor
 *       does a capitalised word governed by a preposition ({@code in Kyiv Reuters7.}): with a single occurrence,
 *       leaving a word of the source in the text is the lesser harm than eating a word of the sentence;
 *   <li>references are small numbers forming a sequence. A source ending in a lower-case letter glued to a number
 *       ({@code Reuters7.}, {@code The Guardian2.}) is a citation when the number is at most 9 or another such
 *       citation lies within two of it; an all-capitals word ({@code NATO3.}, {@code COP31.}) reads as a code as
 *       often as a source, so it is a citation only as reference 1 or next to an accepted reference.
 * </ul>
 * Thread-safe and stateless.
 */
public final class CitationSplitter {

    private static final Pattern MARKER =
            Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{M}'’&-]*\\p{L})([1-9][0-9]?)(?![\\p{L}\\p{N}])"
                    + "(?=[.!?]?[\"'”’)\\]]*(?:\\s|$))");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’&-]*");
    private static final Set<String> CONNECTORS =
            Set.of("of", "for", "the", "&", "on", "de", "du", "la", "le", "del", "der", "von", "van");
    /** Never the start of a source: a sentence's date, right before the marker ({@code on Friday Reuters1.}). */
    private static final Set<String> CALENDAR = Set.of(
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December");
    /** A word that governs the capitalised word after it ({@code in Kyiv Reuters7.}): that word is not the source. */
    private static final Set<String> GOVERNING = Set.of(
            "in", "on", "at", "near", "from", "across", "outside", "inside", "into", "over", "under", "with", "without",
            "since", "until", "during", "before", "after", "between", "via", "towards", "toward", "and", "or");

    private static final int MAX_SOURCE_WORDS = 6;
    private static final int MAX_LONE_REF = 9;
    private static final int NEIGHBOUR_DISTANCE = 2;

    private CitationSplitter() {}

    /** Splits the markers off every paragraph of one article; the result has one entry per paragraph, in order. */
    public static List<CitedText> split(final List<String> paragraphs) {
        final Map<Integer, List<Occurrence>> byRef = new TreeMap<>();
        for (int paragraph = 0; paragraph < paragraphs.size(); paragraph++) {
            for (final Occurrence occurrence : candidates(paragraph, paragraphs.get(paragraph))) {
                byRef.computeIfAbsent(occurrence.ref(), ref -> new ArrayList<>())
                        .add(occurrence);
            }
        }
        final Map<Integer, List<String>> sources = new TreeMap<>();
        byRef.forEach((ref, occurrences) -> {
            final List<String> common = commonSuffix(occurrences);
            if (!common.isEmpty()) {
                sources.put(ref, common);
            }
        });
        final Set<Integer> accepted = acceptedRefs(sources.keySet(), byRef);
        final List<List<Occurrence>> perParagraph = new ArrayList<>();
        paragraphs.forEach(text -> perParagraph.add(new ArrayList<>()));
        for (final int ref : accepted) {
            byRef.get(ref)
                    .forEach(occurrence ->
                            perParagraph.get(occurrence.paragraph()).add(occurrence));
        }
        final List<CitedText> result = new ArrayList<>(paragraphs.size());
        for (int paragraph = 0; paragraph < paragraphs.size(); paragraph++) {
            result.add(clean(paragraphs.get(paragraph), perParagraph.get(paragraph), sources));
        }
        return result;
    }

    /** Splits one stand-alone paragraph: the article-level evidence is that paragraph alone. */
    public static CitedText split(final String paragraph) {
        return split(List.of(paragraph)).get(0);
    }

    private static List<Occurrence> candidates(final int paragraph, final String text) {
        final List<Occurrence> occurrences = new ArrayList<>();
        final Matcher matcher = MARKER.matcher(text);
        while (matcher.find()) {
            final List<Word> words = wordsBefore(text, matcher.start(1));
            words.add(new Word(matcher.group(1), matcher.start(1)));
            occurrences.add(new Occurrence(
                    paragraph,
                    Integer.parseInt(matcher.group(2)),
                    words,
                    !matcher.group(1).equals(matcher.group(1).toUpperCase(Locale.ROOT)),
                    matcher.end()));
        }
        return occurrences;
    }

    /** The capitalised words (and inner connectors) that directly precede {@code end}, nearest last. */
    private static List<Word> wordsBefore(final String text, final int end) {
        final List<Word> words = new ArrayList<>();
        int position = end;
        while (words.size() < MAX_SOURCE_WORDS - 1 && position >= 2 && text.charAt(position - 1) == ' ') {
            final int tokenEnd = position - 1;
            int tokenStart = tokenEnd;
            while (tokenStart > 0 && !Character.isWhitespace(text.charAt(tokenStart - 1))) {
                tokenStart--;
            }
            final String token = text.substring(tokenStart, tokenEnd);
            if (CALENDAR.contains(token) || !CAPITALISED.matcher(token).matches() && !CONNECTORS.contains(token)) {
                if (GOVERNING.contains(token) && !words.isEmpty()) {
                    words.remove(0);
                }
                break;
            }
            words.add(0, new Word(token, tokenStart));
            position = tokenStart;
        }
        while (!words.isEmpty() && CONNECTORS.contains(words.get(0).text())) {
            words.remove(0);
        }
        return words;
    }

    /** The words every occurrence of one reference ends with: the source name. */
    private static List<String> commonSuffix(final List<Occurrence> occurrences) {
        List<String> common =
                occurrences.get(0).words().stream().map(Word::text).toList();
        for (final Occurrence occurrence : occurrences) {
            final List<String> words =
                    occurrence.words().stream().map(Word::text).toList();
            int length = 0;
            while (length < common.size()
                    && length < words.size()
                    && common.get(common.size() - 1 - length).equals(words.get(words.size() - 1 - length))) {
                length++;
            }
            common = common.subList(common.size() - length, common.size());
        }
        while (!common.isEmpty() && CONNECTORS.contains(common.get(0))) {
            common = common.subList(1, common.size());
        }
        return common;
    }

    private static Set<Integer> acceptedRefs(
            final Set<Integer> consistent, final Map<Integer, List<Occurrence>> byRef) {
        final NavigableSet<Integer> strong = new TreeSet<>();
        final NavigableSet<Integer> weak = new TreeSet<>();
        for (final int ref : consistent) {
            if (byRef.get(ref).stream().anyMatch(Occurrence::lowerCaseSource)) {
                strong.add(ref);
            } else {
                weak.add(ref);
            }
        }
        final NavigableSet<Integer> accepted = new TreeSet<>();
        for (final int ref : strong) {
            if (ref <= MAX_LONE_REF || hasNeighbour(strong, ref)) {
                accepted.add(ref);
            }
        }
        for (final int ref : weak) {
            if (ref == 1 || hasNeighbour(accepted, ref)) {
                accepted.add(ref);
            }
        }
        return accepted;
    }

    private static boolean hasNeighbour(final NavigableSet<Integer> refs, final int ref) {
        return refs.subSet(ref - NEIGHBOUR_DISTANCE, true, ref + NEIGHBOUR_DISTANCE, true).stream()
                .anyMatch(other -> other != ref);
    }

    private static CitedText clean(
            final String text, final List<Occurrence> occurrences, final Map<Integer, List<String>> sources) {
        if (occurrences.isEmpty()) {
            return new CitedText(text, List.of());
        }
        final List<Occurrence> ordered = occurrences.stream()
                .sorted(Comparator.comparingInt(Occurrence::end))
                .toList();
        final StringBuilder clean = new StringBuilder(text);
        // from the end, so the offsets of the markers still to cut stay valid
        for (int i = ordered.size() - 1; i >= 0; i--) {
            final Occurrence occurrence = ordered.get(i);
            final int sourceWords = sources.get(occurrence.ref()).size();
            int cut = occurrence
                    .words()
                    .get(occurrence.words().size() - sourceWords)
                    .start();
            while (cut > 0 && Character.isWhitespace(clean.charAt(cut - 1))) {
                cut--;
            }
            clean.delete(cut, occurrence.end());
        }
        final Set<Citation> citations = new LinkedHashSet<>();
        ordered.forEach(occurrence ->
                citations.add(new Citation(occurrence.ref(), String.join(" ", sources.get(occurrence.ref())))));
        return new CitedText(clean.toString(), List.copyOf(citations));
    }

    private record Word(String text, int start) {}

    /** A candidate marker: the capitalised words before its number, the glued word last; {@code end} is after it. */
    private record Occurrence(int paragraph, int ref, List<Word> words, boolean lowerCaseSource, int end) {}
}
