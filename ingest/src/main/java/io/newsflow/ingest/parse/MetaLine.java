package io.newsflow.ingest.parse;

import java.util.regex.Pattern;

/**
 * Tells a page's byline or dateline standing as a paragraph of its own ("By Ann Lee and Tom Berg", "November 19,
 * 2019, 9:02 AM", "Updated: 19/11/2019 / CBS News") from prose: a line of at most {@value #MAX_WORDS} words that is not
 * a sentence, and that either opens with "By" or names a date or a clock time. Templates print these next to the
 * headline or under the text outside the boxes {@link HtmlBoilerplate} can name; they are what the page says about the
 * article, not its text. A sentence that mentions a date ("The vote is on November 19, 2019.") is kept.
 */
final class MetaLine {

    static final int MAX_WORDS = 15;
    private static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october|"
            + "november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    /** A month name beside a day or year, a numeric date, or a clock time. */
    private static final Pattern DATE_OR_TIME = Pattern.compile("(?i)\\b" + MONTH + "\\s+\\d{1,4}\\b"
            + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + "(?:\\s|$|,)"
            + "|\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b"
            + "|\\b\\d{1,2}:\\d{2}\\b");

    private static final Pattern BYLINE = Pattern.compile("(?i)^by\\b");
    /** A sentence ends in a full stop, question or exclamation mark (a closing quote may follow); "p.m." does not. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?i)(?<!\\b[ap]\\.m)[.!?][\"'”’)]?$");

    private MetaLine() {}

    /** Whether {@code paragraph} (collapsed, non-blank) is a byline or dateline rather than the article's text. */
    static boolean isMetaLine(final String paragraph) {
        final String text = paragraph.strip();
        if (text.split("\\s+").length > MAX_WORDS || SENTENCE_END.matcher(text).find()) {
            return false;
        }
        return BYLINE.matcher(text).find() || DATE_OR_TIME.matcher(text).find();
    }
}
