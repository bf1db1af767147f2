package io.newsflow.enrich.story;

import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * What the story index remembers of an article: its id, its story, when it was indexed (record time, whole seconds:
 * the story window is days) and its signature. Stored compactly, as there is one per article of the story window:
 * the time as 4 bytes (unsigned seconds since the epoch), the {@value StorySignature#BYTES} signature bytes, the
 * article id's length (one byte below 128, as a varint above) and the id as {@link ArticleIdBytes}, then the story id
 * as {@link ArticleIdBytes} only when it is another article's: 126 bytes for an article that starts its story and has
 * one of ingest's ids, 135 for a near-duplicate.
 */
public record StoryEntry(String articleId, String storyId, long epochSecond, StorySignature signature) {

    private static final int TIME_BYTES = 4;
    private static final long MAX_SECOND = 0xFFFF_FFFFL;

    public StoryEntry {
        if (articleId == null || articleId.isEmpty()) {
            throw new IllegalArgumentException("articleId must not be empty");
        }
        if (storyId == null || storyId.isBlank()) {
            throw new IllegalArgumentException("storyId must not be blank");
        }
        if (epochSecond < 0 || epochSecond > MAX_SECOND) {
            throw new IllegalArgumentException("epochSecond must be in [0, 2^32), was " + epochSecond);
        }
        Objects.requireNonNull(signature, "signature must not be null");
    }

    /** Whether this article started its own story. */
    public boolean startsItsStory() {
        return storyId.equals(articleId);
    }

    public static Serde<StoryEntry> serde() {
        final Serializer<StoryEntry> serializer = (topic, entry) -> entry == null ? null : toBytes(entry);
        final Deserializer<StoryEntry> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return fromBytes(bytes);
            } catch (final RuntimeException e) {
                throw new SerializationException("Unreadable story entry in " + topic, e);
            }
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }

    static byte[] toBytes(final StoryEntry entry) {
        final byte[] id = ArticleIdBytes.encode(entry.articleId());
        final byte[] story = entry.startsItsStory() ? new byte[0] : ArticleIdBytes.encode(entry.storyId());
        final int lengthBytes = varintLength(id.length);
        final byte[] bytes = new byte[TIME_BYTES + StorySignature.BYTES + lengthBytes + id.length + story.length];
        final long second = entry.epochSecond();
        for (int i = 0; i < TIME_BYTES; i++) {
            bytes[i] = (byte) (second >>> (8 * (TIME_BYTES - 1 - i)));
        }
        System.arraycopy(entry.signature().toBytes(), 0, bytes, TIME_BYTES, StorySignature.BYTES);
        int at = TIME_BYTES + StorySignature.BYTES;
        int length = id.length;
        while (length >= 0x80) {
            bytes[at++] = (byte) (length & 0x7F | 0x80);
            length >>>= 7;
        }
        bytes[at++] = (byte) length;
        System.arraycopy(id, 0, bytes, at, id.length);
        System.arraycopy(story, 0, bytes, at + id.length, story.length);
        return bytes;
    }

    static StoryEntry fromBytes(final byte[] bytes) {
        long second = 0;
        for (int i = 0; i < TIME_BYTES; i++) {
            second = (second << 8) | (bytes[i] & 0xFFL);
        }
        final StorySignature signature = StorySignature.fromBytes(bytes, TIME_BYTES, TIME_BYTES + StorySignature.BYTES);
        int at = TIME_BYTES + StorySignature.BYTES;
        int length = 0;
        for (int shift = 0; ; shift += 7) {
            if (shift > 28) {
                throw new IllegalArgumentException("The article id's length is not a varint");
            }
            final int b = bytes[at++] & 0xFF;
            length |= (b & 0x7F) << shift;
            if (b < 0x80) {
                break;
            }
        }
        if (length < 1 || at + length > bytes.length) {
            throw new IllegalArgumentException(
                    "An article id of " + length + " bytes does not fit in a story entry of " + bytes.length);
        }
        final String articleId = ArticleIdBytes.decode(bytes, at, at + length);
        final String storyId =
                at + length == bytes.length ? articleId : ArticleIdBytes.decode(bytes, at + length, bytes.length);
        return new StoryEntry(articleId, storyId, second, signature);
    }

    private static int varintLength(final int value) {
        int bytes = 1;
        for (int rest = value >>> 7; rest != 0; rest >>>= 7) {
            bytes++;
        }
        return bytes;
    }
}
