package io.newsflow.enrich.story;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The story index's keys. An indexed article is known by its <em>sequence number</em>: the order in which the matcher
 * indexed it, {@value #SEQUENCE_BYTES} bytes big-endian, so that the articles store iterates oldest first (expiry reads
 * it from the front).
 */
public final class StoryIndexKeys {

    public static final int SEQUENCE_BYTES = 5;
    /** 2^40 articles: at a million a day, three thousand years. */
    public static final long MAX_SEQUENCE = (1L << (8 * SEQUENCE_BYTES)) - 1;

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

    private static long checked(final long sequence) {
        if (sequence < 0 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("A story index sequence number is in [0, 2^40), was " + sequence);
        }
        return sequence;
    }

    private static void write(final long sequence, final byte[] bytes, final int from) {
        for (int i = 0; i < SEQUENCE_BYTES; i++) {
            bytes[from + i] = (byte) (sequence >>> (8 * (SEQUENCE_BYTES - 1 - i)));
        }
    }
}
