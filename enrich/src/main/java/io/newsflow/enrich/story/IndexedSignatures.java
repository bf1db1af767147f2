package io.newsflow.enrich.story;

import java.util.Arrays;

/**
 * What the story matcher compares a new article with, for every article in its index, in memory: the packed
 * signature ({@value StorySignature#BYTES} bytes), the record time (epoch seconds) and a 64-bit hash of the article
 * id — {@value #BYTES_PER_ARTICLE} bytes an article, in flat arrays indexed by sequence number (a ring that grows).
 * A copy of {@link StoryMatcher#ARTICLES_STORE}, loaded from it when the matcher starts and changed with it, so that
 * verifying a candidate reads no store: the bands of an index of generated text give each article hundreds of
 * candidates, and each read of the store was a RocksDB look-up and an entry to deserialise. The store stays the one
 * durable copy (with its changelog); this one is rebuilt from it whenever the matcher is initialised.
 *
 * <p>Holds the sequence numbers from {@link #first()} (inclusive) to {@link #end()} (exclusive); a number in that
 * range may be absent (never added, or removed). Not thread-safe: one matcher, one stream thread.
 */
final class IndexedSignatures {

    static final int BYTES_PER_ARTICLE = StorySignature.BYTES + 2 * Long.BYTES;

    private static final int INITIAL_CAPACITY = 1 << 10;
    private static final long ABSENT = -1;

    private byte[] signatures;
    private long[] epochSeconds;
    private long[] idHashes;
    private int mask;
    private long first;
    private long end;

    IndexedSignatures() {
        clear();
    }

    /** Forgets every article. */
    void clear() {
        epochSeconds = null;
        first = 0;
        end = 0;
        allocate(INITIAL_CAPACITY);
    }

    long first() {
        return first;
    }

    long end() {
        return end;
    }

    /** Adds {@code entry} as article {@code sequence}, which must not be below {@link #end()}. */
    void add(final long sequence, final StoryEntry entry) {
        if (sequence < end) {
            throw new IllegalArgumentException(
                    "Story index sequence numbers are added in order: " + sequence + " after " + (end - 1));
        }
        if (first == end) {
            first = sequence;
            end = sequence;
        }
        while (sequence - first >= epochSeconds.length) {
            allocate(epochSeconds.length * 2);
        }
        for (; end < sequence; end++) {
            epochSeconds[slot(end)] = ABSENT;
        }
        final int slot = slot(sequence);
        System.arraycopy(entry.signature().toBytes(), 0, signatures, slot * StorySignature.BYTES, StorySignature.BYTES);
        epochSeconds[slot] = entry.epochSecond();
        idHashes[slot] = idHash(entry.articleId());
        end = sequence + 1;
    }

    /** Removes article {@code sequence} (if held); the range starts again at the oldest article still held. */
    void remove(final long sequence) {
        if (contains(sequence)) {
            epochSeconds[slot(sequence)] = ABSENT;
        }
        while (first < end && epochSeconds[slot(first)] == ABSENT) {
            first++;
        }
    }

    boolean contains(final long sequence) {
        return sequence >= first && sequence < end && epochSeconds[slot(sequence)] != ABSENT;
    }

    /** The record time of article {@code sequence}, which must be held. */
    long epochSecond(final long sequence) {
        return epochSeconds[slot(sequence)];
    }

    /** Whether article {@code sequence} may have the id whose {@link #idHash} is {@code idHash} (the store decides). */
    boolean mayHaveId(final long sequence, final long idHash) {
        return idHashes[slot(sequence)] == idHash;
    }

    /** {@link StorySignature#similarity} of article {@code sequence}'s signature and {@code signature} (packed). */
    double similarity(final long sequence, final byte[] signature) {
        return StorySignature.similarity(signatures, slot(sequence) * StorySignature.BYTES, signature, 0);
    }

    /** Band {@code band}'s key of article {@code sequence}'s signature. */
    int bandKey(final long sequence, final int band) {
        return StorySignature.bandKey(signatures, slot(sequence) * StorySignature.BYTES, band);
    }

    static long idHash(final String articleId) {
        return StorySignature.fnv1a(articleId);
    }

    private int slot(final long sequence) {
        return (int) (sequence & mask);
    }

    /** New arrays of {@code capacity} slots (a power of two), with the articles held so far in their new slots. */
    private void allocate(final int capacity) {
        final byte[] oldSignatures = signatures;
        final long[] oldEpochSeconds = epochSeconds;
        final long[] oldIdHashes = idHashes;
        final int oldMask = mask;
        signatures = new byte[capacity * StorySignature.BYTES];
        epochSeconds = new long[capacity];
        idHashes = new long[capacity];
        Arrays.fill(epochSeconds, ABSENT);
        mask = capacity - 1;
        if (oldEpochSeconds == null) {
            return;
        }
        for (long sequence = first; sequence < end; sequence++) {
            final int from = (int) (sequence & oldMask);
            final int to = slot(sequence);
            System.arraycopy(
                    oldSignatures,
                    from * StorySignature.BYTES,
                    signatures,
                    to * StorySignature.BYTES,
                    StorySignature.BYTES);
            epochSeconds[to] = oldEpochSeconds[from];
            idHashes[to] = oldIdHashes[from];
        }
    }
}
