package io.newsflow.sink.outbox;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.newsflow.contract.Article;
import io.newsflow.contract.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes one article as one JSON document into the outbox, atomically and idempotently.
 *
 * <p>The document is written to a dot-named temp file, forced to disk and renamed over its final name, so a reader never
 * sees half a document and a crash leaves at most a stray temp file. The name depends only on the article (source file
 * name + the article id's first 8 characters), so writing the same article twice replaces it instead of adding one.
 */
public final class OutboxWriter {

    private static final int SHORT_ID_LENGTH = 8;
    private static final int MAX_BASE_LENGTH = 120;

    private final Path outbox;

    public OutboxWriter(final Path outbox) {
        this.outbox = outbox;
    }

    public Path outbox() {
        return outbox;
    }

    /** Writes {@code article} and returns the path of its document. */
    public Path write(final Article article) throws IOException {
        return write(article, Json.MAPPER.writeValueAsBytes(article));
    }

    /**
     * Writes the document whose {@code news-articles} record is {@code json} ({@code article} is that record read, for
     * the file name) and returns its path. The record's tokens are copied into the indented document as they are,
     * numbers to the digit, rather than serialising {@code article} again: the same document, at a fraction of the
     * cost of binding every field of the article once more.
     */
    public Path write(final Article article, final byte[] json) throws IOException {
        Files.createDirectories(outbox);
        final Path target = outbox.resolve(fileName(article));
        final Path temp = outbox.resolve("." + target.getFileName() + ".tmp");
        final ByteBuffer document = ByteBuffer.wrap(indented(json));
        try (FileChannel channel = FileChannel.open(
                temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            while (document.hasRemaining()) {
                channel.write(document);
            }
            channel.force(true);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (final AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static byte[] indented(final byte[] json) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + json.length / 4);
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(json);
                JsonGenerator generator = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.setPrettyPrinter(new DefaultPrettyPrinter());
            parser.nextToken();
            generator.copyCurrentStructureExact(parser);
        }
        return out.toByteArray();
    }

    /** {@code rutte-odesa-visit.txt} with id {@code 3f2a9c1d…} → {@code rutte-odesa-visit.3f2a9c1d.json}. */
    static String fileName(final Article article) {
        return baseName(article.sourceFile()) + "."
                + article.articleId()
                        .substring(
                                0, Math.min(SHORT_ID_LENGTH, article.articleId().length())) + ".json";
    }

    private static String baseName(final String sourceFile) {
        String name = Path.of(sourceFile).getFileName().toString();
        final int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        // a file name is data from outside: keep it readable but never let it escape the outbox or hide the file
        final StringBuilder safe = new StringBuilder(name.length());
        name.codePoints()
                .forEach(c -> safe.appendCodePoint(
                        Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' ? c : '_'));
        String result = safe.toString();
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        if (result.length() > MAX_BASE_LENGTH) {
            result = result.substring(0, MAX_BASE_LENGTH);
        }
        return result.isEmpty() ? "article" : result;
    }
}
