package io.newsflow.tagger;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear model over hashed features, one weight per (feature bucket, label): {@code score(label) = Σ w[f][label]}.
 * Trained as an averaged perceptron ({@link Training}); at run time it is a read-only array, safe to share between
 * threads.
 *
 * <p>Stored compactly: the non-zero buckets only, each weight quantised to 16 bits against the largest weight, in a
 * gzip stream (see {@link #write}). A model read back keeps the 16-bit weights and their scale and multiplies them out
 * while scoring: the same float products as expanding them once, in half the memory (the shipped model's 9.4 million
 * weights are 19 MB instead of 38), and half the cache lines for the random reads that are the model's cost per token.
 */
final class PerceptronModel {

    private static final int MAGIC = 0x4E464E31; // "NFN1"

    final int bits;
    final int mask;
    /** The weights of a model being trained (or averaged from training); null in a model {@link #read} back. */
    final float[] weights;
    /** The 16-bit weights of a model {@link #read} back, each {@code quantised[i] * scale}; null otherwise. */
    private final short[] quantised;

    private final float scale;

    PerceptronModel(final int bits) {
        this(bits, false, 1f);
    }

    private PerceptronModel(final int bits, final boolean isQuantised, final float scale) {
        if (bits < 10 || bits > 24) {
            throw new IllegalArgumentException("bits must be in [10, 24], was " + bits);
        }
        this.bits = bits;
        this.mask = (1 << bits) - 1;
        final int size = (1 << bits) * NerLabels.COUNT;
        this.weights = isQuantised ? null : new float[size];
        this.quantised = isQuantised ? new short[size] : null;
        this.scale = scale;
    }

    /** Weight {@code i}, whichever way the model holds it. */
    private float weight(final int i) {
        return quantised != null ? quantised[i] * scale : weights[i];
    }

    /**
     * Adds the weights of {@code features[0..count)} to {@code scores} (one per label), feature by feature in order, so
     * each label's sum is rounded exactly as a plain loop over features would round it.
     */
    void score(final int[] features, final int count, final float[] scores) {
        if (quantised != null && NerLabels.COUNT == 9) {
            scoreQuantised(features, count, scores);
            return;
        }
        for (int f = 0; f < count; f++) {
            final int base = (features[f] & mask) * NerLabels.COUNT;
            for (int l = 0; l < NerLabels.COUNT; l++) {
                scores[l] += weight(base + l);
            }
        }
    }

    private void scoreQuantised(final int[] features, final int count, final float[] scores) {
        // The nine labels unrolled into locals: the pipeline runs the JIT's first tier only (C1), which neither
        // unrolls the label loop nor keeps the scores in registers, and this is the model's whole cost per token.
        float s0 = scores[0], s1 = scores[1], s2 = scores[2], s3 = scores[3], s4 = scores[4];
        float s5 = scores[5], s6 = scores[6], s7 = scores[7], s8 = scores[8];
        final short[] q = quantised;
        final float k = scale;
        for (int f = 0; f < count; f++) {
            final int base = (features[f] & mask) * 9;
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
        final PerceptronModel model = new PerceptronModel(bits, true, scale);
        int bucket = -1;
        for (int step = readVarInt(data); step != 0; step = readVarInt(data)) {
            bucket += step;
            if (bucket > model.mask) {
                throw new IOException("model bucket " + bucket + " out of range");
            }
            final int base = bucket * NerLabels.COUNT;
            for (int l = 0; l < NerLabels.COUNT; l++) {
                model.quantised[base + l] = data.readShort();
            }
        }
        return model;
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
