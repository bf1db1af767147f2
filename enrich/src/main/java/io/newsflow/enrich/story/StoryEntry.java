package io.newsflow.enrich.story;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * What the story index remembers of an article: its story and its signature. Stored in a compact binary form (one
 * length byte, the story id in UTF-8, the {@value StorySignature#HASHES} × 2 signature bytes: 209 bytes for a
 * 16-digit id) rather than JSON (about 300 bytes with the signature in base64), because there is one per article of
 * the story window.
 */
public record StoryEntry(String storyId, StorySignature signature) {

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
            final byte[] story = entry.storyId().getBytes(StandardCharsets.UTF_8);
            if (story.length > 255) {
                throw new SerializationException("A storyId of " + story.length + " bytes does not fit the story"
                        + " index (at most 255), writing to " + topic);
            }
            return ByteBuffer.allocate(1 + story.length + StorySignature.HASHES * 2)
                    .put((byte) story.length).put(story).put(entry.signature().toBytes()).array();
        };
        final Deserializer<StoryEntry> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                final ByteBuffer buffer = ByteBuffer.wrap(bytes);
                final byte[] story = new byte[buffer.get() & 0xFF];
                buffer.get(story);
                final byte[] signature = new byte[buffer.remaining()];
                buffer.get(signature);
                return new StoryEntry(new String(story, StandardCharsets.UTF_8), StorySignature.fromBytes(signature));
            } catch (final RuntimeException e) {
                throw new SerializationException("Unreadable story entry in " + topic, e);
            }
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
