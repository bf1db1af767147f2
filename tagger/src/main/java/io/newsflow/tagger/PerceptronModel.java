package io.newsflow.tagger;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear model over hashed features, one weight per (feature bucket, label): {@code score(label) = Σ w[f][label]}.
 * Trained as an averaged perceptron ({@link Training}); at run time it is a read-only array, safe to share between
 * threads.
 *
 * <p>Stored compactly: the non-zero buckets only, each weight quantised to 16 bits against the largest weight, in a
 * gzip stream (see {@link #write}). A model read back stays that way in memory: the buckets that hold a weight (a
 * tenth of the shipped model's million) marked in a bitmap with a running count per 64 buckets, their 16-bit weights
 * packed in bucket order, multiplied by the scale while scoring. That is the same float products as expanding the
 * weights once into a float per (bucket, label), and the same sums, since an empty bucket adds nothing; but 2 MB
 * instead of 38, and the model's cost per token is its random reads of the weights, which now mostly hit the cache.
 */
final class PerceptronModel {

    private static final int MAGIC = 0x4E464E31; // "NFN1"

    final int bits;
    final int mask;
    /** The weights of a model being trained (or averaged from training); null in a model {@link #read} back. */
    final float[] weights;
    /** A model read back: bit {@code b} of word {@code b / 64} says whether bucket {@code b} holds any weight. */
    private final long[] present;
    /** A model read back: how many buckets below {@code 64 * w} hold weights, the packed index of the first above. */
    private final int[] presentBefore;
    /** A model read back: the 16-bit weights of the buckets that hold any, {@link NerLabels#COUNT} per bucket. */
    private final short[] quantised;

    private final float scale;

    PerceptronModel(final int bits) {
        this(bits, null, null, 1f);
    }

    private PerceptronModel(final int bits, final long[] present, final short[] quantised, final float scale) {
        if (bits < 10 || bits > 24) {
            throw new IllegalArgumentException("bits must be in [10, 24], was " + bits);
        }
        this.bits = bits;
        this.mask = (1 << bits) - 1;
        this.weights = present == null ? new float[(1 << bits) * NerLabels.COUNT] : null;
        this.present = present;
        this.quantised = quantised;
        this.scale = scale;
        if (present == null) {
            this.presentBefore = null;
        } else {
            this.presentBefore = new int[present.length];
            int before = 0;
            for (int w = 0; w < present.length; w++) {
                presentBefore[w] = before;
                before += Long.bitCount(present[w]);
            }
        }
    }

    /** Where a read-back model packs bucket {@code bucket}'s weights (times {@link NerLabels#COUNT}); -1 if empty. */
    private int packed(final int bucket) {
        final long word = present[bucket >>> 6];
        final long bit = 1L << bucket; // the shift takes the bucket's low six bits
        if ((word & bit) == 0) {
            return -1;
        }
        return presentBefore[bucket >>> 6] + Long.bitCount(word & (bit - 1));
    }

    /** Weight {@code i} (bucket {@code i / COUNT}, label {@code i % COUNT}), whichever way the model holds it. */
    private float weight(final int i) {
        if (weights != null) {
            return weights[i];
        }
        final int slot = packed(i / NerLabels.COUNT);
        return slot < 0 ? 0f : quantised[slot * NerLabels.COUNT + i % NerLabels.COUNT] * scale;
    }

    /**
     * Adds the weights of {@code features[0..count)} to {@code scores} (one per label), feature by feature in order, so
     * each label's sum is rounded exactly as a plain loop over features would round it.
     */
    void score(final int[] features, final int count, final float[] scores) {
        if (weights == null && NerLabels.COUNT == 9) {
            scorePacked(features, count, scores);
            return;
        }
        for (int f = 0; f < count; f++) {
            final int base = (features[f] & mask) * NerLabels.COUNT;
            for (int l = 0; l < NerLabels.COUNT; l++) {
                scores[l] += weight(base + l);
            }
        }
    }

    private void scorePacked(final int[] features, final int count, final float[] scores) {
        // The nine labels unrolled into locals: the pipeline runs the JIT's first tier only (C1), which neither
        // unrolls the label loop nor keeps the scores in registers, and this is the model's whole cost per token.
        float s0 = scores[0], s1 = scores[1], s2 = scores[2], s3 = scores[3], s4 = scores[4];
        float s5 = scores[5], s6 = scores[6], s7 = scores[7], s8 = scores[8];
        final short[] q = quantised;
        final float k = scale;
        for (int f = 0; f < count; f++) {
            final int slot = packed(features[f] & mask);
            if (slot < 0) {
                continue; // an empty bucket's weights are +0, which leaves every sum as it is
            }
            final int base = slot * 9;
            s0 += q[base] * k;
            s1 += q[base + 1] * k;
            s2 += q[base + 2] * k;
            s3 += q[base + 3] * k;
            s4 += q[base + 4] * k;
            s5 += q[base + 5] * k;
            s6 += q[base + 6] * k;
            s7 += q[base + 7] * k;
            s8 += q[base + 8] * k;
        }
        if (count > 0) {
            // ... except a -0 score, which adding +0 turns into +0: this keeps even that bit of a plain loop's sum
            s0 += 0f;
            s1 += 0f;
            s2 += 0f;
            s3 += 0f;
            s4 += 0f;
            s5 += 0f;
            s6 += 0f;
            s7 += 0f;
            s8 += 0f;
        }
        scores[0] = s0;
        scores[1] = s1;
        scores[2] = s2;
        scores[3] = s3;
        scores[4] = s4;
        scores[5] = s5;
        scores[6] = s6;
        scores[7] = s7;
        scores[8] = s8;
    }

    void write(final OutputStream out) throws IOException {
        float max = 0;
        for (int i = 0; i < (mask + 1) * NerLabels.COUNT; i++) {
            max = Math.max(max, Math.abs(weight(i)));
        }
        final float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        final GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        final DataOutputStream data = new DataOutputStream(gzip);
        data.writeInt(MAGIC);
        data.writeInt(bits);
        data.writeInt(NerLabels.COUNT);
        data.writeFloat(scale);
        int previous = -1;
        for (int bucket = 0; bucket <= mask; bucket++) {
            final int base = bucket * NerLabels.COUNT;
            boolean nonZero = false;
            for (int l = 0; l < NerLabels.COUNT && !nonZero; l++) {
                nonZero = Math.round(weight(base + l) / scale) != 0;
            }
            if (nonZero) {
                writeVarInt(data, bucket - previous);
                for (int l = 0; l < NerLabels.COUNT; l++) {
                    data.writeShort(Math.round(weight(base + l) / scale));
                }
                previous = bucket;
            }
        }
        writeVarInt(data, 0);
        data.flush();
        gzip.finish();
    }

    static PerceptronModel read(final InputStream in) throws IOException {
        final DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16)));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a Newsflow NER model (bad magic number)");
        }
        final int bits = data.readInt();
        final int labels = data.readInt();
        if (labels != NerLabels.COUNT) {
            throw new IOException("model has " + labels + " labels, this tagger knows " + NerLabels.COUNT);
        }
        final float scale = data.readFloat();
        if (bits < 10 || bits > 24) {
            throw new IOException("model bits must be in [10, 24], was " + bits);
        }
        final int mask = (1 << bits) - 1;
        final long[] present = new long[(mask >>> 6) + 1];
        short[] quantised = new short[1024 * NerLabels.COUNT];
        int slots = 0;
        int bucket = -1;
        for (int step = readVarInt(data); step != 0; step = readVarInt(data)) {
            if (step < 0) {
                throw new IOException("malformed model: bucket step " + step);
            }
            bucket += step;
            if (bucket > mask) {
                throw new IOException("model bucket " + bucket + " out of range");
            }
            present[bucket >>> 6] |= 1L << bucket;
            if ((slots + 1) * NerLabels.COUNT > quantised.length) {
                quantised = Arrays.copyOf(quantised, quantised.length * 2);
            }
            for (int l = 0; l < NerLabels.COUNT; l++) {
                quantised[slots * NerLabels.COUNT + l] = data.readShort();
            }
            slots++;
        }
        return new PerceptronModel(bits, present, Arrays.copyOf(quantised, slots * NerLabels.COUNT), scale);
    }

    private static void writeVarInt(final DataOutputStream out, final int value) throws IOException {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarInt(final DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            final int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("malformed model: variable-length integer too long");
    }

    /**
     * The averaged perceptron's bookkeeping: current weights live in the model, plus the sum of each weight's value
     * over the updates it survived, kept lazily (Collins 2002; the "lazy averaging" of Daumé's thesis).
     */
    static final class Training {

        private final PerceptronModel model;
        private final double[] totals;
        private final int[] stamps;
        private int clock;

        Training(final PerceptronModel model) {
            this.model = model;
            this.totals = new double[model.weights.length];
            this.stamps = new int[model.weights.length];
        }

        /** One step: the gold label's weights go up, the predicted label's down, for every feature. */
        void update(final int[] features, final int count, final int gold, final int predicted) {
            clock++;
            if (gold == predicted) {
                return;
            }
            for (int f = 0; f < count; f++) {
                final int base = (features[f] & model.mask) * NerLabels.COUNT;
                bump(base + gold, 1);
                bump(base + predicted, -1);
            }
        }

        /** Counts one more instance without an update (the clock the averages are taken over). */
        void tick() {
            clock++;
        }

        private void bump(final int i, final float delta) {
            totals[i] += (double) (clock - stamps[i]) * model.weights[i];
            stamps[i] = clock;
            model.weights[i] += delta;
        }

        /** Replaces the weights by their averages over all steps: the model to ship. */
        PerceptronModel averaged() {
            final PerceptronModel result = new PerceptronModel(model.bits);
            for (int i = 0; i < model.weights.length; i++) {
                final double total = totals[i] + (double) (clock - stamps[i]) * model.weights[i];
                result.weights[i] = clock == 0 ? 0 : (float) (total / clock);
            }
            return result;
        }
    }
}
