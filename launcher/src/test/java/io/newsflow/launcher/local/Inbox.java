package io.newsflow.launcher.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Drops files into an inbox the way careful producers do: written under a dot-name, then renamed. */
public final class Inbox {

    private final Path dir;

    public Inbox(final Path dir) {
        this.dir = dir;
    }

    void drop(final String name, final byte[] content) {
        try {
            Files.createDirectories(dir);
            final Path temp = dir.resolve("." + name + ".part");
            Files.write(temp, content);
            Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot drop " + name + " into " + dir, e);
        }
    }

    public void drop(final String name, final String text) {
        drop(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] resource(final String path) {
        try (InputStream in = Inbox.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return in.readAllBytes();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
