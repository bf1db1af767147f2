package io.newsflow.ingest.inbox;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Moves a file into a directory under its own name, or, when that name is taken, under {@code name-1.ext},
 * {@code name-2.ext}, …: an earlier file of the same name is never overwritten.
 */
public final class FileMover {

    private static final int MAX_ATTEMPTS = 10_000;

    private FileMover() {}

    /** Moves {@code file} into {@code dir}; returns where it went. */
    public static Path moveInto(final Path file, final Path dir) throws IOException {
        return moveInto(file, dir, "");
    }

    /**
     * Moves {@code file} into {@code dir} under a name that is free together with its companion {@code name +
     * companionSuffix} (e.g. {@code .error.json}), so the pair written next can never overwrite an older pair either.
     */
    public static Path moveInto(final Path file, final Path dir, final String companionSuffix) throws IOException {
        return moveInto(file, dir, file.getFileName().toString(), companionSuffix);
    }

    /** Moves {@code file} into {@code dir} as {@code name} (or a suffixed variant), e.g. a claimed file's real name. */
    public static Path moveInto(final Path file, final Path dir, final String name, final String companionSuffix)
            throws IOException {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            final Path target = dir.resolve(candidateName(name, attempt));
            if (Files.exists(target)
                    || (!companionSuffix.isEmpty()
                            && Files.exists(target.resolveSibling(target.getFileName() + companionSuffix)))) {
                continue;
            }
            try {
                // no REPLACE_EXISTING and no ATOMIC_MOVE: rename(2) under ATOMIC_MOVE would silently replace a file
                // created since the check above, whereas this fails and we try the next name
                return Files.move(file, target);
            } catch (final FileAlreadyExistsException e) {
                continue;
            }
        }
        throw new IOException("No free name for " + name + " in " + dir + " after " + MAX_ATTEMPTS + " attempts");
    }

    /** The name {@link #moveInto} tries at its {@code attempt}th try: {@code name}, then {@code name-1.ext}, …. */
    public static String candidateName(final String name, final int attempt) {
        if (attempt == 0) {
            return name;
        }
        final int dot = name.lastIndexOf('.');
        return dot <= 0 ? name + "-" + attempt : name.substring(0, dot) + "-" + attempt + name.substring(dot);
    }
}
