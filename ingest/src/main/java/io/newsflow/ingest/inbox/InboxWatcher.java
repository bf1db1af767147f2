package io.newsflow.ingest.inbox;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands complete article files in the inbox to a {@link FileHandler}, one at a time, oldest first, on a thread of its
 * own. A {@link WatchService} wakes it early, and it rescans the directory every {@code rescanInterval} anyway, because
 * watch events can be lost (overflow, network file systems). A file is complete when {@link FileReadiness} says so.
 *
 * <p>Only regular files and symbolic links directly in the inbox are handed over (links are never followed here: the
 * handler refuses them); sub-directories (including processed and error directories inside the inbox) and special
 * files stay where they are, logged once, and names {@link InboxFileFilter} ignores are skipped. The handler must move a file out of the inbox when it is done with it; a file it leaves behind
 * is offered again at a later scan — that is how transient failures are retried. A {@link RuntimeException} from the
 * handler stops the watcher and is passed to {@code onFailure}.
 */
public final class InboxWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InboxWatcher.class);
    private static final Duration MIN_PENDING_DELAY = Duration.ofMillis(25);

    /**
     * Does the work for complete files, offered oldest first in batches of at most {@link #maxBatch()}; must move
     * each out of the inbox unless it should be retried.
     */
    @FunctionalInterface
    public interface FileHandler {
        void handle(List<Path> files);

        /** How many ready files one {@link #handle} call may take: the watcher checks for a stop between calls. */
        default int maxBatch() {
            return 1;
        }

        /** Called before every scan, on the watcher's thread: housekeeping such as taking over stale claims. */
        default void beforeScan() {}
    }

    private final Path inbox;
    private final Duration rescanInterval;
    private final Duration pendingDelay;
    private final FileReadiness readiness;
    private final FileHandler handler;
    private final Consumer<RuntimeException> onFailure;
    private final Clock clock;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final Set<String> skippedSeen = new HashSet<>();
    private final Set<Path> ownDirectories;
    private volatile boolean stopped;
    private Thread thread;
    private WatchService watchService;
    private String lastScanProblem;

    public InboxWatcher(
            final Path inbox,
            final Duration minAge,
            final Duration rescanInterval,
            final FileHandler handler,
            final Consumer<RuntimeException> onFailure,
            final Clock clock) {
        this(inbox, minAge, rescanInterval, handler, onFailure, clock, Set.of());
    }

    /** Like the other constructor; {@code ownDirectories} (processed, error) are skipped without a warning. */
    public InboxWatcher(
            final Path inbox,
            final Duration minAge,
            final Duration rescanInterval,
            final FileHandler handler,
            final Consumer<RuntimeException> onFailure,
            final Clock clock,
            final Set<Path> ownDirectories) {
        this.inbox = inbox;
        this.ownDirectories = ownDirectories.stream()
                .map(dir -> dir.toAbsolutePath().normalize())
                .collect(Collectors.toUnmodifiableSet());
        this.rescanInterval = rescanInterval;
        // a file seen but not yet old enough is looked at again once it may be
        this.pendingDelay = max(MIN_PENDING_DELAY, min(minAge, rescanInterval));
        this.readiness = new FileReadiness(minAge);
        this.handler = handler;
        this.onFailure = onFailure;
        this.clock = clock;
    }

    /** Starts watching on a new thread named {@code threadName}. */
    public synchronized void start(final String threadName) {
        if (thread != null) {
            throw new IllegalStateException("InboxWatcher for " + inbox + " was already started");
        }
        watchService = openWatchService();
        thread = new Thread(this::run, threadName);
        thread.start();
    }

    /**
     * Stops watching: the batch being handled is finished, no other is started. Waits up to {@code timeout} for that;
     * returns whether the watcher thread ended in time.
     */
    public boolean stop(final Duration timeout) {
        stopped = true;
        stopRequested.countDown();
        closeWatchService();
        final Thread watcherThread;
        synchronized (this) {
            watcherThread = thread;
        }
        if (watcherThread == null || watcherThread == Thread.currentThread()) {
            return true;
        }
        try {
            watcherThread.join(timeout.toMillis());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !watcherThread.isAlive();
    }

    @Override
    public void close() {
        if (!stop(Duration.ofSeconds(30))) {
            LOG.warn("Inbox watcher of {} did not stop within 30 s; continuing shutdown without it", inbox);
        }
    }

    private void run() {
        LOG.info("Watching {} (rescan every {} ms)", inbox, rescanInterval.toMillis());
        try {
            while (!stopped) {
                final boolean pending = scanOnce();
                awaitChange(pending ? pendingDelay : rescanInterval);
            }
        } catch (final RuntimeException e) {
            stopped = true;
            closeWatchService();
            onFailure.accept(e);
        }
        LOG.info("Stopped watching {}", inbox);
    }

    /** One pass over the inbox; returns whether some file was seen that is not ready yet. */
    boolean scanOnce() {
        handler.beforeScan();
        final List<Candidate> candidates = listCandidates();
        final Set<Path> present = new HashSet<>();
        candidates.forEach(candidate -> present.add(candidate.path()));
        readiness.retainOnly(present);
        final List<Candidate> ready = new ArrayList<>();
        for (final Candidate candidate : candidates) {
            if (readiness.observe(candidate.path(), candidate.seen(), clock.instant())) {
                ready.add(candidate);
            }
        }
        ready.sort(Comparator.comparing(
                        (Candidate candidate) -> candidate.seen().modified())
                .thenComparing(candidate -> candidate.path().getFileName().toString()));
        final int batch = Math.max(1, handler.maxBatch());
        for (int from = 0; from < ready.size() && !stopped; from += batch) {
            handler.handle(ready.subList(from, Math.min(from + batch, ready.size())).stream()
                    .map(Candidate::path)
                    .toList());
        }
        return ready.size() < candidates.size();
    }

    private record Candidate(Path path, FileReadiness.Observation seen) {}

    private List<Candidate> listCandidates() {
        final List<Candidate> candidates = new ArrayList<>();
        final Set<String> skippedNow = new HashSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbox)) {
            for (final Path entry : entries) {
                final String name = entry.getFileName().toString();
                if (!InboxFileFilter.isCandidate(name)) {
                    continue;
                }
                final BasicFileAttributes attributes;
                try {
                    // never follow a link: what a link points to may lie outside the inbox
                    attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (final NoSuchFileException e) {
                    // gone between listing and reading its attributes: nothing to do
                    continue;
                }
                // regular files and links go to the handler, which reads the former and refuses the latter
                if (!attributes.isRegularFile() && !attributes.isSymbolicLink()) {
                    skipOnce(entry, attributes, skippedNow);
                    continue;
                }
                candidates.add(new Candidate(
                        entry, new FileReadiness.Observation(attributes.size(), attributes.lastModifiedTime())));
            }
            lastScanProblem = null;
        } catch (final IOException e) {
            // the inbox may be briefly unavailable (unmounted, recreated): report once, keep trying
            final String problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (!problem.equals(lastScanProblem)) {
                LOG.warn(
                        "Cannot list the inbox {}: {}; retrying every {} ms",
                        inbox,
                        problem,
                        rescanInterval.toMillis());
                lastScanProblem = problem;
            }
            return List.of();
        }
        skippedSeen.retainAll(skippedNow);
        return candidates;
    }

    /**
     * Directories and special files (pipes, sockets, devices) stay where they are: moving a directory someone dropped
     * in could take a whole tree away, and reading a pipe could block forever. Said once per name, not per scan.
     */
    private void skipOnce(final Path entry, final BasicFileAttributes attributes, final Set<String> skippedNow) {
        final String name = entry.getFileName().toString();
        skippedNow.add(name);
        if (ownDirectories.contains(entry.toAbsolutePath().normalize()) || !skippedSeen.add(name)) {
            return;
        }
        LOG.warn(
                "Ignoring {} in {}: {}; ingest reads only files placed directly in the inbox",
                name,
                inbox,
                attributes.isDirectory() ? "a directory" : "not a regular file");
    }

    private void awaitChange(final Duration timeout) {
        try {
            if (watchService == null) {
                stopRequested.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return;
            }
            final WatchKey key = watchService.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (key != null) {
                // what changed does not matter: the scan that follows looks at everything
                key.pollEvents();
                key.reset();
            }
        } catch (final ClosedWatchServiceException e) {
            LOG.debug("Watch service of {} closed: stopping", inbox);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    private WatchService openWatchService() {
        try {
            final WatchService service = inbox.getFileSystem().newWatchService();
            inbox.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            return service;
        } catch (final IOException | UnsupportedOperationException e) {
            LOG.warn(
                    "Cannot watch {} for changes ({}); relying on the rescan every {} ms",
                    inbox,
                    e.getMessage(),
                    rescanInterval.toMillis());
            return null;
        }
    }

    private synchronized void closeWatchService() {
        if (watchService == null) {
            return;
        }
        try {
            watchService.close();
        } catch (final IOException e) {
            LOG.debug("Closing the watch service of {} failed: {}", inbox, e.getMessage());
        }
    }

    private static Duration min(final Duration a, final Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(final Duration a, final Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
