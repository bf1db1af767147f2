package io.newsflow.sink.postgres;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link ArticleStoreContract} on the embedded PostgreSQL, or on the server {@code NEWSFLOW_TEST_POSTGRES_URL} names. */
class ArticleStoreIT extends ArticleStoreContract {

    static TestPostgres postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = TestPostgres.start();
    }

    @AfterAll
    static void stopPostgres() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    PostgresConfig newDatabase() {
        return postgres.newDatabase();
    }
}
