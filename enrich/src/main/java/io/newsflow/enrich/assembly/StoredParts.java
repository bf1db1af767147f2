package io.newsflow.enrich.assembly;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsflow.contract.ArticleMetadata;
import io.newsflow.contract.Json;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.ParagraphKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The value of one {@link ArticleAssembler#PARTS_STORE} entry: the records of one article that have arrived so far, in
 * arrival order, in one byte array that grows by appending — a record is encoded once, when it arrives, and the bytes
 * before it are copied, never encoded again (Kafka Streams' cache keeps serialised values, so an entry rewritten as a
 * whole would serialise the whole article again on every record).
 *
 * <p>Layout: the format byte {@value #FORMAT}, then per record its payload's length (unsigned varint) and the payload:
 *
 * <ol>
 *   <li>flags: {@code 1} kept, {@code 2} the article's fields are the first record's (left out), {@code 4} a section
 *       follows, {@code 8} metadata follows;
 *   <li>the input offset (zig-zag varint), the kind (0 headline, 1 heading, 2 paragraph), index and count (varints);
 *   <li>unless flag {@code 2}: articleId, sourceFile, contentHash, ingestedAt (epoch second as zig-zag varint, nano as
 *       varint), headline;
 *   <li>the section if flag {@code 4}, the text, and the metadata if flag {@code 8}, as the contract's JSON (only a
 *       headline record carries it: once per article).
 * </ol>
 *
 * <p>Strings are a varint length and their UTF-8 bytes. The article's own fields (id, file, hash, ingest time,
 * headline: a third of a short paragraph's JSON) are kept once per article, on its first record, since every record
 * of the copy being assembled has the same ones. Bytes that do not follow this layout fail {@link #read} with an
 * {@link IllegalArgumentException} naming the record, the byte position and what was wrong; nothing is guessed.
 */
public final class StoredParts {

    /** The layout's version: a changed layout gets a new value here and keeps reading the old one. */
    static final byte FORMAT = 1;

    private static final int KEPT = 1;
    private static final int SAME_ARTICLE = 2;
    private static final int HAS_SECTION = 4;
    private static final int HAS_METADATA = 8;
    private static final int KNOWN_FLAGS = KEPT | SAME_ARTICLE | HAS_SECTION | HAS_METADATA;
    /** By their code in the layout (not their ordinal: the enum's order is no part of it). */
    private static final ParagraphKind[] KINDS = {ParagraphKind.HEADLINE, ParagraphKind.HEADING, ParagraphKind.PARAGRAPH
    };

    private StoredParts() {}

    /**
     * {@code stored} (null: nothing yet) with {@code part} appended; {@code first} is the article's first record (null
     * when {@code part} is it). A new array: the one before may still be held by Kafka Streams' cache.
     */
    public static byte[] append(
            final byte[] stored, final ArticleBuffer.Buffered first, final ArticleBuffer.Buffered part) {
        Objects.requireNonNull(part, "part must not be null");
        if (stored != null && (stored.length == 0 || stored[0] != FORMAT)) {
            throw new IllegalArgumentException("Cannot append to a value that is not in the parts layout " + FORMAT);
        }
        final Writer payload = new Writer(64 + part.paragraph().text().length() * 2);
        encode(payload, first, part);
        final int before = stored == null ? 1 : stored.length;
        final byte[] next = new byte[before + Writer.varintSize(payload.size) + payload.size];
        if (stored == null) {
            next[0] = FORMAT;
        } else {
            System.arraycopy(stored, 0, next, 0, stored.length);
        }
        final int at = Writer.putVarint(next, before, payload.size);
        System.arraycopy(payload.bytes, 0, next, at, payload.size);
        return next;
    }

    /** All of {@code parts} in one value, as appending them one by one would give. */
    public static byte[] of(final List<ArticleBuffer.Buffered> parts) {
        byte[] stored = null;
        for (final ArticleBuffer.Buffered part : parts) {
            stored = append(stored, stored == null ? null : parts.get(0), part);
        }
        return stored;
    }

    /** The records in {@code stored}, in arrival order; a clear {@link IllegalArgumentException} if it is not one. */
    public static List<ArticleBuffer.Buffered> read(final byte[] stored) {
        Objects.requireNonNull(stored, "stored must not be null");
        if (stored.length == 0) {
            throw new IllegalArgumentException("Not a parts value: empty");
        }
        if (stored[0] != FORMAT) {
            throw new IllegalArgumentException(
                    "Not a parts value: format byte " + stored[0] + " at byte 0, expected " + FORMAT);
        }
        final List<ArticleBuffer.Buffered> parts = new ArrayList<>();
        final Reader reader = new Reader(stored, 1, stored.length);
        while (reader.position < stored.length) {
            final int start = reader.position;
            try {
                final int length = reader.varint("record length");
                if (length > stored.length - reader.position) {
                    throw reader.error("record length " + length + " runs past the end");
                }
                final Reader record = new Reader(stored, reader.position, reader.position + length);
                parts.add(decode(record, parts.isEmpty() ? null : parts.get(0).paragraph()));
                if (record.position != record.end) {
                    throw record.error((record.end - record.position) + " bytes left over in the record");
                }
                reader.position = record.end;
            } catch (final IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "Not a parts value: record " + parts.size() + " (from byte " + start + " of " + stored.length
                                + "): " + e.getMessage(),
                        e);
            }
        }
        return parts;
    }

    private static void encode(
            final Writer out, final ArticleBuffer.Buffered first, final ArticleBuffer.Buffered part) {
        final Paragraph paragraph = part.paragraph();
        final boolean sameArticle = first != null && sameArticle(first.paragraph(), paragraph);
        out.put((part.kept() ? KEPT : 0)
                | (sameArticle ? SAME_ARTICLE : 0)
                | (paragraph.section() != null ? HAS_SECTION : 0)
                | (paragraph.metadata() != null ? HAS_METADATA : 0));
        out.varlong(zigZag(part.offset()));
        out.put(
                switch (paragraph.kind()) {
                    case HEADLINE -> 0;
                    case HEADING -> 1;
                    case PARAGRAPH -> 2;
                });
        out.varlong(paragraph.index());
        out.varlong(paragraph.count());
        if (!sameArticle) {
            out.string(paragraph.articleId());
            out.string(paragraph.sourceFile());
            out.string(paragraph.contentHash());
            out.varlong(zigZag(paragraph.ingestedAt().getEpochSecond()));
            out.varlong(paragraph.ingestedAt().getNano());
            out.string(paragraph.headline());
        }
        if (paragraph.section() != null) {
            out.string(paragraph.section());
        }
        out.string(paragraph.text());
        if (paragraph.metadata() != null) {
            try {
                out.bytes(Json.MAPPER.writeValueAsBytes(paragraph.metadata()));
            } catch (final JsonProcessingException e) {
                throw new UncheckedIOException("Cannot write the metadata of " + paragraph.articleId(), e);
            }
        }
    }

    private static ArticleBuffer.Buffered decode(final Reader in, final Paragraph first) {
        final int flags = in.get("flags");
        if ((flags & ~KNOWN_FLAGS) != 0) {
            throw in.error("unknown flags " + flags);
        }
        if ((flags & SAME_ARTICLE) != 0 && first == null) {
            throw in.error("the first record refers to a record before it");
        }
        final long offset = unZigZag(in.varlong("offset"));
        final int kind = in.get("kind");
        if (kind >= KINDS.length) {
            throw in.error("unknown kind " + kind);
        }
        final int index = in.varint("index");
        final int count = in.varint("count");
        final String articleId;
        final String sourceFile;
        final String contentHash;
        final Instant ingestedAt;
        final String headline;
        if ((flags & SAME_ARTICLE) != 0) {
            articleId = first.articleId();
            sourceFile = first.sourceFile();
            contentHash = first.contentHash();
            ingestedAt = first.ingestedAt();
            headline = first.headline();
        } else {
            articleId = in.string("articleId");
            sourceFile = in.string("sourceFile");
            contentHash = in.string("contentHash");
            final long seconds = unZigZag(in.varlong("ingestedAt seconds"));
            final int nanos = in.varint("ingestedAt nanos");
            try {
                ingestedAt = Instant.ofEpochSecond(seconds, nanos);
            } catch (final DateTimeException e) {
                throw in.error("ingestedAt out of range: " + e.getMessage());
            }
            headline = in.string("headline");
        }
        final String section = (flags & HAS_SECTION) != 0 ? in.string("section") : null;
        final String text = in.string("text");
        final ArticleMetadata metadata = (flags & HAS_METADATA) != 0 ? metadata(in) : null;
        // the record's own checks (required fields, index < count) apply to what is read back as to what arrived
        return new ArticleBuffer.Buffered(
                new Paragraph(
                        articleId,
                        sourceFile,
                        contentHash,
                        ingestedAt,
                        headline,
                        KINDS[kind],
                        index,
                        count,
                        section,
                        text,
                        metadata),
                (flags & KEPT) != 0,
                offset);
    }

    private static ArticleMetadata metadata(final Reader in) {
        final byte[] json = in.bytes("metadata");
        try {
            return Json.MAPPER.readValue(json, ArticleMetadata.class);
        } catch (final IOException e) {
            throw in.error("unreadable metadata: " + e.getMessage());
        }
    }

    private static boolean sameArticle(final Paragraph first, final Paragraph next) {
        return first.articleId().equals(next.articleId())
                && first.sourceFile().equals(next.sourceFile())
                && first.contentHash().equals(next.contentHash())
                && first.ingestedAt().equals(next.ingestedAt())
                && first.headline().equals(next.headline());
    }

    private static long zigZag(final long value) {
        return (value << 1) ^ (value >> 63);
    }

    private static long unZigZag(final long value) {
        return (value >>> 1) ^ -(value & 1);
    }

    /** A growing byte array: the payload of one record. */
    private static final class Writer {

        private byte[] bytes;
        private int size;

        Writer(final int capacity) {
            bytes = new byte[capacity];
        }

        void put(final int value) {
            ensure(1);
            bytes[size++] = (byte) value;
        }

        void varlong(final long value) {
            ensure(10);
            size = putVarint(bytes, size, value);
        }

        void string(final String value) {
            bytes(value.getBytes(StandardCharsets.UTF_8));
        }

        void bytes(final byte[] value) {
            varlong(value.length);
            ensure(value.length);
            System.arraycopy(value, 0, bytes, size, value.length);
            size += value.length;
        }

        private void ensure(final int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        /** Writes {@code value} (taken as unsigned) as a varint at {@code at}; returns the position after it. */
        static int putVarint(final byte[] into, final int at, final long value) {
            int position = at;
            long rest = value;
            while ((rest & ~0x7FL) != 0) {
                into[position++] = (byte) ((rest & 0x7F) | 0x80);
                rest >>>= 7;
            }
            into[position++] = (byte) rest;
            return position;
        }

        static int varintSize(final long value) {
            int size = 1;
            long rest = value;
            while ((rest & ~0x7FL) != 0) {
                size++;
                rest >>>= 7;
            }
            return size;
        }
    }

    /** Reads {@code bytes[position, end)}, every step checked against {@code end}. */
    private static final class Reader {

        private final byte[] bytes;
        private final int end;
        private int position;

        Reader(final byte[] bytes, final int position, final int end) {
            this.bytes = bytes;
            this.position = position;
            this.end = end;
        }

        int get(final String what) {
            if (position >= end) {
                throw error(what + " missing: the record ends");
            }
            return bytes[position++] & 0xFF;
        }

        long varlong(final String what) {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                final int next = get(what);
                value |= (long) (next & 0x7F) << shift;
                if ((next & 0x80) == 0) {
                    return value;
                }
            }
            throw error(what + ": a varint longer than 10 bytes");
        }

        int varint(final String what) {
            final long value = varlong(what);
            if (value < 0 || value > Integer.MAX_VALUE) {
                throw error(what + " out of range: " + value);
            }
            return (int) value;
        }

        String string(final String what) {
            return new String(bytes(what), StandardCharsets.UTF_8);
        }

        byte[] bytes(final String what) {
            final int length = varint(what + " length");
            if (length > end - position) {
                throw error(what + " of " + length + " bytes runs past the record's end (" + (end - position)
                        + " bytes left)");
            }
            final byte[] value = Arrays.copyOfRange(bytes, position, position + length);
            position += length;
            return value;
        }

        IllegalArgumentException error(final String message) {
            return new IllegalArgumentException(message + " (at byte " + position + ")");
        }
    }
}
