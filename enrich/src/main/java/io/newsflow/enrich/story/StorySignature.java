package io.newsflow.enrich.story;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A MinHash signature of an article body: for each of {@value #HASHES} hash functions, the smallest hash of the body's
 * word {@value #SHINGLE}-grams (shingles), of which the lowest 16 bits are kept (b-bit MinHash: two unrelated values
 * agree by chance once in 65,536, which moves an estimate by nothing that matters, at a quarter of the bytes). The
 * share of positions where two signatures agree estimates the Jaccard similarity of the two shingle sets.
 *
 * <p>LSH: the signature is cut into {@value #BANDS} bands of {@value #ROWS} values; two bodies become candidates when
 * any band is equal. With b bands of r rows, a pair of similarity s is a candidate with probability
 * {@code 1 - (1 - s^r)^b}: for 32 × 3, 0.58 at s = 0.3, 0.88 at 0.4, 0.986 at 0.5, 0.9995 at 0.6 — wire copies
 * (70–95 % of the text kept) measure 0.5 and more on the labelled set, so nearly all are found, and unrelated articles
 * rarely need a look (0.03 at s = 0.1).
 *
 * <p>Pure and deterministic: the same words give the same signature on every instance and every JVM.
 */
public record StorySignature(short[] values) {

    public static final int SHINGLE = 3;
    public static final int BANDS = 32;
    public static final int ROWS = 3;
    public static final int HASHES = BANDS * ROWS;
    /** Fewer shingles than this, and a body is too short to say it repeats another: it is not compared. */
    public static final int MIN_SHINGLES = 8;

    private static final long[] SEEDS = seeds();

    public StorySignature {
        if (values == null || values.length != HASHES) {
            throw new IllegalArgumentException("A story signature has " + HASHES + " values, was "
                    + (values == null ? null : values.length));
        }
    }

    /** The signature of {@code words}, or null if they make fewer than {@value #MIN_SHINGLES} shingles. */
    public static StorySignature of(final List<String> words) {
        final int shingles = words.size() - SHINGLE + 1;
        if (shingles < MIN_SHINGLES) {
            return null;
        }
        final long[] tokens = new long[words.size()];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = fnv1a(words.get(i));
        }
        final long[] minima = new long[HASHES];
        Arrays.fill(minima, Long.MAX_VALUE);
        for (int start = 0; start < shingles; start++) {
            long shingle = 0;
            for (int k = 0; k < SHINGLE; k++) {
                shingle = mix(shingle * 31 + tokens[start + k]);
            }
            for (int i = 0; i < HASHES; i++) {
                // unsigned minimum, so that every bit of the mixed value is uniformly spread
                final long hash = mix(shingle ^ SEEDS[i]) >>> 1;
                if (hash < minima[i]) {
                    minima[i] = hash;
                }
            }
        }
        final short[] values = new short[HASHES];
        for (int i = 0; i < HASHES; i++) {
            values[i] = (short) minima[i];
        }
        return new StorySignature(values);
    }

    /** The estimated Jaccard similarity of the two bodies: the share of equal values. */
    public double similarity(final StorySignature other) {
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            if (values[i] == other.values[i]) {
                equal++;
            }
        }
        return (double) equal / HASHES;
    }

    /** Band {@code band}'s key: the band's number and its {@value #ROWS} values, one long (54 bits used). */
    public long bandKey(final int band) {
        long key = band;
        for (int row = 0; row < ROWS; row++) {
            key = (key << 16) | (values[band * ROWS + row] & 0xFFFFL);
        }
        return key;
    }

    /** The values as {@value #HASHES} × 2 bytes, big-endian. */
    public byte[] toBytes() {
        final byte[] bytes = new byte[HASHES * 2];
        for (int i = 0; i < HASHES; i++) {
            bytes[2 * i] = (byte) (values[i] >> 8);
            bytes[2 * i + 1] = (byte) values[i];
        }
        return bytes;
    }

    public static StorySignature fromBytes(final byte[] bytes) {
        if (bytes == null || bytes.length != HASHES * 2) {
            throw new IllegalArgumentException("A story signature is " + HASHES * 2 + " bytes, was "
                    + (bytes == null ? null : bytes.length));
        }
        final short[] values = new short[HASHES];
        for (int i = 0; i < HASHES; i++) {
            values[i] = (short) (((bytes[2 * i] & 0xFF) << 8) | (bytes[2 * i + 1] & 0xFF));
        }
        return new StorySignature(values);
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof StorySignature signature && Arrays.equals(values, signature.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "StorySignature" + Arrays.toString(values);
    }

    private static long fnv1a(final String word) {
        long hash = 0xcbf29ce484222325L;
        for (final byte b : word.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xFF)) * 0x100000001b3L;
        }
        return hash;
    }

    /** SplitMix64's finaliser: every input bit moves every output bit. */
    private static long mix(final long value) {
        long z = value + 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        final long[] seeds = new long[HASHES];
        long state = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            state = mix(state);
            seeds[i] = state;
        }
        return seeds;
    }
}
