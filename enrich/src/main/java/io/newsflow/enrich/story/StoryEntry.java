package io.newsflow.enrich.story;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * What the story index remembers of an article: its story and its signature. Stored in a compact binary form (the
 * story id as {@link ArticleIdBytes}, then the {@value StorySignature#HASHES} × 2 signature bytes: 201 bytes for a
 * 16-digit hex id) rather than JSON (about 300 bytes with the signature in base64), because there is one per article
 * of the story window. The signature's length is fixed, so the bytes before it are the story id.
 */
public record StoryEntry(String storyId, StorySignature signature) {

    private static final int SIGNATURE_BYTES = StorySignature.HASHES * 2;

    public StoryEntry {
        if (storyId == null || storyId.isBlank()) {
            throw new IllegalArgumentException("storyId must not be blank");
        }
        if (signature == null) {
            throw new IllegalArgumentException("signature must not be null");
        }
    }

    public static Serde<StoryEntry> serde() {
        final Serializer<StoryEntry> serializer = (topic, entry) -> {
            if (entry == null) {
                return null;
            }
            final byte[] story = ArticleIdBytes.encode(entry.storyId());
            return ByteBuffer.allocate(story.length + SIGNATURE_BYTES).put(story).put(entry.signature().toBytes())
                    .array();
        };
        final Deserializer<StoryEntry> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                final int story = bytes.length - SIGNATURE_BYTES;
                return new StoryEntry(ArticleIdBytes.decode(bytes, 0, story),
                        StorySignature.fromBytes(Arrays.copyOfRange(bytes, story, bytes.length)));
            } catch (final RuntimeException e) {
                throw new SerializationException("Unreadable story entry in " + topic, e);
            }
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
