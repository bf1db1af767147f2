package io.newsflow.enrich.story;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words two articles' bodies are compared on: the clean text of the body paragraphs (citation markers already
 * removed by enrich), without the lines and prefixes that differ between outlets' copies of one wire report — bylines
 * and credit lines ({@code By Jane Doe}, {@code Reporting by …; Editing by …}) and a leading dateline
 * ({@code LONDON, March 3 (Reuters) -}). Words are NFKC, case-folded with {@link Locale#ROOT}, letters and digits
 * only. Headline and headings are not part of it: outlets rewrite headlines, and a follow-up may reuse one.
 */
public final class StoryText {

    private static final int LETTER_TYPES = (1 << Character.UPPERCASE_LETTER)
            | (1 << Character.LOWERCASE_LETTER)
            | (1 << Character.TITLECASE_LETTER)
            | (1 << Character.MODIFIER_LETTER)
            | (1 << Character.OTHER_LETTER);
    private static final int NUMBER_TYPES =
            (1 << Character.DECIMAL_DIGIT_NUMBER) | (1 << Character.LETTER_NUMBER) | (1 << Character.OTHER_NUMBER);
    /** A paragraph that is only a credit line: who wrote, reported, edited or photographed the piece. */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^[(\\[]?\\s*(?:by|(?:additional\\s+)?reporting\\s+by|writing\\s+by|editing\\s+by|edited\\s+by"
                    + "|compiled\\s+by|photos?\\s+by|with\\s+reporting\\s+by)\\s.{0,200}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    /**
     * A dateline: a place in capitals (optionally a date, optionally an agency in parentheses), then a dash. Capitals
     * are required so that an ordinary sentence with a dash is never cut.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(?:,\\s*[\\p{L}\\p{N} .,]{1,30})?(?:\\s*\\([^)]{1,40}\\))?\\s*[-–—]+\\s+");

    private static final int LONGEST_CREDIT_WORDS = 24;

    private StoryText() {}

    /** The words of {@code paragraphs} (clean body texts, in order) that count for near-duplicate detection. */
    public static List<String> words(final List<String> paragraphs) {
        final List<String> words = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = Normalizer.normalize(paragraphs.get(i), Normalizer.Form.NFKC)
                    .strip();
            if (isCreditLine(text)) {
                continue;
            }
            if (i == 0) {
                text = withoutDateline(text);
            }
            addWords(text.toLowerCase(Locale.ROOT), words);
        }
        return words;
    }

    /**
     * Adds the words of {@code text} to {@code words}: runs of letters and digits (general categories L and N), each
     * with at most one apostrophe ({@code '} or {@code ’}) and the letters after it ({@code don't}, {@code o’neill}) —
     * what {@code [\p{L}\p{N}]+(?:['’]\p{L}+)?} finds, scanned by hand: the regular expression was half the time of
     * this class, once per assembled article on enrich's thread.
     */
    static void addWords(final String text, final List<String> words) {
        final int length = text.length();
        int i = 0;
        while (i < length) {
            int c = text.codePointAt(i);
            if (!isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            final int start = i;
            do {
                i += Character.charCount(c);
            } while (i < length && isLetterOrDigit(c = text.codePointAt(i)));
            if (i + 1 < length && isApostrophe(text.charAt(i)) && isLetter(text.codePointAt(i + 1))) {
                i++;
                while (i < length && isLetter(c = text.codePointAt(i))) {
                    i += Character.charCount(c);
                }
            }
            words.add(text.substring(start, i));
        }
    }

    private static boolean isApostrophe(final char c) {
        return c == '\'' || c == '’';
    }

    private static boolean isLetter(final int c) {
        return ((LETTER_TYPES >> Character.getType(c)) & 1) != 0;
    }

    private static boolean isLetterOrDigit(final int c) {
        return (((LETTER_TYPES | NUMBER_TYPES) >> Character.getType(c)) & 1) != 0;
    }

    static boolean isCreditLine(final String paragraph) {
        return CREDIT_LINE.matcher(paragraph).matches() && paragraph.split("\\s+").length <= LONGEST_CREDIT_WORDS;
    }

    static String withoutDateline(final String paragraph) {
        final Matcher matcher = DATELINE.matcher(paragraph);
        return matcher.lookingAt() ? paragraph.substring(matcher.end()) : paragraph;
    }
}
