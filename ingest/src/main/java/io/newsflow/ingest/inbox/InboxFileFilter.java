package io.newsflow.ingest.inbox;

import java.util.List;
import java.util.Locale;

/**
 * Which names in the inbox are never articles: hidden files (a careful producer writes {@code .name} and renames it),
 * partial downloads and temporary files ({@code *.part}, {@code *.tmp}, {@code *.crdownload}), editor backups
 * ({@code name~}) and quarantine reports ({@code *.error.json}). Directories are excluded by the watcher, not by name.
 */
public final class InboxFileFilter {

    private static final List<String> IGNORED_SUFFIXES = List.of(".part", ".tmp", ".crdownload", "~", ".error.json");

    private InboxFileFilter() {}

    public static boolean isCandidate(final String fileName) {
        if (fileName.isEmpty() || fileName.startsWith(".")) {
            return false;
        }
        final String lower = fileName.toLowerCase(Locale.ROOT);
        return IGNORED_SUFFIXES.stream().noneMatch(lower::endsWith);
    }
}
