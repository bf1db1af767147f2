package io.newsflow.enrich.story;

import java.util.Arrays;

/**
 * The story index in memory: for every article in {@link StoryMatcher#ARTICLES_STORE}, what finding and verifying it
 * as a candidate needs — the packed signature ({@value StorySignature#BYTES} bytes), the record time (epoch seconds),
 * a 64-bit hash of the article id, and its {@value StorySignature#BANDS} LSH band entries. The articles live in flat
 * arrays indexed by sequence number (a ring that grows); the band entries in one open-addressing table, each entry
 * the article's slot in the ring and the band's number in one {@code int}: the band key is not kept but recomputed
 * from the slot's signature when a probe needs it, so an entry costs 4 bytes and the table, kept at most half full,
 * {@value #BAND_SLOTS} ints per slot of the ring. {@value #BYTES_PER_SLOT} bytes per slot in all; the ring has
 * between one and two slots per article (it doubles as the index grows and never shrinks).
 *
 * <p>A copy derived from the articles store, never written anywhere: the matcher loads it from the store whenever it
 * starts (a restart, a crash, a rebalance that moves the task, an upgrade) and changes it together with the store,
 * so the store (with its changelog) stays the one durable copy, and exactly-once is the store's. Finding a
 * candidate reads no store: RocksDB prefix scans per band and a look-up per candidate were most of the matcher's time
 * when the text of unrelated articles shares many phrases (hundreds of candidates per article).
 *
 * <p>Holds the sequence numbers from {@link #first()} (inclusive) to {@link #end()} (exclusive); a number in that
 * range may be absent (never added, or removed). Every band entry points to an article held. Not thread-safe: one
 * matcher, one stream thread.
 */
final class IndexedSignatures {

    /** Band table entries per slot of the ring: twice the bands, so the table is never more than half full. */
    static final int BAND_SLOTS = 2 * StorySignature.BANDS;

    static final int BYTES_PER_SLOT = StorySignature.BYTES + 2 * Long.BYTES + BAND_SLOTS * Integer.BYTES;

    private static final int INITIAL_CAPACITY = 1 << 10;
    private static final long ABSENT = -1;
    /** A band entry is {@code slot << BAND_BITS | band}. */
    private static final int BAND_BITS = 32 - Integer.numberOfLeadingZeros(StorySignature.BANDS - 1);

    private static final int NO_ENTRY = -1;

    private byte[] signatures;
    private long[] epochSeconds;
    private long[] idHashes;
    private int[] bandTable;
    private int mask;
    private int bandMask;
    private long first;
    private long end;
    /** The last {@link #candidates} answer, reused from article to article. */
    private long[] found = new long[64];

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
        addBands(slot);
    }

    /** Removes article {@code sequence} (if held); the range starts again at the oldest article still held. */
    void remove(final long sequence) {
        if (contains(sequence)) {
            removeBands(slot(sequence));
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
        return bandKeyOfSlot(slot(sequence), band);
    }

    /**
     * The articles sharing at least one band key with {@code signature} (packed): their sequence numbers, ascending
     * and each once, in {@link #candidate}{@code (0 … n-1)}; returns n. The answer holds until the next call.
     */
    int candidates(final byte[] signature) {
        int count = 0;
        for (int band = 0; band < StorySignature.BANDS; band++) {
            final int key = StorySignature.bandKey(signature, 0, band);
            for (int at = home(key); bandTable[at] != NO_ENTRY; at = (at + 1) & bandMask) {
                final int entry = bandTable[at];
                if (keyOf(entry) == key) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, 2 * count);
                    }
                    found[count++] = sequenceOfSlot(entry >>> BAND_BITS);
                }
            }
        }
        Arrays.sort(found, 0, count);
        int unique = 0;
        for (int i = 0; i < count; i++) {
            if (unique == 0 || found[i] != found[unique - 1]) {
                found[unique++] = found[i];
            }
        }
        return unique;
    }

    /** Candidate {@code i} of the last {@link #candidates} call. */
    long candidate(final int i) {
        return found[i];
    }

    /** The bytes of heap this index holds in its arrays (what grows with the articles). */
    long heapBytes() {
        return signatures.length
                + (long) Long.BYTES * (epochSeconds.length + idHashes.length)
                + (long) Integer.BYTES * bandTable.length;
    }

    static long idHash(final String articleId) {
        return StorySignature.fnv1a(articleId);
    }

    private int slot(final long sequence) {
        return (int) (sequence & mask);
    }

    /** The sequence number of the article held in {@code slot}. */
    private long sequenceOfSlot(final int slot) {
        return first + ((slot - slot(first)) & mask);
    }

    private int bandKeyOfSlot(final int slot, final int band) {
        return StorySignature.bandKey(signatures, slot * StorySignature.BYTES, band);
    }

    private int keyOf(final int entry) {
        return bandKeyOfSlot(entry >>> BAND_BITS, entry & (StorySignature.BANDS - 1));
    }

    /** Where the probe for {@code key} starts: band keys are well mixed, so their low bits will do. */
    private int home(final int key) {
        return key & bandMask;
    }

    private void addBands(final int slot) {
        for (int band = 0; band < StorySignature.BANDS; band++) {
            int at = home(bandKeyOfSlot(slot, band));
            while (bandTable[at] != NO_ENTRY) {
                at = (at + 1) & bandMask;
            }
            bandTable[at] = slot << BAND_BITS | band;
        }
    }

    private void removeBands(final int slot) {
        for (int band = 0; band < StorySignature.BANDS; band++) {
            final int entry = slot << BAND_BITS | band;
            int at = home(bandKeyOfSlot(slot, band));
            while (bandTable[at] != entry) {
                at = (at + 1) & bandMask;
            }
            removeBandEntry(at);
        }
    }

    /**
     * Empties {@code hole} and moves back the entries after it that would no longer be found across the gap
     * (linear probing's deletion: no tombstones, so probes never grow longer with the removals of a story window).
     */
    private void removeBandEntry(final int removed) {
        int hole = removed;
        for (int at = (hole + 1) & bandMask; bandTable[at] != NO_ENTRY; at = (at + 1) & bandMask) {
            final int home = home(keyOf(bandTable[at]));
            // the entry may fill the hole if the hole lies between its home and where it is
            if (((at - home) & bandMask) >= ((at - hole) & bandMask)) {
                bandTable[hole] = bandTable[at];
                hole = at;
            }
        }
        bandTable[hole] = NO_ENTRY;
    }

    /**
     * New arrays of {@code capacity} slots (a power of two), with the articles held so far in their new slots and
     * their band entries made again (an entry names a slot, and the slots change).
     */
    private void allocate(final int capacity) {
        final byte[] oldSignatures = signatures;
        final long[] oldEpochSeconds = epochSeconds;
        final long[] oldIdHashes = idHashes;
        final int oldMask = mask;
        signatures = new byte[capacity * StorySignature.BYTES];
        epochSeconds = new long[capacity];
        idHashes = new long[capacity];
        bandTable = new int[capacity * BAND_SLOTS];
        Arrays.fill(epochSeconds, ABSENT);
        Arrays.fill(bandTable, NO_ENTRY);
        mask = capacity - 1;
        bandMask = bandTable.length - 1;
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
            if (epochSeconds[to] != ABSENT) {
                addBands(to);
            }
        }
    }
}
