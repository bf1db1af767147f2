package io.newsflow.enrich.story;

import io.newsflow.contract.Article;
import io.newsflow.contract.Topics;
import java.util.Arrays;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * An assembled article on its way to the story index: the article already serialised as its {@code news-articles}
 * value, and its body's {@link StorySignature} as bytes (null when the body is too short to compare). Value of the
 * story-index topic, key articleId.
 *
 * <p>The article travels as the bytes the sinks will read because most articles start their own story: the matcher
 * then forwards those bytes as they are, and parses the article only to rewrite a near-duplicate's {@code storyId}.
 * As JSON of the article object, every article was written, read and written again. On the topic: one form byte
 * ({@value #WITHOUT_SIGNATURE} or {@value #WITH_SIGNATURE}), the signature's {@value StorySignature#BYTES} bytes if
 * any, then the article's bytes. A record of an earlier version with a signature of 96 16-bit values (form byte
 * {@value #WITH_OLD_SIGNATURE}, still in the topic when enrich is upgraded) is read as an article without signature:
 * it cannot be compared with the new signatures, and it is written as its own story rather than lost. A record in
 * another form (such as an earlier JSON one, starting with {@code {}) is refused as unreadable, never misread.
 */
public record StoryCandidate(byte[] article, byte[] signature) {

    static final byte WITHOUT_SIGNATURE = 0;
    static final byte WITH_OLD_SIGNATURE = 1;
    static final byte WITH_SIGNATURE = 2;
    private static final int OLD_SIGNATURE_BYTES = 96 * 2;
    private static final int SIGNATURE_BYTES = StorySignature.BYTES;

    public StoryCandidate {
        Objects.requireNonNull(article, "article must not be null");
        if (signature != null && signature.length != SIGNATURE_BYTES) {
            throw new IllegalArgumentException(
                    "signature must be " + SIGNATURE_BYTES + " bytes, was " + signature.length);
        }
    }

    public static StoryCandidate of(final Article article) {
        final StorySignature signature = StorySignature.of(StoryText.words(
                article.paragraphs().stream().map(paragraph -> paragraph.text()).toList()));
        return new StoryCandidate(
                Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), article),
                signature == null ? null : signature.toBytes());
    }

    /** The article, parsed: only for a near-duplicate, whose document the matcher changes. */
    public Article readArticle() {
        return Topics.ARTICLES.valueSerde().deserializer().deserialize(Topics.ARTICLES.name(), article);
    }

    public static Serde<StoryCandidate> serde() {
        final Serializer<StoryCandidate> serializer = (topic, candidate) -> {
            if (candidate == null) {
                return null;
            }
            final int signature = candidate.signature() == null ? 0 : SIGNATURE_BYTES;
            final byte[] bytes = new byte[1 + signature + candidate.article().length];
            bytes[0] = signature == 0 ? WITHOUT_SIGNATURE : WITH_SIGNATURE;
            if (signature > 0) {
                System.arraycopy(candidate.signature(), 0, bytes, 1, signature);
            }
            System.arraycopy(candidate.article(), 0, bytes, 1 + signature, candidate.article().length);
            return bytes;
        };
        final Deserializer<StoryCandidate> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            final int signature = bytes.length == 0
                    ? -1
                    : switch (bytes[0]) {
                        case WITHOUT_SIGNATURE -> 0;
                        case WITH_OLD_SIGNATURE -> OLD_SIGNATURE_BYTES;
                        case WITH_SIGNATURE -> SIGNATURE_BYTES;
                        default -> -1;
                    };
            if (signature < 0 || bytes.length < 1 + signature) {
                throw new SerializationException("Unreadable story candidate in " + topic + ": form byte "
                        + (bytes.length == 0 ? "missing" : bytes[0]) + ", " + bytes.length + " bytes");
            }
            return new StoryCandidate(
                    Arrays.copyOfRange(bytes, 1 + signature, bytes.length),
                    bytes[0] == WITH_SIGNATURE ? Arrays.copyOfRange(bytes, 1, 1 + signature) : null);
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof StoryCandidate candidate
                && Arrays.equals(article, candidate.article)
                && Arrays.equals(signature, candidate.signature);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(article) + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "StoryCandidate[" + article.length + " bytes of article, "
                + (signature == null ? "no signature" : "signed") + "]";
    }
}
