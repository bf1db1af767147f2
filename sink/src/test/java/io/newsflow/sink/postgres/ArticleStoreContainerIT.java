package io.newsflow.sink.postgres;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** {@link ArticleStoreContract} on PostgreSQL in a container; skipped where there is no Docker. */
@Testcontainers(disabledWithoutDocker = true)
class ArticleStoreContainerIT extends ArticleStoreContract {

    @Container
    static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:17-alpine");

    @Override
    PostgresConfig newDatabase() {
        return TestPostgres.newDatabase(POSTGRES.getJdbcUrl(), POSTGRES.getUsername(), POSTGRES.getPassword());
    }
}
