package io.newsflow.ingest.language;

import com.github.pemistahl.lingua.api.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Lingua's unigram, bigram and trigram models of some languages in one open-addressing table: the key is the n-gram
 * packed into a {@code long} (its length and up to three UTF-16 chars), the value every language's
 * {@code ln(probability)} of it. One look-up per n-gram answers for all languages at once, where Lingua looks the
 * n-gram up as a {@code String} in one map per language, behind a lock, for each of them.
 *
 * <p>The models are read from Lingua's own jar ({@code /language-models/<iso>/<n>grams.json}), and each term is
 * computed as Lingua computes it ({@code ln} of the {@code float} fraction, rounded to {@code float}), so the sums
 * match Lingua's up to the order of the additions. A language without a model of some length (Lingua has only unigrams
 * of the languages it decides by their script) simply has no terms of that length. Immutable once built, so
 * thread-safe; about 9 MB of arrays for 26 languages (152,000 n-grams, 465,000 probabilities), where Lingua's maps of
 * them take 25 MB.
 */
final class NgramTable {

    private static final String NGRAMS = "\"ngrams\":{";
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final long[] keys;
    private final int shift;
    private final int mask;
    /** Postings of slot {@code s}: {@code starts[s]} (inclusive) to {@code starts[s + 1]} (exclusive). */
    private final int[] starts;

    private final byte[] languages;
    private final float[] terms;

    private NgramTable(final long[] keys, final int[] starts, final byte[] languages, final float[] terms) {
        this.keys = keys;
        this.shift = Long.numberOfLeadingZeros(keys.length - 1L);
        this.mask = keys.length - 1;
        this.starts = starts;
        this.languages = languages;
        this.terms = terms;
    }

    /** The key of the n-gram of {@code length} (1 to 3) chars starting with {@code c0}; unused chars are 0. */
    static long key(final int length, final char c0, final char c1, final char c2) {
        return (long) length << 48 | (long) c0 << 32 | (long) c1 << 16 | c2;
    }

    /** The models of {@code languages}; a language's index in the list is its index in the postings. */
    static NgramTable load(final List<Language> languages) {
        if (languages.size() > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("At most " + Byte.MAX_VALUE + " languages, not " + languages.size());
        }
        final Entries entries = new Entries();
        for (int index = 0; index < languages.size(); index++) {
            final String iso = languages.get(index).getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
            for (final String model : List.of("unigrams", "bigrams", "trigrams")) {
                final String path = "/language-models/" + iso + "/" + model + ".json";
                try (InputStream in = Language.class.getResourceAsStream(path)) {
                    if (in != null) {
                        read(in, path, (byte) index, entries);
                    } else if (model.equals("unigrams")) {
                        // every language of Lingua's has unigrams: without them the jar is not the one expected
                        throw new IllegalStateException("No language model " + path + " on the class path");
                    }
                } catch (final IOException e) {
                    throw new UncheckedIOException("Cannot read Lingua's language model " + path, e);
                }
            }
        }
        return entries.table();
    }

    /**
     * Adds the terms of the n-gram {@code key} to {@code sums} for the languages in {@code remaining} (a bit per
     * language index) and returns the languages still without a term.
     */
    int addTerms(final long key, final int remaining, final float[] sums) {
        final int slot = find(key);
        if (slot < 0) {
            return remaining;
        }
        int left = remaining;
        for (int i = starts[slot]; i < starts[slot + 1]; i++) {
            final int bit = 1 << languages[i];
            if ((left & bit) != 0) {
                sums[languages[i]] += terms[i];
                left &= ~bit;
            }
        }
        return left;
    }

    private int find(final long key) {
        int slot = (int) ((key * GOLDEN) >>> shift) & mask;
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /**
     * Lingua's model format, {"language":"ENGLISH","ngrams":{"3553/58397":"cca ccb ...","1/1":"...",...}}: an object of
     * probabilities, each with the space-separated n-grams that have it. Read as text rather than with a JSON parser:
     * the files are compact and their n-grams letters only, and a parser took several times the CPU of Lingua's own
     * loading; anything else in them (an escape, a space) stops the load.
     */
    private static void read(final InputStream in, final String path, final byte language, final Entries entries)
            throws IOException {
        final String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int at = json.indexOf(NGRAMS);
        if (at < 0 || json.indexOf('\\') >= 0) {
            throw new IllegalStateException("No n-grams, or an escape, in Lingua's language model " + path);
        }
        at += NGRAMS.length();
        while (json.charAt(at) == '"') {
            final int slash = json.indexOf('/', at);
            final int fractionEnd = json.indexOf("\":\"", at);
            final int end = json.indexOf('"', fractionEnd + 3);
            if (slash < 0 || fractionEnd < slash || end < 0) {
                throw new IllegalStateException("Unexpected content in Lingua's language model " + path + " at " + at);
            }
            // as Lingua: the float numerator over the int denominator, ln in double rounded to float
            final float probability = Float.parseFloat(json.substring(at + 1, slash))
                    / Integer.parseInt(json.substring(slash + 1, fractionEnd));
            if (probability > 0) {
                entries.addAll(json, fractionEnd + 3, end, language, (float) Math.log(probability));
            }
            at = json.charAt(end + 1) == ',' ? end + 2 : end + 1;
        }
        if (json.charAt(at) != '}') {
            throw new IllegalStateException("Unexpected content in Lingua's language model " + path + " at " + at);
        }
    }

    /** The n-grams as read, before they are grouped by key. */
    private static final class Entries {
        private long[] keys = new long[1 << 16];
        private byte[] languages = new byte[1 << 16];
        private float[] terms = new float[1 << 16];
        private int size;

        /** The space-separated n-grams of {@code ngrams[from, to)}, all with one probability. */
        void addAll(final String ngrams, final int from, final int to, final byte language, final float term) {
            int start = from;
            while (start < to) {
                int end = ngrams.indexOf(' ', start);
                if (end < 0 || end > to) {
                    end = to;
                }
                final int length = end - start;
                if (length < 1 || length > 3) {
                    throw new IllegalStateException(
                            "Unexpected n-gram in Lingua's models: '" + ngrams.substring(start, end) + "'");
                }
                add(
                        key(
                                length,
                                ngrams.charAt(start),
                                length > 1 ? ngrams.charAt(start + 1) : 0,
                                length > 2 ? ngrams.charAt(start + 2) : 0),
                        language,
                        term);
                start = end + 1;
            }
        }

        private void add(final long key, final byte language, final float term) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                languages = Arrays.copyOf(languages, size * 2);
                terms = Arrays.copyOf(terms, size * 2);
            }
            keys[size] = key;
            languages[size] = language;
            terms[size] = term;
            size++;
        }

        NgramTable table() {
            // the distinct keys first (a text's n-grams are about a third of the entries), then a table at most half
            // full of them: linear probing stays short for the n-grams a text has that no model has
            final int distinct = insert(new long[capacityFor(size)], new int[size]);
            final long[] table = new long[capacityFor(distinct)];
            final int[] slots = new int[size];
            insert(table, slots);
            final int[] counts = new int[table.length + 1];
            for (int i = 0; i < size; i++) {
                counts[slots[i] + 1]++;
            }
            for (int slot = 0; slot < table.length; slot++) {
                counts[slot + 1] += counts[slot];
            }
            final int[] starts = counts.clone();
            final byte[] postingLanguages = new byte[size];
            final float[] postingTerms = new float[size];
            for (int i = 0; i < size; i++) {
                final int at = counts[slots[i]]++;
                postingLanguages[at] = languages[i];
                postingTerms[at] = terms[i];
            }
            return new NgramTable(table, starts, postingLanguages, postingTerms);
        }

        /** Puts every key into {@code table}, its slot into {@code slots}; returns the number of distinct keys. */
        private int insert(final long[] table, final int[] slots) {
            final int shift = Long.numberOfLeadingZeros(table.length - 1L);
            final int mask = table.length - 1;
            int distinct = 0;
            for (int i = 0; i < size; i++) {
                int slot = (int) ((keys[i] * GOLDEN) >>> shift) & mask;
                while (table[slot] != 0 && table[slot] != keys[i]) {
                    slot = (slot + 1) & mask;
                }
                if (table[slot] == 0) {
                    table[slot] = keys[i];
                    distinct++;
                }
                slots[i] = slot;
            }
            return distinct;
        }

        /** A power of two at least twice {@code keys}. */
        private static int capacityFor(final int keys) {
            return Integer.highestOneBit(Math.max(1, keys) * 4 - 1);
        }
    }
}
