package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.contract.Topics;
import io.newsflow.enrich.story.NearDuplicatePolicy;
import io.newsflow.enrich.story.StorySettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class EnrichConfigTest {

    @Test
    void shouldReadDefaults() {
        final EnrichConfig config = EnrichConfig.fromEnvironment(Map.of(EnrichConfig.BOOTSTRAP_SERVERS, "kafka:9092"));

        assertThat(config).isEqualTo(EnrichConfig.defaults("kafka:9092"));
        assertThat(config.applicationId()).isEqualTo("newsflow-enrich");
        assertThat(config.dedupRetention()).isEqualTo(Duration.ofDays(7));
        assertThat(config.streamThreads()).isEqualTo(2);
        assertThat(config.stateDir()).isNull();
    }

    @Test
    void shouldReadEveryVariable() {
        final EnrichConfig config = EnrichConfig.fromEnvironment(Map.ofEntries(
                Map.entry(EnrichConfig.BOOTSTRAP_SERVERS, "a:9092,b:9092"),
                Map.entry(EnrichConfig.APPLICATION_ID, "enrich-eu"),
                Map.entry(EnrichConfig.STATE_DIR, "/var/lib/enrich"),
                Map.entry(EnrichConfig.DEDUP_RETENTION, "PT36H"),
                Map.entry(EnrichConfig.STREAM_THREADS, "4"),
                Map.entry(EnrichConfig.STANDBY_REPLICAS, "1"),
                Map.entry(EnrichConfig.TAG_LANGUAGES, "en, DE"),
                Map.entry(StorySettings.NEAR_DUPLICATES, "Drop"),
                Map.entry(StorySettings.WINDOW, "P2D"),
                Map.entry(StorySettings.SIMILARITY, "0.55"),
                Map.entry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")));

        assertThat(config)
                .isEqualTo(new EnrichConfig(
                        "a:9092,b:9092",
                        "enrich-eu",
                        Path.of("/var/lib/enrich"),
                        Duration.ofHours(36),
                        4,
                        1,
                        Set.of("en", "de"),
                        new StorySettings(NearDuplicatePolicy.DROP, Duration.ofDays(2), 0.55),
                        Map.of("security.protocol", "SASL_SSL")));
        assertThat(config.storyIndexTopic()).isEqualTo("enrich-eu-story-index-repartition");
        assertThat(config.streamsProperties()).containsEntry("num.standby.replicas", 1);
    }

    @Test
    void shouldTagEnglishByDefaultAndRefuseWhatIsNoLanguageCode() {
        assertThat(EnrichConfig.fromEnvironment(Map.of(EnrichConfig.BOOTSTRAP_SERVERS, "kafka:9092"))
                        .tagLanguages())
                .containsExactly("en");
        assertThatThrownBy(() -> EnrichConfig.fromEnvironment(
                        Map.of(EnrichConfig.BOOTSTRAP_SERVERS, "kafka:9092", EnrichConfig.TAG_LANGUAGES, "english")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NEWSFLOW_TAG_LANGUAGES");
        assertThatThrownBy(() -> EnrichConfig.fromEnvironment(
                        Map.of(EnrichConfig.BOOTSTRAP_SERVERS, "kafka:9092", EnrichConfig.TAG_LANGUAGES, " , ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NEWSFLOW_TAG_LANGUAGES");
    }

    @Test
    void shouldTagNearDuplicatesForSevenDaysByDefaultAndNameTheBadStorySetting() {
        final EnrichConfig defaults = EnrichConfig.fromEnvironment(Map.of(EnrichConfig.BOOTSTRAP_SERVERS, "k:9092"));
        assertThat(defaults.stories()).isEqualTo(StorySettings.DEFAULTS);
        assertThat(defaults.stories().policy()).isEqualTo(NearDuplicatePolicy.TAG);
        assertThat(defaults.stories().window()).isEqualTo(Duration.ofDays(7));

        assertThatThrownBy(() -> EnrichConfig.fromEnvironment(
                        Map.of(EnrichConfig.BOOTSTRAP_SERVERS, "k:9092", StorySettings.NEAR_DUPLICATES, "merge")))
                .hasMessageContaining(StorySettings.NEAR_DUPLICATES)
                .hasMessageContaining("tag, drop, off");
        assertThatThrownBy(() -> EnrichConfig.fromEnvironment(
                        Map.of(EnrichConfig.BOOTSTRAP_SERVERS, "k:9092", StorySettings.SIMILARITY, "1.5")))
                .hasMessageContaining(StorySettings.SIMILARITY);
        assertThatThrownBy(() -> EnrichConfig.fromEnvironment(
                        Map.of(EnrichConfig.BOOTSTRAP_SERVERS, "k:9092", StorySettings.WINDOW, "PT0S")))
                .hasMessageContaining(StorySettings.WINDOW);
    }

    @Test
    void shouldKeepNoStandbyByDefaultAndRefuseANegativeCount() {
        assertThat(EnrichConfig.defaults("kafka:9092").streamsProperties()).containsEntry("num.standby.replicas", 0);
        assertThatThrownBy(() -> EnrichConfig.fromEnvironment(
                        Map.of(EnrichConfig.BOOTSTRAP_SERVERS, "kafka:9092", EnrichConfig.STANDBY_REPLICAS, "-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NEWSFLOW_STANDBY_REPLICAS");
    }

    @Test
    void shouldConfigureExactlyOnceNamingAndDeadLetters() {
        final Properties properties = EnrichConfig.defaults("kafka:9092").streamsProperties();

        assertThat(properties)
                .containsEntry(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "kafka:9092")
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "newsflow-enrich")
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true)
                .containsEntry(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DEAD_LETTERS.name())
                .containsEntry(
                        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                        OversizeSafeDeserializationHandler.class.getName());
    }

    @Test
    void shouldLetUserClientPropertiesWinOverDefaults() {
        final Properties properties = EnrichConfig.fromEnvironment(Map.of(
                        EnrichConfig.BOOTSTRAP_SERVERS,
                        "kafka:9092",
                        "KAFKA_PROCESSING_GUARANTEE",
                        "at_least_once",
                        "KAFKA_COMMIT_INTERVAL_MS",
                        "250"))
                .streamsProperties();

        assertThat(properties)
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "at_least_once")
                .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "250");
    }

    @Test
    void shouldChangeOnlyTheNamedSettingInEachCopyAndValidateItAgain() {
        final EnrichConfig base = EnrichConfig.defaults("kafka:9092");
        final StorySettings dropping = StorySettings.DEFAULTS.withPolicy(NearDuplicatePolicy.DROP);

        final EnrichConfig changed = base.withStateDir(Path.of("/var/lib/enrich"))
                .withApplicationId("enrich-eu")
                .withClientProperties(Map.of("commit.interval.ms", 250))
                .withStandbyReplicas(2)
                .withTagLanguages(Set.of("de"))
                .withStories(dropping);

        assertThat(changed)
                .isEqualTo(new EnrichConfig(
                        "kafka:9092",
                        "enrich-eu",
                        Path.of("/var/lib/enrich"),
                        base.dedupRetention(),
                        base.streamThreads(),
                        2,
                        Set.of("de"),
                        dropping,
                        Map.of("commit.interval.ms", 250)));
        assertThat(base.withStandbyReplicas(1))
                .isEqualTo(new EnrichConfig(
                        "kafka:9092",
                        base.applicationId(),
                        null,
                        base.dedupRetention(),
                        base.streamThreads(),
                        1,
                        base.tagLanguages(),
                        base.stories(),
                        Map.of()));
        assertThatThrownBy(() -> base.withApplicationId(" ")).hasMessageContaining(EnrichConfig.APPLICATION_ID);
        assertThatThrownBy(() -> base.withStandbyReplicas(-1)).hasMessageContaining(EnrichConfig.STANDBY_REPLICAS);
        assertThatThrownBy(() -> base.withTagLanguages(Set.of("EN"))).hasMessageContaining(EnrichConfig.TAG_LANGUAGES);
    }

    @Test
    void shouldNameTheVariableInEveryError() {
        assertThatThrownBy(() -> EnrichConfig.fromEnvironment(Map.of()))
                .hasMessageContaining(EnrichConfig.BOOTSTRAP_SERVERS);
        assertThatThrownBy(() -> EnrichConfig.fromEnvironment(
                        Map.of(EnrichConfig.BOOTSTRAP_SERVERS, "k:9092", EnrichConfig.DEDUP_RETENTION, "7 days")))
                .hasMessageContaining(EnrichConfig.DEDUP_RETENTION)
                .hasMessageContaining("7 days");
        assertThatThrownBy(() -> EnrichConfig.fromEnvironment(
                        Map.of(EnrichConfig.BOOTSTRAP_SERVERS, "k:9092", EnrichConfig.DEDUP_RETENTION, "-P1D")))
                .hasMessageContaining(EnrichConfig.DEDUP_RETENTION);
        assertThatThrownBy(() -> EnrichConfig.fromEnvironment(
                        Map.of(EnrichConfig.BOOTSTRAP_SERVERS, "k:9092", EnrichConfig.STREAM_THREADS, "many")))
                .hasMessageContaining(EnrichConfig.STREAM_THREADS);
        assertThatThrownBy(() -> EnrichConfig.fromEnvironment(
                        Map.of(EnrichConfig.BOOTSTRAP_SERVERS, "k:9092", EnrichConfig.STREAM_THREADS, "0")))
                .hasMessageContaining(EnrichConfig.STREAM_THREADS);
    }
}
