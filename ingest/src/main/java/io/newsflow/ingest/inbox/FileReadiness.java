package io.newsflow.ingest.inbox;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides when a file is complete enough to take, because writers do not announce that they are done: a file is ready
 * once it has not been modified for at least {@code minAge} AND two observations in a row saw the same size and
 * modification time. The age alone misses writers that stall between chunks; the comparison alone misses a copy that
 * happened to be observed twice within one write. Pure state, driven with explicit times; not thread-safe.
 */
public final class FileReadiness {

    private final Duration minAge;
    private final Map<Path, Observation> previous = new HashMap<>();

    public FileReadiness(final Duration minAge) {
        if (minAge == null || minAge.isNegative()) {
            throw new IllegalArgumentException("minAge must be >= 0, was " + minAge);
        }
        this.minAge = minAge;
    }

    /** What a scan saw of a file. */
    public record Observation(long size, FileTime modified) {
        public Observation {
            Objects.requireNonNull(modified, "modified must not be null");
        }
    }

    /** Records what a scan at {@code now} saw of {@code file}, and answers whether the file may be taken now. */
    public boolean observe(final Path file, final Observation seen, final Instant now) {
        final Observation before = previous.put(file, seen);
        final boolean oldEnough = !seen.modified().toInstant().plus(minAge).isAfter(now);
        return seen.equals(before) && oldEnough;
    }

    /** Forgets files that are gone (taken, moved or deleted), so the state stays as small as the inbox. */
    public void retainOnly(final Set<Path> present) {
        previous.keySet().retainAll(present);
    }
}
