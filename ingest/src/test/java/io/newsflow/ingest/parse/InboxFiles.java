package io.newsflow.ingest.parse;

import java.nio.file.Files;
import java.nio.file.Path;

/** Test files read the way ingest reads an inbox file: written under {@code name}, its extension declaring the format. */
final class InboxFiles {

    private static final ArticleReader READER = new ArticleReader(1024 * 1024);

    private InboxFiles() {}

    static FileItems read(final Path dir, final String name, final byte[] bytes) throws Exception {
        final Path file = Files.write(dir.resolve(name), bytes);
        return READER.readItems(file, ArticleFormat.forFileName(name).orElseThrow());
    }
}
