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
    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Cmdr", "Adm", "Maj",
            "Sgt", "Inc", "Ltd", "Corp", "Co", "Jr", "Sr", "Prof", "Rev", "No", "vs", "etc", "Jan", "Feb", "Mar",
            "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft", "Ave", "Blvd", "Dept", "Bros", "Fr", "Rs",
            "approx", "est");

    private Tokenizer() {
    }

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
        markSentenceStarts(tokens);
        return tokens;
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
            } else if ((c == '\'' || c == '\u2019') && j + 1 < n && isLetter(text.charAt(j + 1))
                    && !isPossessiveAt(text, j) && !isContractionAt(text, j)) {
                j++; // O'Brien, don't
            } else if (c == '&' && j + 1 < n && Character.isUpperCase(text.charAt(j + 1))
                    && Character.isUpperCase(text.charAt(j - 1))) {
                j++; // AT&T
            } else {
                break;
            }
        }
        if (j < n && text.charAt(j) == '$' && j - start <= 3 && isUpperCase(text, start, j) && j + 1 < n
                && isDigit(text.charAt(j + 1))) {
            tokens.add(new Token(text, start, j + 1, Token.Kind.SYMBOL, glued)); // A$, US$, HK$
            return j + 1;
        }
        int digitsFrom = j;
        while (digitsFrom > start && isDigit(text.charAt(digitsFrom - 1))) {
            digitsFrom--;
        }
        if (digitsFrom < j && j - digitsFrom <= 2 && digitsFrom - start >= 3 && !containsDigit(text, start, digitsFrom)
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

    /** "U.S.", "U.K.", "a.m.", "D.C.": single letters each followed by a period, at least two of them. */
    private static int scanInitials(final String text, final int start) {
        final int n = text.length();
        int j = start;
        int pairs = 0;
        while (j + 1 < n && isLetter(text.charAt(j)) && text.charAt(j + 1) == '.'
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

    private static void markSentenceStarts(final List<Token> tokens) {
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
                    } else if (isDatelineDash(tokens, k)) {
                        expectStart = true; // "KYIV, Ukraine — Air raid sirens": the story starts after the dash
                    }
                }
                default -> {
                }
            }
        }
    }

    private static boolean isDatelineDash(final List<Token> tokens, final int k) {
        final char c = tokens.get(k).text.charAt(0);
        return (c == '\u2014' || c == '\u2013' || c == '-' && !tokens.get(k).glued) && k <= 10
                && tokens.get(0).allCaps && tokens.size() > 1 && tokens.get(1).text.equals(",");
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
        return suffix.equals("m") || suffix.equals("re") || suffix.equals("ve") || suffix.equals("ll")
                || suffix.equals("d");
    }

    private static boolean isOrdinalSuffix(final String s) {
        return s.equals("st") || s.equals("nd") || s.equals("rd") || s.equals("th");
    }

    private static boolean isCurrencyOrPercentSign(final char c) {
        return c == '€' || c == '$' || c == '£' || c == '¥' || c == '₹' || c == '₩' || c == '₽' || c == '₴'
                || c == '₺' || c == '₦' || c == '₱' || c == '₫' || c == '฿' || c == '₪' || c == '%';
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
