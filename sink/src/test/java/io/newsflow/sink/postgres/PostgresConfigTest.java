package io.newsflow.sink.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.sink.SinkSelection;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresConfigTest {

    @Test
    void shouldBeOffWithoutUrlAndReadCredentialsFromTheEnvironment() {
        assertThat(PostgresConfig.fromEnvironment(Map.of())).isEmpty();
        final PostgresConfig config = PostgresConfig.fromEnvironment(Map.of(
                        PostgresConfig.URL,
                        "jdbc:postgresql://db:5432/news",
                        PostgresConfig.USER,
                        "writer",
                        PostgresConfig.PASSWORD,
                        "s3cret"))
                .orElseThrow();
        assertThat(config.user()).isEqualTo("writer");
        assertThat(config.connectionProperties())
                .containsEntry("password", "s3cret")
                .containsEntry("reWriteBatchedInserts", "true");
        assertThat(config.groupId()).isEqualTo(PostgresConfig.DEFAULT_GROUP_ID);
    }

    @Test
    void shouldNeverShowThePasswordNorTheUrlsQueryString() {
        final PostgresConfig config = PostgresConfig.of("jdbc:postgresql://db/news?password=inurl", "u", "s3cret");
        assertThat(config.toString())
                .doesNotContain("s3cret")
                .doesNotContain("inurl")
                .contains("***");
        assertThat(config.redactedUrl()).isEqualTo("jdbc:postgresql://db/news?…");
    }

    @Test
    void shouldRejectAnUrlThatIsNotPostgresJdbcNamingTheVariable() {
        assertThatThrownBy(() -> PostgresConfig.fromEnvironment(Map.of(PostgresConfig.URL, "mysql://db/x")))
                .hasMessageContaining("NEWSFLOW_POSTGRES_URL");
    }

    @Test
    void shouldRunTheFileSinkAloneUnlessADatabaseIsNamed() {
        assertThat(SinkSelection.fromEnvironment(Map.of())).isEqualTo(new SinkSelection(true, false));
        assertThat(SinkSelection.fromEnvironment(Map.of(PostgresConfig.URL, "jdbc:postgresql://db/news")))
                .isEqualTo(new SinkSelection(true, true));
        assertThat(SinkSelection.fromEnvironment(
                        Map.of(PostgresConfig.URL, "jdbc:postgresql://db/news", SinkSelection.SINKS, "postgres")))
                .isEqualTo(new SinkSelection(false, true));
        assertThatThrownBy(() -> SinkSelection.fromEnvironment(Map.of(SinkSelection.SINKS, "postgres")))
                .hasMessageContaining("NEWSFLOW_POSTGRES_URL");
        assertThatThrownBy(() -> SinkSelection.fromEnvironment(Map.of(SinkSelection.SINKS, "files,kafka")))
                .hasMessageContaining("kafka");
    }
}
