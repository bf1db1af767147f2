package io.newsflow.tagger;

import java.util.Locale;

/** One token of a paragraph: its offsets into the paragraph's text, its shape, and where it stands in its sentence. */
final class Token {

    enum Kind {
        /** Letters (and digits after a letter): "Rutte", "U.S.", "G7", "O'Brien", "1990s". */
        WORD,
        /** A numeral: "36", "150,000", "1.5". */
        NUMBER,
        /** A currency sign, possibly with its country letters ("€", "A$", "US$"), or "%". */
        SYMBOL,
        /** The possessive clitic split off a name: "'s", "’s". */
        POSSESSIVE,
        /** A citation marker glued to the end of a word ("Independent1."): never part of an entity. */
        CITATION,
        PUNCT
    }

    final int start;
    final int end;
    final String text;
    final String lower;
    final Kind kind;
    /** No whitespace between this token and the one before: "U.S." "-" "proposed", "20" "bn". */
    final boolean glued;

    final boolean capitalised;
    final boolean allCaps;
    /** First word of a sentence, or of a quotation: its capital says nothing about it being a name. */
    boolean sentenceStart;
    /** Part of a wire dateline before its dash ("VENLO, Netherlands (Newsflow) -"). */
    boolean dateline;
    /** Inside a dateline's agency credit, "(Reuters)": the byline of the copy, not a name the story mentions. */
    boolean credit;
    /**
     * The lexicon whose word lists {@link #textLists} and {@link #lowerLists} come from; null until it first looks the
     * token up. A token is looked up once, however many lists the rules ask about it.
     */
    Lexicon listedBy;
    /** The lists of {@link #listedBy} that hold {@link #text}, one bit each ({@link WordLists}). */
    int textLists;
    /** The lists of {@link #listedBy} that hold {@link #lower}. */
    int lowerLists;

    Token(final String source, final int start, final int end, final Kind kind, final boolean glued) {
        this.start = start;
        this.end = end;
        this.text = source.substring(start, end);
        this.lower = text.toLowerCase(Locale.ROOT);
        this.kind = kind;
        this.glued = glued;
        final char first = text.charAt(0);
        this.capitalised = kind == Kind.WORD && Character.isUpperCase(first);
        this.allCaps = capitalised && isAllCaps(text);
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean is(final String lowerCaseText) {
        return lower.equals(lowerCaseText);
    }

    private static boolean isAllCaps(final String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    @Override
    public String toString() {
        return text + "@" + start;
    }
}
