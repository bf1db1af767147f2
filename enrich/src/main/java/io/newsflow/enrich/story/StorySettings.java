package io.newsflow.enrich.story;

import io.newsflow.contract.settings.Setting;
import java.time.Duration;
import java.util.List;
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
    private static final Setting<NearDuplicatePolicy> POLICY =
            Setting.choice(NEAR_DUPLICATES, NearDuplicatePolicy.class, "tag");
    private static final Setting<Duration> WINDOW_SETTING = Setting.duration(WINDOW, "P7D");
    private static final Setting<Double> SIMILARITY_SETTING =
            Setting.decimal(SIMILARITY, Double.toString(StoryMatcher.DEFAULT_THRESHOLD));
    /** Every near-duplicate setting, for the documentation test. */
    public static final List<Setting<?>> SETTINGS = List.of(POLICY, WINDOW_SETTING, SIMILARITY_SETTING);

    public static final Duration DEFAULT_WINDOW = WINDOW_SETTING.from(Map.of());
    public static final StorySettings DEFAULTS =
            new StorySettings(POLICY.from(Map.of()), DEFAULT_WINDOW, SIMILARITY_SETTING.from(Map.of()));

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
        return new StorySettings(POLICY.from(env), WINDOW_SETTING.from(env), SIMILARITY_SETTING.from(env));
    }

    public boolean enabled() {
        return policy != NearDuplicatePolicy.OFF;
    }

    public StorySettings withPolicy(final NearDuplicatePolicy other) {
        return new StorySettings(other, window, similarity);
    }
}
