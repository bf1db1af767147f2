package io.newsflow.ingest.inbox;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets several ingest instances share one inbox: an instance claims a file by renaming it, atomically, to a hidden
 * name that carries the instance's owner id ({@code .story.txt.claimed-by-<owner>}). Only one rename can win, and the
 * hidden name takes the file out of every watcher's sight. The claimant then moves the file on (processed, error) or
 * releases it back to its name for a later attempt. Claims left by a crash are released by {@link #recover()} when the
 * same owner starts again, which is why the owner (the transactional.id) must survive restarts; another instance takes
 * them over once they are older than a timeout ({@link #takeOverStale}), for an owner that never comes back.
 */
public final class FileClaims {

    private static final Logger LOG = LoggerFactory.getLogger(FileClaims.class);
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");
    private static final String CLAIM_MARK = ".claimed-by-";

    private final Path inbox;
    private final String suffix;

    public FileClaims(final Path inbox, final String owner) {
        this.inbox = inbox;
        this.suffix = CLAIM_MARK + UNSAFE.matcher(owner).replaceAll("_");
    }

    /** A file taken out of the inbox by this instance: {@code claimed} is where it is, {@code name} its real name. */
    public record Claim(Path claimed, String name) {
        public Claim {
            Objects.requireNonNull(claimed, "claimed must not be null");
            Objects.requireNonNull(name, "name must not be null");
        }
    }

    /** Claims {@code file}; empty when it is gone, i.e. another instance claimed it first. */
    public Optional<Claim> claim(final Path file) throws IOException {
        final String name = file.getFileName().toString();
        final Path claimed = file.resolveSibling("." + name + suffix);
        try {
            Files.move(file, claimed, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(new Claim(claimed, name));
        } catch (final NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * Gives a claimed file back to the inbox under its name, to be tried again; never overwrites a file dropped under
     * that name since. Returns whether it was given back.
     */
    public boolean release(final Claim claim) {
        final Path original = claim.claimed().resolveSibling(claim.name());
        try {
            if (Files.exists(original)) {
                throw new IOException(original + " was dropped again meanwhile");
            }
            Files.move(claim.claimed(), original);
            return true;
        } catch (final IOException e) {
            LOG.error(
                    "Cannot give {} back to the inbox as {}: {}; it stays claimed until this instance restarts",
                    claim.claimed().getFileName(),
                    claim.name(),
                    e.toString());
            return false;
        }
    }

    /**
     * Gives back to the inbox every claim of another owner that was made longer than {@code timeout} before
     * {@code now}: that owner died holding it (a live one holds a claim for one file's read and transaction only). The
     * claim is first renamed to this owner's — one atomic rename, so of several instances that find it, one wins — and
     * then released under the file's name, to be taken like any new file. Returns how many were taken over.
     *
     * <p>A claim's age is when it was renamed: the inode's change time ({@code unix:ctime}), which the rename sets,
     * where the file system reports it; the modification time otherwise.
     */
    public int takeOverStale(final Duration timeout, final Instant now) throws IOException {
        int taken = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbox, ".*" + CLAIM_MARK + "*")) {
            for (final Path entry : entries) {
                final String hidden = entry.getFileName().toString();
                final int mark = hidden.lastIndexOf(CLAIM_MARK);
                if (hidden.endsWith(suffix)
                        || mark <= 1
                        || !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                        || !claimedAt(entry).plus(timeout).isBefore(now)) {
                    continue;
                }
                final String name = hidden.substring(1, mark);
                final Path mine = entry.resolveSibling("." + name + suffix);
                try {
                    Files.move(entry, mine, StandardCopyOption.ATOMIC_MOVE);
                } catch (final NoSuchFileException e) {
                    continue;
                }
                LOG.warn(
                        "Took over {} from {}: claimed more than {} ago by an instance that did not finish it",
                        name,
                        hidden.substring(mark + CLAIM_MARK.length()),
                        timeout);
                if (release(new Claim(mine, name))) {
                    taken++;
                }
            }
        }
        return taken;
    }

    private static Instant claimedAt(final Path claimed) throws IOException {
        try {
            final Object changed = Files.getAttribute(claimed, "unix:ctime", LinkOption.NOFOLLOW_LINKS);
            if (changed instanceof FileTime time) {
                return time.toInstant();
            }
        } catch (final UnsupportedOperationException | IllegalArgumentException e) {
            LOG.debug("No change time for {}: {}", claimed, e.toString());
        }
        return Files.getLastModifiedTime(claimed, LinkOption.NOFOLLOW_LINKS).toInstant();
    }

    /** Releases every claim this owner left behind (a crash mid-file); returns how many. */
    public int recover() throws IOException {
        int released = 0;
        // the owner part is sanitised to [A-Za-z0-9._-], so the suffix holds no glob syntax
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbox, ".*" + suffix)) {
            for (final Path entry : entries) {
                final String hidden = entry.getFileName().toString();
                final String name = hidden.substring(1, hidden.length() - suffix.length());
                if (!name.isEmpty() && Files.isRegularFile(entry) && release(new Claim(entry, name))) {
                    released++;
                }
            }
        }
        return released;
    }
}
