package io.newsflow.enrich.story;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A MinHash signature of an article body: for each of {@value #HASHES} hash functions, the smallest hash of the body's
 * word {@value #SHINGLE}-grams (shingles), of which only the lowest bits are kept (b-bit MinHash). Two signatures agree
 * at a position with probability J + (1 − J)·2^−b, J the Jaccard similarity of the two shingle sets; the estimate
 * counts the agreeing positions and takes the chance agreements out.
 *
 * <p>The first {@value #BAND_VALUES} values keep 16 bits: they make the LSH bands, {@value #BANDS} bands of
 * {@value #ROWS} values, each hashed to a 32-bit band key, so that two unrelated bodies almost never share a band by
 * chance. The other {@value #LOW_VALUES} keep {@value #LOW_BITS} bits and serve only the estimate (a chance agreement
 * in one of 16, corrected): 112 bytes in all, where 96 values of 16 bits took 192, and the estimate's standard
 * deviation at J = 0.4 is 0.046 instead of 0.050. With b bands of r rows a pair of similarity s is a candidate with
 * probability {@code 1 - (1 - s^r)^b}: for 16 × 2, 0.94 at s = 0.4, 0.99 at 0.5, 0.9997 at 0.6, and 0.15 at s = 0.1
 * (candidates are verified by the estimate, so this costs look-ups, not precision).
 *
 * <p>Pure and deterministic: the same words give the same signature on every instance and every JVM.
 */
public record StorySignature(short[] values) {

    public static final int SHINGLE = 3;
    public static final int BANDS = 16;
    public static final int ROWS = 2;
    public static final int BAND_VALUES = BANDS * ROWS;
    public static final int LOW_BITS = 4;
    public static final int LOW_VALUES = 96;
    public static final int HASHES = BAND_VALUES + LOW_VALUES;
    /** The signature as {@link #toBytes()} writes it: the band values' 2 bytes each, two low values a byte. */
    public static final int BYTES = BAND_VALUES * 2 + LOW_VALUES * LOW_BITS / 8;
    /** Fewer shingles than this, and a body is too short to say it repeats another: it is not compared. */
    public static final int MIN_SHINGLES = 8;

    private static final int LOW_MASK = (1 << LOW_BITS) - 1;
    private static final double CHANCE = 1.0 / (1 << LOW_BITS);
    private static final long[] SEEDS = seeds();
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final long LANES_OF_16_BITS = 0x7FFF_7FFF_7FFF_7FFFL;
    private static final long LANES_OF_4_BITS = 0x7777_7777_7777_7777L;

    public StorySignature {
        if (values == null || values.length != HASHES) {
            throw new IllegalArgumentException(
                    "A story signature has " + HASHES + " values, was " + (values == null ? null : values.length));
        }
        for (int i = BAND_VALUES; i < HASHES; i++) {
            if ((values[i] & ~LOW_MASK) != 0) {
                throw new IllegalArgumentException(
                        "Value " + i + " of a story signature has " + LOW_BITS + " bits, was " + values[i]);
            }
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
            values[i] = (short) (i < BAND_VALUES ? minima[i] : minima[i] & LOW_MASK);
        }
        return new StorySignature(values);
    }

    /**
     * The estimated Jaccard similarity of the two bodies, in [0, 1]: the band values' agreements (a chance agreement
     * of 16 bits is negligible) plus the low values' agreements with the expected chance agreements taken out.
     */
    public double similarity(final StorySignature other) {
        int band = 0;
        for (int i = 0; i < BAND_VALUES; i++) {
            if (values[i] == other.values[i]) {
                band++;
            }
        }
        int low = 0;
        for (int i = BAND_VALUES; i < HASHES; i++) {
            if (values[i] == other.values[i]) {
                low++;
            }
        }
        return estimate(band, low);
    }

    /**
     * {@link #similarity(StorySignature)} of two signatures as {@link #toBytes()} writes them, {@value #BYTES} bytes
     * from {@code from} and {@code otherFrom}, without unpacking either: the story index keeps its signatures packed.
     */
    public static double similarity(final byte[] bytes, final int from, final byte[] other, final int otherFrom) {
        // eight bytes at a time: the story matcher compares every candidate, hundreds per article when unrelated
        // texts share many phrases; a lane (16-bit band value, 4-bit low value) agrees where the XOR's lane is zero
        int band = 0;
        for (int i = 0; i < BAND_VALUES * 2; i += Long.BYTES) {
            band += zeroLanes(differ(bytes, from + i, other, otherFrom + i), LANES_OF_16_BITS);
        }
        int low = 0;
        for (int i = BAND_VALUES * 2; i < BYTES; i += Long.BYTES) {
            low += zeroLanes(differ(bytes, from + i, other, otherFrom + i), LANES_OF_4_BITS);
        }
        return estimate(band, low);
    }

    private static long differ(final byte[] bytes, final int at, final byte[] other, final int otherAt) {
        return (long) LONGS.get(bytes, at) ^ (long) LONGS.get(other, otherAt);
    }

    /**
     * How many lanes of {@code x} are zero; {@code lowBits} has every bit of a lane set but its highest. Adding it to
     * the lanes' low bits sets a lane's highest bit if any low bit is set, without a carry into the next lane.
     */
    private static int zeroLanes(final long x, final long lowBits) {
        return Long.bitCount(~(((x & lowBits) + lowBits) | x | lowBits));
    }

    /** The Jaccard estimate from the agreeing band values and low values, chance agreements of the low ones out. */
    private static double estimate(final int band, final int low) {
        final double estimate = (band + (low - LOW_VALUES * CHANCE) / (1 - CHANCE)) / HASHES;
        return Math.max(0, Math.min(1, estimate));
    }

    /** Band {@code band}'s key: its number and its {@value #ROWS} values, mixed to 32 bits. */
    public int bandKey(final int band) {
        long key = band;
        for (int row = 0; row < ROWS; row++) {
            key = (key << 16) | (values[band * ROWS + row] & 0xFFFFL);
        }
        return bandKey(key);
    }

    /** {@link #bandKey(int)} of a signature as {@link #toBytes()} writes it, {@value #BYTES} bytes from {@code from}. */
    public static int bandKey(final byte[] bytes, final int from, final int band) {
        long key = band;
        for (int row = 0; row < ROWS; row++) {
            final int at = from + 2 * (band * ROWS + row);
            key = (key << 16) | ((bytes[at] & 0xFFL) << 8) | (bytes[at + 1] & 0xFFL);
        }
        return bandKey(key);
    }

    private static int bandKey(final long bandAndValues) {
        return (int) (mix(bandAndValues) >>> 32);
    }

    /** {@value #BYTES} bytes: the band values big-endian, then the low values two to a byte (high nibble first). */
    public byte[] toBytes() {
        final byte[] bytes = new byte[BYTES];
        for (int i = 0; i < BAND_VALUES; i++) {
            bytes[2 * i] = (byte) (values[i] >> 8);
            bytes[2 * i + 1] = (byte) values[i];
        }
        for (int i = 0; i < LOW_VALUES; i += 2) {
            bytes[BAND_VALUES * 2 + i / 2] = (byte) (values[BAND_VALUES + i] << 4 | values[BAND_VALUES + i + 1]);
        }
        return bytes;
    }

    public static StorySignature fromBytes(final byte[] bytes) {
        return fromBytes(bytes, 0, bytes == null ? 0 : bytes.length);
    }

    /** The signature in {@code bytes[from, to)}, as {@link #toBytes()} wrote it. */
    public static StorySignature fromBytes(final byte[] bytes, final int from, final int to) {
        if (bytes == null || to - from != BYTES) {
            throw new IllegalArgumentException(
                    "A story signature is " + BYTES + " bytes, was " + (bytes == null ? null : to - from));
        }
        final short[] values = new short[HASHES];
        for (int i = 0; i < BAND_VALUES; i++) {
            values[i] = (short) (((bytes[from + 2 * i] & 0xFF) << 8) | (bytes[from + 2 * i + 1] & 0xFF));
        }
        for (int i = 0; i < LOW_VALUES; i += 2) {
            final int pair = bytes[from + BAND_VALUES * 2 + i / 2] & 0xFF;
            values[BAND_VALUES + i] = (short) (pair >>> 4);
            values[BAND_VALUES + i + 1] = (short) (pair & LOW_MASK);
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

    /** FNV-1a over the UTF-8 bytes: a word's hash for the shingles, an article id's for the story index. */
    static long fnv1a(final String word) {
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
