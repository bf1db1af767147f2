package io.newsflow.tagger;

import java.util.List;
import java.util.Set;

/**
 * The sequence model's evidence for each token, as hashed feature ids: the word, its shape and affixes, the words
 * around it, the lexicon's cue lists and gazetteers, and the rule tagger's own decision for the token (its type and
 * position in a span, how confident it was, and its neighbours' decisions), plus whether the article also writes the
 * word in lower case. The labels decided so far are added while decoding ({@link #withHistory}).
 *
 * <p>Features are hashes of (template, value): no strings are built, so extraction costs a few hash mixes per
 * feature.
 */
final class TokenFeatures {

    /** Static features per token; the history features take the last {@link #HISTORY} slots. */
    static final int HISTORY = 5;

    private static final int MAX_STATIC = 48;
    /** The scratch space {@link #extract} needs. */
    static final int BUFFER = MAX_STATIC + HISTORY;

    private static final int BIAS = 1;
    private static final int LOWER = 2;
    private static final int TEXT = 3;
    private static final int SHAPE = 4;
    private static final int SHORT_SHAPE = 5;
    private static final int PREFIX = 6;
    private static final int SUFFIX = 9;
    private static final int PREV_WORD = 13;
    private static final int NEXT_WORD = 14;
    private static final int PREV2_WORD = 15;
    private static final int NEXT2_WORD = 16;
    private static final int PREV_SHAPE = 17;
    private static final int NEXT_SHAPE = 18;
    private static final int PREV_BIGRAM = 19;
    private static final int NEXT_BIGRAM = 20;
    private static final int SENTENCE_START = 21;
    private static final int LEXICON_FLAG = 22;
    private static final int GAZETTEER = 23;
    private static final int RULE = 24;
    private static final int RULE_SHAPE = 25;
    private static final int RULE_PREV = 26;
    private static final int RULE_NEXT = 27;
    private static final int RULE_CONFIDENCE = 28;
    private static final int LOWER_IN_ARTICLE = 29;
    private static final int VERB_AFTER = 30;
    private static final int KIND = 31;
    private static final int PREV_WORD_SHAPE = 32;
    private static final int QUANTITY = 33;
    private static final int RULE_WORD = 34;
    private static final int HIST_PREV = 40;
    private static final int HIST_PREV2 = 41;
    private static final int HIST_PREV_WORD = 42;
    private static final int HIST_PREV_SHAPE = 43;
    private static final int HIST_PREV_RULE = 44;

    private final Lexicon lexicon;

    TokenFeatures(final Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Word shapes of every token, which the features of each token look at around it. */
    static int[] shapes(final List<Token> tokens) {
        final int[] shapes = new int[tokens.size()];
        for (int i = 0; i < shapes.length; i++) {
            shapes[i] = shape(tokens.get(i).text, false);
        }
        return shapes;
    }

    /**
     * The static features of token {@code i} of one paragraph, with {@link #HISTORY} free slots at the end.
     *
     * @param shapes {@link #shapes} of the paragraph
     * @param rule the rule tagger's label per token ({@link NerLabels})
     * @param ruleConfidence the rule tagger's confidence per token (0 where it found nothing)
     * @param quantity per token, whether the rule tagger read it as an amount, date, percentage or number
     * @param lowerCaseWords the words the article writes in lower case somewhere
     * @param buffer scratch space of at least {@link #BUFFER} entries
     */
    int[] extract(
            final List<Token> tokens,
            final int i,
            final int[] shapes,
            final int[] rule,
            final double[] ruleConfidence,
            final boolean[] quantity,
            final Set<String> lowerCaseWords,
            final int[] buffer) {
        final int n = tokens.size();
        final Token t = tokens.get(i);
        int c = 0;
        buffer[c++] = mix(BIAS, 0);
        buffer[c++] = mix(LOWER, t.lower.hashCode());
        buffer[c++] = mix(TEXT, t.text.hashCode());
        buffer[c++] = mix(SHAPE, shapes[i]);
        buffer[c++] = mix(SHORT_SHAPE, shape(t.text, true));
        for (int k = 2; k <= 4; k++) {
            if (t.lower.length() > k) {
                buffer[c++] = mix(PREFIX + k - 2, prefixHash(t.lower, k));
            }
        }
        for (int k = 1; k <= 4; k++) {
            if (t.lower.length() > k) {
                buffer[c++] = mix(SUFFIX + k - 1, suffixHash(t.lower, k));
            }
        }
        final int prev = i > 0 ? tokens.get(i - 1).lower.hashCode() : 0x5EED;
        final int next = i + 1 < n ? tokens.get(i + 1).lower.hashCode() : 0xE0D;
        buffer[c++] = mix(PREV_WORD, prev);
        buffer[c++] = mix(NEXT_WORD, next);
        buffer[c++] = mix(PREV2_WORD, i > 1 ? tokens.get(i - 2).lower.hashCode() : 0x5EED);
        buffer[c++] = mix(NEXT2_WORD, i + 2 < n ? tokens.get(i + 2).lower.hashCode() : 0xE0D);
        buffer[c++] = mix(PREV_SHAPE, i > 0 ? shapes[i - 1] : 0x5EED);
        buffer[c++] = mix(NEXT_SHAPE, i + 1 < n ? shapes[i + 1] : 0xE0D);
        buffer[c++] = mix(PREV_BIGRAM, pair(prev, t.lower.hashCode()));
        buffer[c++] = mix(NEXT_BIGRAM, pair(t.lower.hashCode(), next));
        buffer[c++] = mix(PREV_WORD_SHAPE, pair(prev, shapes[i]));
        buffer[c++] = mix(SENTENCE_START, (t.sentenceStart ? 2 : 0) + (t.capitalised ? 1 : 0));
        c = lexiconFlags(t, buffer, c);
        final Lexicon.NameEntry entry = t.isWord() ? lexicon.name(t.text) : null;
        if (entry != null) {
            buffer[c++] = mix(GAZETTEER, entry.type().ordinal());
        }
        buffer[c++] = mix(RULE, rule[i]);
        buffer[c++] = mix(RULE_SHAPE, pair(rule[i], shapes[i]));
        buffer[c++] = mix(RULE_PREV, i > 0 ? rule[i - 1] : -1);
        buffer[c++] = mix(RULE_NEXT, i + 1 < n ? rule[i + 1] : -1);
        buffer[c++] = mix(RULE_CONFIDENCE, pair(rule[i], (int) Math.round(ruleConfidence[i] * 10)));
        buffer[c++] = mix(RULE_WORD, pair(rule[i] == NerLabels.O ? 0 : 1, t.lower.hashCode()));
        if (quantity[i]) {
            buffer[c++] = mix(QUANTITY, 1);
        }
        if (t.capitalised) {
            buffer[c++] = mix(LOWER_IN_ARTICLE, lowerCaseWords.contains(t.lower) ? 1 : 0);
        }
        c = verbsAfter(tokens, i, buffer, c);
        buffer[c++] = mix(KIND, t.kind.ordinal());
        final int[] own = new int[c + HISTORY];
        System.arraycopy(buffer, 0, own, 0, c);
        return own;
    }

    /** Fills the history slots of {@code features} for the labels decided before token {@code i}. */
    static void withHistory(
            final int[] features, final int previous, final int beforePrevious, final Token t, final int rule) {
        final int c = features.length - HISTORY;
        features[c] = mix(HIST_PREV, previous);
        features[c + 1] = mix(HIST_PREV2, pair(beforePrevious, previous));
        features[c + 2] = mix(HIST_PREV_WORD, pair(previous, t.lower.hashCode()));
        features[c + 3] = mix(HIST_PREV_SHAPE, pair(previous, shape(t.text, true)));
        features[c + 4] = mix(HIST_PREV_RULE, pair(previous, rule));
    }

    private int lexiconFlags(final Token t, final int[] buffer, final int start) {
        int c = start;
        if (!t.isWord()) {
            return c;
        }
        final boolean[] flags = {
            lexicon.isFirstName(t), lexicon.isCommonWord(t), lexicon.isOnlyCommonWord(t), lexicon.isFunctionWord(t),
            lexicon.isOrgHead(t), lexicon.isLocationHead(t), lexicon.isMiscHead(t), lexicon.isOrgCue(t),
            lexicon.isPlaceNoun(t), lexicon.isTitleFirstWord(t), lexicon.isKinNoun(t), lexicon.isNotEntity(t)
        };
        for (int f = 0; f < flags.length; f++) {
            if (flags[f]) {
                buffer[c++] = mix(LEXICON_FLAG, pair(f, t.capitalised ? 1 : 0));
            }
        }
        return c;
    }

    private int verbsAfter(final List<Token> tokens, final int i, final int[] buffer, final int start) {
        int c = start;
        for (int k = 1; k <= 2 && i + k < tokens.size(); k++) {
            final Token after = tokens.get(i + k);
            if (lexicon.isSpeechVerb(after)) {
                buffer[c++] = mix(VERB_AFTER, k);
            } else if (lexicon.isPersonVerb(after)) {
                buffer[c++] = mix(VERB_AFTER, 10 + k);
            } else if (lexicon.isActorVerb(after)) {
                buffer[c++] = mix(VERB_AFTER, 20 + k);
            }
        }
        return c;
    }

    /** Word shape: X for capitals, x for lower case, d for digits, the character itself otherwise; runs collapsed. */
    static int shape(final String text, final boolean collapse) {
        int h = 17;
        char last = 0;
        int length = 0;
        for (int i = 0; i < text.length() && length < 8; i++) {
            final char ch = text.charAt(i);
            final char s =
                    Character.isUpperCase(ch) ? 'X' : Character.isLetter(ch) ? 'x' : Character.isDigit(ch) ? 'd' : ch;
            if (!collapse || s != last) {
                h = 31 * h + s;
                length++;
            }
            last = s;
        }
        return h;
    }

    private static int prefixHash(final String s, final int k) {
        int h = 7;
        for (int i = 0; i < k; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    private static int suffixHash(final String s, final int k) {
        int h = 11;
        for (int i = s.length() - k; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    static int pair(final int a, final int b) {
        return fmix(a * 0x9E3779B1 + 0x7F4A7C15) ^ b;
    }

    static int mix(final int template, final int value) {
        return fmix(template * 0x85EBCA6B ^ fmix(value + template));
    }

    /** MurmurHash3's finaliser: every input bit affects every output bit. */
    private static int fmix(final int x) {
        int h = x;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
