package io.newsflow.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph into {@link Token}s with offsets, in one pass and without regular expressions.
 *
 * <p>What it takes care of, because names hinge on it: initialisms stay whole ("U.S.", "a.m."), known abbreviations
 * keep their period ("Mr.", "Corp."), the possessive is its own token ("Zelenskyy" "'s"), hyphens, dashes and curly
 * quotes are tokens of their own (so "U.S.-proposed" yields "U.S."), currency signs split from amounts ("€" "20"
 * "bn", "A$" "160"), and a citation number glued to a word ("Independent1.") is split off and marked.
 */
public final class Tokenizer {

    /** Words that keep a following period; sentence-ending periods after other words are tokens of their own. */
    /** Currency signs written glued to the amount in African and Asian news (see lexicon/currencies.tsv). */
    private static final Set<String> GLUED_CURRENCY_PREFIXES =
            Set.of("R", "KSh", "Ksh", "USh", "TSh", "Rs", "Rp", "RM", "Tk");

    private static final List<String> SCALES = List.of("million", "billion", "trillion", "bn", "mn", "m");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Cmdr", "Adm", "Maj", "Sgt",
            "Inc", "Ltd", "Corp", "Co", "Jr", "Sr", "Prof", "Rev", "No", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Aug",
            "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft", "Ave", "Blvd", "Dept", "Bros", "Fr", "Rs", "approx", "est",
            "Ste", "STE", "ST");

    private Tokenizer() {}

    /** How many tokens the tagger sees in {@code text}: the unit of its speed. */
    public static int count(final String text) {
        return tokenize(text).size();
    }

    static List<Token> tokenize(final String text) {
        final List<Token> tokens = new ArrayList<>(Math.max(8, text.length() / 5));
        final int n = text.length();
        int i = 0;
        boolean spaced = true;
        while (i < n) {
            final char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                spaced = true;
                continue;
            }
            final boolean glued = !spaced;
            spaced = false;
            final int end;
            if (isLetter(c)) {
                end = scanWord(text, i, glued, tokens);
            } else if (isDigit(c)) {
                end = scanNumber(text, i, glued, tokens);
            } else if (isCurrencyOrPercentSign(c)) {
                tokens.add(new Token(text, i, i + 1, Token.Kind.SYMBOL, glued));
                end = i + 1;
            } else if ((c == '\'' || c == '\u2019') && glued && isPossessiveAt(text, i)) {
                tokens.add(new Token(text, i, i + 2, Token.Kind.POSSESSIVE, true));
                end = i + 2;
            } else {
                end = i + Character.charCount(text.codePointAt(i));
                tokens.add(new Token(text, i, end, Token.Kind.PUNCT, glued));
            }
            i = end;
        }
        markSentenceStarts(tokens, markDateline(tokens));
        return tokens;
    }

    /**
     * Marks a wire dateline at the start of a paragraph: a place in capitals, then perhaps a region or country, a date
     * and an agency credit in brackets, ended by a dash ("VENLO, Netherlands, March 4 (Newsflow) - The council ...",
     * "DUBLIN (AP) — "). A press release's credit stands between slashes ("DES MOINES, Iowa, Nov. 12, 2026 /Agri
     * Wire/ --"), and a place may open with a two-letter article ("EL HIERRO, Spain", "LA PAZ (Reuters) -"). Returns
     * the dash's index, or -1 when the paragraph has no dateline.
     */
    private static int markDateline(final List<Token> tokens) {
        if (tokens.size() < 3 || !tokens.get(0).allCaps || tokens.get(0).text.length() < 3 && !placeArticle(tokens)) {
            return -1;
        }
        int dash = -1;
        int open = -1;
        int close = -1;
        for (int k = 1; k < Math.min(tokens.size(), 16) && dash < 0; k++) {
            final Token t = tokens.get(k);
            final char c = t.text.charAt(0);
            if (c == '\u2014' || c == '\u2013' || c == '-' && !t.glued && k > open) {
                dash = open >= 0 && close < 0 ? -1 : k;
                if (dash < 0) {
                    return -1;
                }
            } else if ((c == '(' || c == '/') && open < 0) {
                open = k;
            } else if ((c == ')' || c == '/') && open >= 0 && close < 0 && k - open <= 6) {
                close = k;
            } else if (t.kind == Token.Kind.WORD && !t.capitalised
                    || t.kind == Token.Kind.PUNCT && c != ',' && c != '.') {
                return -1; // a sentence, not a dateline
            }
        }
        if (dash < 0 || open >= 0 && close < 0) {
            return -1;
        }
        for (int k = 0; k < dash; k++) {
            tokens.get(k).dateline = true;
            tokens.get(k).credit = open >= 0 && k > open && k < close;
        }
        return dash;
    }

    /** Articles that open places' names: "EL HIERRO", "LA PAZ", "LE MANS", "AL AIN". */
    private static final Set<String> PLACE_ARTICLES = Set.of("EL", "LA", "LE", "AL");

    /** "EL HIERRO", "LA PAZ": an article in capitals opening a place's name in capitals. */
    private static boolean placeArticle(final List<Token> tokens) {
        final Token second = tokens.get(1);
        return PLACE_ARTICLES.contains(tokens.get(0).text)
                && second.kind == Token.Kind.WORD
                && second.allCaps
                && second.text.length() >= 3;
    }

    private static int scanWord(final String text, final int start, final boolean glued, final List<Token> tokens) {
        final int n = text.length();
        final int initialsEnd = scanInitials(text, start);
        if (initialsEnd > 0) {
            tokens.add(new Token(text, start, initialsEnd, Token.Kind.WORD, glued));
            return initialsEnd;
        }
        int j = start;
        while (j < n) {
            final char c = text.charAt(j);
            if (isLetter(c) || isDigit(c)) {
                j++;
            } else if ((c == '\'' || c == '\u2019')
                    && j + 1 < n
                    && isLetter(text.charAt(j + 1))
                    && !isPossessiveAt(text, j)
                    && !isContractionAt(text, j)) {
                j++; // O'Brien, don't
            } else if ((c == '\'' || c == '\u2019')
                    && j - start >= 3
                    && text.startsWith("ng", j - 2)
                    && Character.isUpperCase(text.charAt(start))
                    && (j + 1 == n || text.charAt(j + 1) == ' ')) {
                j++; // "Anyang' Nyong'o", "Achieng'": in Luo names "ng'" is one sound, the apostrophe ends the word
                break;
            } else if (c == '&'
                    && j + 1 < n
                    && Character.isUpperCase(text.charAt(j + 1))
                    && Character.isUpperCase(text.charAt(j - 1))) {
                j++; // AT&T
            } else {
                break;
            }
        }
        if (j < n
                && text.charAt(j) == '$'
                && j - start <= 3
                && isUpperCase(text, start, j)
                && j + 1 < n
                && isDigit(text.charAt(j + 1))) {
            tokens.add(new Token(text, start, j + 1, Token.Kind.SYMBOL, glued)); // A$, US$, HK$
            return j + 1;
        }
        final int amountFrom = gluedCurrencyPrefixEnd(text, start, j);
        if (amountFrom > 0) {
            tokens.add(new Token(text, start, amountFrom, Token.Kind.WORD, glued)); // "R12,500", "KSh2,000"
            return amountFrom;
        }
        int digitsFrom = j;
        while (digitsFrom > start && isDigit(text.charAt(digitsFrom - 1))) {
            digitsFrom--;
        }
        if (digitsFrom < j
                && j - digitsFrom <= 2
                && digitsFrom - start >= 3
                && !containsDigit(text, start, digitsFrom)
                && (j == n || !isLetter(text.charAt(j)))) {
            tokens.add(new Token(text, start, digitsFrom, Token.Kind.WORD, glued));
            tokens.add(new Token(text, digitsFrom, j, Token.Kind.CITATION, true));
            return j;
        }
        int end = j;
        if (j < n && text.charAt(j) == '.') {
            final String word = text.substring(start, j);
            final boolean initial = j - start == 1 && Character.isUpperCase(text.charAt(start));
            if (ABBREVIATIONS.contains(word) || initial) {
                end = j + 1;
            }
        }
        tokens.add(new Token(text, start, end, Token.Kind.WORD, glued));
        return end;
    }

    /**
     * Where the amount starts in a word written as a currency prefix glued to a number ("R12,500", "KSh2,000",
     * "Rs500"), or -1. The prefix must be one of {@link #GLUED_CURRENCY_PREFIXES}; a lone "R" only before a grouped
     * or decimal amount or a scale word ("R12,500", "R4.2 million"), so that "R2" alone stays a word.
     */
    private static int gluedCurrencyPrefixEnd(final String text, final int start, final int wordEnd) {
        int p = start;
        while (p < wordEnd && isLetter(text.charAt(p))) {
            p++;
        }
        if (p == start || p == wordEnd || !GLUED_CURRENCY_PREFIXES.contains(text.substring(start, p))) {
            return -1;
        }
        for (int k = p; k < wordEnd; k++) {
            if (!isDigit(text.charAt(k))) {
                return -1;
            }
        }
        if (p - start > 1) {
            return p;
        }
        final int n = text.length();
        if (wordEnd + 1 < n
                && (text.charAt(wordEnd) == ',' || text.charAt(wordEnd) == '.')
                && isDigit(text.charAt(wordEnd + 1))) {
            return p;
        }
        int q = wordEnd;
        while (q < n && text.charAt(q) == ' ') {
            q++;
        }
        for (final String scale : SCALES) {
            if (text.startsWith(scale, q) && (q + scale.length() == n || !isLetter(text.charAt(q + scale.length())))) {
                return p;
            }
        }
        return -1;
    }

    /** "U.S.", "U.K.", "a.m.", "D.C.": single letters each followed by a period, at least two of them. */
    private static int scanInitials(final String text, final int start) {
        final int n = text.length();
        int j = start;
        int pairs = 0;
        while (j + 1 < n
                && isLetter(text.charAt(j))
                && text.charAt(j + 1) == '.'
                && (j + 2 >= n || !isLetter(text.charAt(j + 2)) || j + 3 < n && text.charAt(j + 3) == '.')) {
            j += 2;
            pairs++;
            if (j < n && !isLetter(text.charAt(j))) {
                break;
            }
        }
        return pairs >= 2 ? j : -1;
    }

    private static int scanNumber(final String text, final int start, final boolean glued, final List<Token> tokens) {
        final int n = text.length();
        int j = start;
        while (j < n) {
            final char c = text.charAt(j);
            if (isDigit(c)) {
                j++;
            } else if ((c == ',' || c == '.') && j + 1 < n && isDigit(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        if (j < n && isLetter(text.charAt(j))) {
            int letters = j;
            while (letters < n && isLetter(text.charAt(letters))) {
                letters++;
            }
            final String suffix = text.substring(j, letters);
            if (suffix.equals("s") && j - start == 4 || isOrdinalSuffix(suffix)) {
                tokens.add(new Token(text, start, letters, Token.Kind.WORD, glued)); // 1990s, 5th
                return letters;
            }
        }
        tokens.add(new Token(text, start, j, Token.Kind.NUMBER, glued));
        return j;
    }

    private static void markSentenceStarts(final List<Token> tokens, final int datelineDash) {
        boolean expectStart = true;
        for (int k = 0; k < tokens.size(); k++) {
            final Token t = tokens.get(k);
            switch (t.kind) {
                case WORD, NUMBER, SYMBOL -> {
                    t.sentenceStart = expectStart;
                    expectStart = false;
                }
                case PUNCT -> {
                    final char c = t.text.charAt(0);
                    if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\u2026') {
                        expectStart = true;
                    } else if (isOpeningQuote(tokens, k)) {
                        expectStart = true;
                    } else if (k == datelineDash || isDatelineDash(tokens, k)) {
                        expectStart = true; // "KYIV, Ukraine — Air raid sirens": the story starts after the dash
                    }
                }
                default -> {}
            }
        }
    }

    private static boolean isDatelineDash(final List<Token> tokens, final int k) {
        final char c = tokens.get(k).text.charAt(0);
        return (c == '\u2014' || c == '\u2013' || c == '-' && !tokens.get(k).glued)
                && k <= 10
                && tokens.get(0).allCaps
                && tokens.size() > 1
                && tokens.get(1).text.equals(",");
    }

    private static boolean isOpeningQuote(final List<Token> tokens, final int k) {
        final Token t = tokens.get(k);
        final char c = t.text.charAt(0);
        if (c == '\u201C' || c == '\u00AB' || c == '(' || c == '[') {
            return true;
        }
        return (c == '"' || c == '\u2018') && !t.glued && k + 1 < tokens.size() && tokens.get(k + 1).glued;
    }

    private static boolean isPossessiveAt(final String text, final int i) {
        final int n = text.length();
        if (i + 1 >= n) {
            return false;
        }
        final char s = text.charAt(i + 1);
        return (s == 's' || s == 'S') && (i + 2 >= n || !isLetter(text.charAt(i + 2)));
    }

    /** "I'm", "we've", "they're", "you'll", "she'd": the pronoun is a word of its own (never a capitalised name). */
    private static boolean isContractionAt(final String text, final int i) {
        final int n = text.length();
        int end = i + 1;
        while (end < n && isLetter(text.charAt(end))) {
            end++;
        }
        final String suffix = text.substring(i + 1, end);
        return suffix.equals("m")
                || suffix.equals("re")
                || suffix.equals("ve")
                || suffix.equals("ll")
                || suffix.equals("d");
    }

    private static boolean isOrdinalSuffix(final String s) {
        return s.equals("st") || s.equals("nd") || s.equals("rd") || s.equals("th");
    }

    private static boolean isCurrencyOrPercentSign(final char c) {
        return c == '€' || c == '$' || c == '£' || c == '¥' || c == '₹' || c == '₩' || c == '₽' || c == '₴' || c == '₺'
                || c == '₦' || c == '₱' || c == '₫' || c == '฿' || c == '₪' || c == '%';
    }

    static boolean isLetter(final char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isDigit(final char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUpperCase(final String text, final int from, final int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return to > from;
    }

    private static boolean containsDigit(final String text, final int from, final int to) {
        for (int k = from; k < to; k++) {
            if (isDigit(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
