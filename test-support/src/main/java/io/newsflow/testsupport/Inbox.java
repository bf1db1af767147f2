package io.newsflow.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Drops files into an inbox the way careful producers do: written under a hidden dot-name, then renamed into place in
 * one step, so ingest never sees half a file. The directory is created if it does not exist yet.
 */
public final class Inbox {

    private final Path dir;

    public Inbox(final Path dir) {
        this.dir = dir;
    }

    public void drop(final String name, final byte[] content) {
        try {
            Files.createDirectories(dir);
            final Path temp = dir.resolve("." + name + ".part");
            Files.write(temp, content);
            Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot drop " + name + " into " + dir, e);
        }
    }

    /** Drops {@code text} as UTF-8. */
    public void drop(final String name, final String text) {
        drop(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
