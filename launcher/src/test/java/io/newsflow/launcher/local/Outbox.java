package io.newsflow.launcher.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contract.Article;
import io.newsflow.contract.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads the outbox the way a user would: every finished {@code *.json} document in it. */
final class Outbox {

    private final Path dir;

    Outbox(final Path dir) {
        this.dir = dir;
    }

    List<Path> documents() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Article> articlesFrom(final String sourceFile) {
        return documents().stream()
                .map(Outbox::read)
                .filter(a -> a.sourceFile().equals(sourceFile))
                .toList();
    }

    static Article read(final Path document) {
        try {
            return Json.MAPPER.readValue(document.toFile(), Article.class);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(final Path document) {
        try {
            return Json.MAPPER.readTree(document.toFile());
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
