package io.newsflow.tagger;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which of the {@link Lexicon}'s word lists hold a word: one open-addressing table from the word to a bitmask, one
 * bit per list. The rules ask a dozen lists about the same token; with one table a token is hashed and compared once
 * ({@link Lexicon} keeps each token's masks on the token), where a set per list hashed and compared it once per list.
 * A word is in a list exactly when the list's bit is set in {@link #lists}, so a look-up here answers what the list's
 * own set would. Immutable once built; safe to share between threads.
 */
final class WordLists {

    private final String[] words;
    private final int[] masks;
    private final int slotMask;

    private WordLists(final Map<String, Integer> masksByWord) {
        // at most 70 % full (the smallest power of two that allows it): linear probing stays short, and the table is
        // two arrays rather than a node per word, about the memory of the sets it replaces
        final int capacity = Integer.highestOneBit(Math.max(2, masksByWord.size() * 10 / 7) - 1) << 1;
        this.words = new String[capacity];
        this.masks = new int[capacity];
        this.slotMask = capacity - 1;
        for (final Map.Entry<String, Integer> e : masksByWord.entrySet()) {
            int slot = slot(e.getKey());
            while (words[slot] != null) {
                slot = (slot + 1) & slotMask;
            }
            words[slot] = e.getKey();
            masks[slot] = e.getValue();
        }
    }

    /** The lists holding {@code word}, one bit each; 0 if none does. */
    int lists(final String word) {
        for (int slot = slot(word); ; slot = (slot + 1) & slotMask) {
            final String w = words[slot];
            if (w == null) {
                return 0;
            }
            if (w.equals(word)) {
                return masks[slot];
            }
        }
    }

    private int slot(final String word) {
        final int h = word.hashCode() * 0x9E3779B9; // Fibonacci hashing: String's hash is weak in its low bits
        return (h ^ (h >>> 16)) & slotMask;
    }

    /** Collects the lists, each under its bit, then packs them into one table. */
    static final class Builder {

        private final Map<String, Integer> masksByWord = new HashMap<>(1 << 17);

        Builder add(final int bit, final Set<String> list) {
            for (final String word : list) {
                masksByWord.merge(word, bit, (a, b) -> a | b);
            }
            return this;
        }

        WordLists build() {
            return new WordLists(masksByWord);
        }
    }
}
