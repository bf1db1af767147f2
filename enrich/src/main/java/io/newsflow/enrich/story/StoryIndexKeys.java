package io.newsflow.enrich.story;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Bytes;

/**
 * The story index's keys. An indexed article is known by its <em>sequence number</em>: the order in which the matcher
 * indexed it, {@value #SEQUENCE_BYTES} bytes big-endian, so that the articles store iterates oldest first (expiry reads
 * it from the front) and a band entry points to its article in 5 bytes rather than by its id. A band entry's key is
 * the 4-byte band key followed by the sequence number: the articles sharing a band are one prefix scan, and the entry
 * needs no value.
 */
public final class StoryIndexKeys {

    public static final int SEQUENCE_BYTES = 5;
    /** 2^40 articles: at a million a day, three thousand years. */
    public static final long MAX_SEQUENCE = (1L << (8 * SEQUENCE_BYTES)) - 1;

    /**
     * The bands store's one other entry: which articles its band entries are of (see {@link #bandsMarker}). One byte,
     * so no band prefix scan (4 bytes) ever reaches it.
     */
    public static final Bytes BANDS_MARKER = Bytes.wrap(new byte[] {0});

    private static final int BAND_KEY_BYTES = 4;

    private StoryIndexKeys() {}

    public static byte[] sequence(final long sequence) {
        final byte[] bytes = new byte[SEQUENCE_BYTES];
        write(checked(sequence), bytes, 0);
        return bytes;
    }

    public static long sequence(final byte[] bytes, final int from) {
        long value = 0;
        for (int i = from; i < from + SEQUENCE_BYTES; i++) {
            value = (value << 8) | (bytes[i] & 0xFFL);
        }
        return value;
    }

    /** Sequence numbers as the articles store's keys. */
    public static Serde<Long> sequenceSerde() {
        final Serializer<Long> serializer = (topic, sequence) -> sequence == null ? null : sequence(sequence);
        final Deserializer<Long> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            if (bytes.length != SEQUENCE_BYTES) {
                throw new SerializationException("A story index sequence number in " + topic + " has " + SEQUENCE_BYTES
                        + " bytes, was " + bytes.length);
            }
            return sequence(bytes, 0);
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }

    /** The band entry of {@code bandKey} for article {@code sequence}. */
    public static Bytes band(final int bandKey, final long sequence) {
        final byte[] bytes = new byte[BAND_KEY_BYTES + SEQUENCE_BYTES];
        writeBandKey(bandKey, bytes);
        write(checked(sequence), bytes, BAND_KEY_BYTES);
        return Bytes.wrap(bytes);
    }

    /** The prefix every band entry of {@code bandKey} starts with. */
    public static Bytes bandPrefix(final int bandKey) {
        final byte[] bytes = new byte[BAND_KEY_BYTES];
        writeBandKey(bandKey, bytes);
        return Bytes.wrap(bytes);
    }

    /**
     * The value of {@link #BANDS_MARKER}: the band entries are those of the articles with sequence numbers from
     * {@code oldest} (inclusive) to {@code next} (exclusive).
     */
    public static byte[] bandsMarker(final long oldest, final long next) {
        final byte[] bytes = new byte[2 * SEQUENCE_BYTES];
        write(checked(oldest), bytes, 0);
        write(checked(next), bytes, SEQUENCE_BYTES);
        return bytes;
    }

    /** The article a band entry points to. */
    public static long sequenceOfBand(final Bytes band) {
        return sequence(band.get(), BAND_KEY_BYTES);
    }

    private static long checked(final long sequence) {
        if (sequence < 0 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("A story index sequence number is in [0, 2^40), was " + sequence);
        }
        return sequence;
    }

    private static void writeBandKey(final int bandKey, final byte[] bytes) {
        for (int i = 0; i < BAND_KEY_BYTES; i++) {
            bytes[i] = (byte) (bandKey >>> (8 * (BAND_KEY_BYTES - 1 - i)));
        }
    }

    private static void write(final long sequence, final byte[] bytes, final int from) {
        for (int i = 0; i < SEQUENCE_BYTES; i++) {
            bytes[from + i] = (byte) (sequence >>> (8 * (SEQUENCE_BYTES - 1 - i)));
        }
    }
}
