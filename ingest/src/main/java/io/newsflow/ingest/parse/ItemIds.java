package io.newsflow.ingest.parse;

import java.util.regex.Pattern;

/**
 * Identifiers taken from file content (guids, ids, URLs) are data: they go into ledger entries and error reports as
 * JSON strings, never into a file path. They are still bounded and stripped of control characters here, so a hostile
 * feed cannot make a report or log line huge or break it across lines.
 */
public final class ItemIds {

    /** Longer identifiers are cut: real guids and URLs are far shorter. */
    public static final int MAX_LENGTH = 512;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Zl}\\p{Zp}]+");

    private ItemIds() {}

    /** {@code id} stripped, with control characters as spaces and at most {@link #MAX_LENGTH} characters. */
    public static String sanitise(final String id) {
        final String clean = CONTROL.matcher(id).replaceAll(" ").strip();
        return clean.length() <= MAX_LENGTH ? clean : clean.substring(0, MAX_LENGTH);
    }

    /**
     * The key an item's identity is computed on: its identifier within its source ({@code scope}: the feed's own
     * link or id, a JSON line's source; may be empty), marked so that it can never equal a text file's content.
     */
    public static String identityKey(final String scope, final String id) {
        return "newsflow-item-id\n" + (scope == null ? "" : sanitise(scope)) + "\n" + sanitise(id);
    }
}
