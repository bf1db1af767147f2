package io.newsflow.enrich.story;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;

/**
 * Near-duplicate detection's settings, part of the enrich configuration.
 *
 * <ul>
 *   <li>{@value #NEAR_DUPLICATES}: {@code tag} (default: the document is written with the earlier article's
 *       {@code storyId}), {@code drop} (only the {@code news-duplicates} record is), or {@code off} (no detection);
 *   <li>{@value #WINDOW} (ISO-8601 duration, default P7D): how long an article can be found as the original of a later
 *       one; its signature and bands expire after that;
 *   <li>{@value #SIMILARITY} (default {@value StoryMatcher#DEFAULT_THRESHOLD}): the lowest estimated Jaccard
 *       similarity of two bodies' word 3-shingles that makes the later one a near-duplicate.
 * </ul>
 */
public record StorySettings(NearDuplicatePolicy policy, Duration window, double similarity) {

    public static final String NEAR_DUPLICATES = "NEWSFLOW_NEAR_DUPLICATES";
    public static final String WINDOW = "NEWSFLOW_STORY_WINDOW";
    public static final String SIMILARITY = "NEWSFLOW_STORY_SIMILARITY";
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);
    public static final StorySettings DEFAULTS =
            new StorySettings(NearDuplicatePolicy.TAG, DEFAULT_WINDOW, StoryMatcher.DEFAULT_THRESHOLD);

    public StorySettings {
        Objects.requireNonNull(policy, () -> NEAR_DUPLICATES + " must not be null");
        Objects.requireNonNull(window, () -> WINDOW + " must not be null");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(WINDOW + " must be a positive duration, was " + window);
        }
        if (!(similarity > 0 && similarity <= 1)) {
            throw new IllegalArgumentException(SIMILARITY + " must be a number in (0, 1], was " + similarity);
        }
    }

    /** Reads the three variables ({@code System.getenv()} in main, a map in tests); absent ones take the defaults. */
    public static StorySettings fromEnvironment(final Map<String, String> env) {
        final String window = env.get(WINDOW);
        final Duration parsedWindow;
        if (window == null || window.isBlank()) {
            parsedWindow = DEFAULT_WINDOW;
        } else {
            try {
                parsedWindow = Duration.parse(window.strip());
            } catch (final DateTimeParseException e) {
                throw new IllegalArgumentException(WINDOW + " must be an ISO-8601 duration such as P7D or PT12H, was '"
                        + window + "'", e);
            }
        }
        return new StorySettings(policy(env.get(NEAR_DUPLICATES)), parsedWindow, similarity(env.get(SIMILARITY)));
    }

    /** {@code tag}, {@code drop} or {@code off}, in any case. */
    public static NearDuplicatePolicy policy(final String value) {
        if (value == null || value.isBlank()) {
            return DEFAULTS.policy();
        }
        for (final NearDuplicatePolicy policy : NearDuplicatePolicy.values()) {
            if (policy.name().equalsIgnoreCase(value.strip())) {
                return policy;
            }
        }
        throw new IllegalArgumentException(NEAR_DUPLICATES + " must be one of tag, drop, off; was '" + value + "'");
    }

    public static double similarity(final String value) {
        if (value == null || value.isBlank()) {
            return DEFAULTS.similarity();
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (final NumberFormatException e) {
            throw new IllegalArgumentException(SIMILARITY + " must be a number in (0, 1], was '" + value + "'", e);
        }
    }

    public boolean enabled() {
        return policy != NearDuplicatePolicy.OFF;
    }

    public StorySettings withPolicy(final NearDuplicatePolicy other) {
        return new StorySettings(other, window, similarity);
    }
}
