package io.newsflow.tagger;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds amounts of money, percentages, dates and numbers in a paragraph's tokens and normalises them: {@code €20
 * billion} → {@code Money(2.0E10, "EUR")}, {@code April 15, 2025} → {@code 2025-04-15}, {@code the first quarter of
 * 2025} → {@code 2025-Q1}. A numeral inside one of these is not reported again as a NUMBER.
 *
 * <p>One left-to-right pass with hash look-ups at each token; patterns are tried longest first (money, percent,
 * date, number), so no backtracking beyond a few tokens.
 */
final class QuantityRecognizer {

    private static final Map<String, Integer> MONTHS = months();
    private static final Set<String> WEEKDAYS =
            Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final Map<String, Double> SCALES = Map.of(
            "thousand",
            1e3,
            "million",
            1e6,
            "billion",
            1e9,
            "trillion",
            1e12,
            "bn",
            1e9,
            "mn",
            1e6,
            "mln",
            1e6,
            "tn",
            1e12,
            "crore",
            1e7,
            "lakh",
            1e5);
    /** Abbreviated scales that count only when glued to the numeral ("$5m", "20k"). */
    private static final Map<String, Double> GLUED_SCALES = Map.of("m", 1e6, "k", 1e3, "b", 1e9, "bn", 1e9);

    private static final Map<String, Integer> ORDINALS =
            Map.of("first", 1, "second", 2, "third", 3, "fourth", 4, "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);
    private static final Set<String> DAY_WORDS = Set.of("yesterday", "today", "tomorrow", "tonight");
    private static final Set<String> RELATIVE = Set.of("last", "next", "this");
    private static final Set<String> PERIODS = Set.of(
            "week", "month", "year", "weekend", "spring", "summer", "autumn", "fall", "winter", "decade", "century");
    private static final Set<String> MAY_CUES = Set.of(
            "in", "since", "until", "by", "of", "early", "late", "mid", "last", "next", "this", "from", "through",
            "during", "before", "after");
    private static final Set<String> CLOCK = Set.of("a.m.", "p.m.", "am", "pm", "GMT", "UTC", "BST", "CET", "ET");

    private final Lexicon lexicon;

    QuantityRecognizer(final Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Appends the spans found to {@code out} and marks their tokens in {@code used}. */
    void recognise(final List<Token> tokens, final boolean[] used, final List<TokenSpan> out) {
        final int n = tokens.size();
        int i = 0;
        while (i < n) {
            TokenSpan span = null;
            if (!used[i]) {
                span = money(tokens, i);
                if (span == null) {
                    span = percent(tokens, i);
                }
                if (span == null) {
                    span = date(tokens, i);
                }
                if (span == null) {
                    span = number(tokens, i);
                }
            }
            if (span != null && isFree(used, span)) {
                for (int k = span.from(); k < span.to(); k++) {
                    used[k] = true;
                }
                out.add(span);
                i = span.to();
            } else {
                i++;
            }
        }
    }

    private TokenSpan money(final List<Token> tokens, final int i) {
        final Token t = tokens.get(i);
        final int n = tokens.size();
        // a sign or a currency code or abbreviation in any case: "€", "USD", "KSh", "Rs"
        if ((t.kind == Token.Kind.SYMBOL || t.isWord()) && i + 1 < n && tokens.get(i + 1).kind == Token.Kind.NUMBER) {
            final String currency = lexicon.currencySign(t);
            final Double value = parse(tokens.get(i + 1));
            if (currency != null && value != null) {
                final int scaleEnd = scaleEnd(tokens, i + 2);
                final double amount = value * scale(tokens, i + 2, scaleEnd);
                return moneySpan(i, scaleEnd, amount, currency);
            }
        }
        if (t.kind == Token.Kind.NUMBER) {
            final Double value = parse(t);
            if (value != null) {
                final int scaleEnd = scaleEnd(tokens, i + 1);
                final int words = scaleEnd < n ? lexicon.currencyWordAt(tokens, scaleEnd) : 0;
                if (words > 0) {
                    final double amount = value * scale(tokens, i + 1, scaleEnd);
                    return moneySpan(i, scaleEnd + words, amount, lexicon.currencyWord(tokens, scaleEnd, words));
                }
            }
        }
        return null;
    }

    private static TokenSpan moneySpan(final int from, final int to, final double amount, final String currency) {
        return new TokenSpan(
                from, to, EntityType.MONEY, currency + " " + plain(amount), new Money(amount, currency), 0.95);
    }

    private static TokenSpan percent(final List<Token> tokens, final int i) {
        final Token t = tokens.get(i);
        if (t.kind != Token.Kind.NUMBER || i + 1 >= tokens.size()) {
            return null;
        }
        final Double value = parse(t);
        if (value == null) {
            return null;
        }
        final Token next = tokens.get(i + 1);
        final String number = plain(value);
        if (next.text.equals("%") || next.is("percent") || next.is("pct")) {
            return new TokenSpan(i, i + 2, EntityType.PERCENT, number + "%", null, 0.95);
        }
        if (i + 2 < tokens.size()) {
            final Token after = tokens.get(i + 2);
            if (next.is("per") && after.is("cent")) {
                return new TokenSpan(i, i + 3, EntityType.PERCENT, number + "%", null, 0.95);
            }
            if (next.is("percentage") && (after.is("points") || after.is("point"))) {
                return new TokenSpan(i, i + 3, EntityType.PERCENT, number + " percentage points", null, 0.9);
            }
        }
        return null;
    }

    private TokenSpan date(final List<Token> tokens, final int i) {
        final Token t = tokens.get(i);
        final int n = tokens.size();
        final Integer month = t.capitalised ? MONTHS.get(t.lower) : null;
        if (month != null) {
            return monthFirstDate(tokens, i, month);
        }
        final Integer abbreviated = t.capitalised ? MONTHS.get(t.lower + ".") : null;
        if (abbreviated != null && i + 1 < n && dayOfMonth(tokens.get(i + 1)) > 0) {
            // wire datelines drop the period: "SAO PAULO, Feb 3 (Reuters) -"; "Jan" alone may be a given name
            return monthFirstDate(tokens, i, abbreviated);
        }
        if (t.kind == Token.Kind.NUMBER && i + 1 < n && dayOfMonth(t) > 0 && tokens.get(i + 1).capitalised) {
            final Integer m = MONTHS.get(tokens.get(i + 1).lower);
            if (m != null) {
                final int year = i + 2 < n ? year(tokens.get(i + 2)) : -1;
                return year > 0 ? date(i, i + 3, iso(year, m, dayOfMonth(t))) : date(i, i + 2, text(tokens, i, i + 2));
            }
        }
        if (t.capitalised && WEEKDAYS.contains(t.text)) {
            return date(i, i + 1, t.text);
        }
        if (DAY_WORDS.contains(t.lower)) {
            return date(i, i + 1, t.lower);
        }
        if (RELATIVE.contains(t.lower) && i + 1 < n && PERIODS.contains(tokens.get(i + 1).lower)) {
            return date(i, i + 2, text(tokens, i, i + 2));
        }
        final Integer ordinal = ORDINALS.get(t.lower);
        if (ordinal != null
                && i + 1 < n
                && (tokens.get(i + 1).is("quarter") || tokens.get(i + 1).is("half"))) {
            final boolean quarter = tokens.get(i + 1).is("quarter");
            if (quarter || ordinal <= 2) {
                final int year = i + 3 < n && tokens.get(i + 2).is("of") ? year(tokens.get(i + 3)) : -1;
                return year > 0
                        ? date(i, i + 4, year + (quarter ? "-Q" : "-H") + ordinal)
                        : date(i, i + 2, text(tokens, i, i + 2));
            }
        }
        if (t.isWord()
                && t.text.length() == 2
                && (t.text.charAt(0) == 'Q' || t.text.charAt(0) == 'H')
                && t.text.charAt(1) >= '1'
                && t.text.charAt(1) <= (t.text.charAt(0) == 'Q' ? '4' : '2')) {
            final int year = i + 1 < n ? year(tokens.get(i + 1)) : -1;
            return year > 0 ? date(i, i + 2, year + "-" + t.text) : date(i, i + 1, t.text);
        }
        if (t.isWord() && t.text.length() == 5 && t.text.endsWith("s") && isDigits(t.text, 0, 4)) {
            return date(i, i + 1, t.text); // 1990s
        }
        final int year = year(t);
        if (year > 0 && isRange(tokens, i)) {
            return date(i, i + 3, text(tokens, i, i + 3)); // the 2025-26 season
        }
        if (year > 0 && !countsThings(tokens, i + 1)) {
            return date(i, i + 1, Integer.toString(year));
        }
        return null;
    }

    private static TokenSpan monthFirstDate(final List<Token> tokens, final int i, final int month) {
        final int n = tokens.size();
        final Token next = i + 1 < n ? tokens.get(i + 1) : null;
        if (next != null && dayOfMonth(next) > 0) {
            final int day = dayOfMonth(next);
            if (i + 3 < n && tokens.get(i + 2).text.equals(",") && year(tokens.get(i + 3)) > 0) {
                return date(i, i + 4, iso(year(tokens.get(i + 3)), month, day));
            }
            if (i + 2 < n && year(tokens.get(i + 2)) > 0) {
                return date(i, i + 3, iso(year(tokens.get(i + 2)), month, day));
            }
            return date(i, i + 2, text(tokens, i, i + 2));
        }
        if (next != null && year(next) > 0) {
            return date(i, i + 2, String.format("%04d-%02d", year(next), month));
        }
        if (month == 5 && (i == 0 || !MAY_CUES.contains(tokens.get(i - 1).lower))) {
            return null; // the modal verb
        }
        return date(i, i + 1, tokens.get(i).text);
    }

    private TokenSpan number(final List<Token> tokens, final int i) {
        final Token t = tokens.get(i);
        final int n = tokens.size();
        Double value = null;
        if (t.kind == Token.Kind.NUMBER) {
            final boolean partOfName = i >= 2
                    && t.glued
                    && tokens.get(i - 1).text.equals("-")
                    && tokens.get(i - 1).glued
                    && tokens.get(i - 2).isWord();
            final boolean clockTime = i + 1 < n && CLOCK.contains(tokens.get(i + 1).text);
            if (!partOfName && !clockTime) {
                value = parse(t);
            }
        } else if (t.isWord()) {
            value = lexicon.numberWord(t);
        }
        if (value == null) {
            return null;
        }
        if (t.kind == Token.Kind.NUMBER && isRange(tokens, i)) {
            return new TokenSpan(i, i + 3, EntityType.NUMBER, text(tokens, i, i + 3), null, 0.8); // a 2-1 win
        }
        final int scaleEnd = scaleEnd(tokens, i + 1);
        final double amount = value * scale(tokens, i + 1, scaleEnd);
        return new TokenSpan(i, scaleEnd, EntityType.NUMBER, plain(amount), null, 0.9);
    }

    /** "2-1", "2025-26": two numerals joined by a hyphen or dash without spaces. */
    private static boolean isRange(final List<Token> tokens, final int i) {
        if (i + 2 >= tokens.size()) {
            return false;
        }
        final Token dash = tokens.get(i + 1);
        final Token second = tokens.get(i + 2);
        return dash.glued
                && second.glued
                && second.kind == Token.Kind.NUMBER
                && (dash.text.equals("-") || dash.text.equals("\u2013"));
    }

    /** A year followed by a plural noun counts things ("2014 troops"), it does not date them. */
    private boolean countsThings(final List<Token> tokens, final int next) {
        if (next >= tokens.size()) {
            return false;
        }
        final Token t = tokens.get(next);
        return t.isWord()
                && !t.capitalised
                && t.lower.endsWith("s")
                && !t.lower.endsWith("ss")
                && !lexicon.isFunctionWord(t)
                && !lexicon.isSpeechVerb(t);
    }

    private static int scaleEnd(final List<Token> tokens, final int from) {
        if (from >= tokens.size()) {
            return from;
        }
        final Token t = tokens.get(from);
        if (SCALES.containsKey(t.lower) || t.glued && GLUED_SCALES.containsKey(t.lower)) {
            return from + 1;
        }
        return from;
    }

    private static double scale(final List<Token> tokens, final int from, final int to) {
        if (to == from) {
            return 1;
        }
        final String word = tokens.get(from).lower;
        final Double s = SCALES.get(word);
        return s != null ? s : GLUED_SCALES.get(word);
    }

    private static TokenSpan date(final int from, final int to, final String canonical) {
        return new TokenSpan(from, to, EntityType.DATE, canonical, null, 0.9);
    }

    private static String iso(final int year, final int month, final int day) {
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    private static String text(final List<Token> tokens, final int from, final int to) {
        return Lexicon.key(tokens, from, to, false);
    }

    private static int dayOfMonth(final Token t) {
        if (t.kind != Token.Kind.NUMBER || t.text.length() > 2) {
            return -1;
        }
        final int d = Integer.parseInt(t.text);
        return d >= 1 && d <= 31 ? d : -1;
    }

    private static int year(final Token t) {
        if (t.kind != Token.Kind.NUMBER || t.text.length() != 4 || !isDigits(t.text, 0, 4)) {
            return -1;
        }
        final int y = Integer.parseInt(t.text);
        return y >= 1900 && y <= 2099 ? y : -1;
    }

    private static boolean isDigits(final String s, final int from, final int to) {
        for (int k = from; k < to; k++) {
            final char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static Double parse(final Token t) {
        if (t.kind != Token.Kind.NUMBER) {
            return null;
        }
        try {
            return Double.valueOf(t.text.indexOf(',') >= 0 ? t.text.replace(",", "") : t.text);
        } catch (final NumberFormatException e) {
            return null; // "1.2.3": a version or a list, not an amount
        }
    }

    private static String plain(final double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static boolean isFree(final boolean[] used, final TokenSpan span) {
        for (int k = span.from(); k < span.to(); k++) {
            if (used[k]) {
                return false;
            }
        }
        return true;
    }

    /** A weekday or a month's name ("Tuesday", "May", "Sept."): a date's word, never a name. */
    static boolean isDateWord(final Token t) {
        return t.capitalised && (WEEKDAYS.contains(t.text) || MONTHS.containsKey(t.lower));
    }

    private static Map<String, Integer> months() {
        final String[] names = {
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december"
        };
        final Map<String, Integer> months = new HashMap<>();
        for (int m = 0; m < names.length; m++) {
            months.put(names[m], m + 1);
            if (names[m].length() > 4) {
                months.put(names[m].substring(0, 3) + ".", m + 1);
            }
        }
        months.put("sept.", 9);
        return Map.copyOf(months);
    }
}
