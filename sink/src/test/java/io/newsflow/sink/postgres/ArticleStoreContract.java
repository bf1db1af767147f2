package io.newsflow.sink.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.contract.Article;
import io.newsflow.contract.ArticleMetadata;
import io.newsflow.contract.ArticleParagraph;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link ArticleStore} guarantees, run against each kind of real PostgreSQL the subclasses provide. */
abstract class ArticleStoreContract {

    static final String GROUP = "store-test";
    static final TopicPartition P0 = new TopicPartition("news-articles", 0);
    static final TopicPartition P1 = new TopicPartition("news-articles", 1);

    PostgresConfig db;

    /** A fresh, empty database. */
    abstract PostgresConfig newDatabase();

    @BeforeEach
    void createDatabase() {
        db = newDatabase();
    }

    @Test
    void shouldCreateTheSchemaInAnEmptyDatabaseAndChangeNothingWhenMigratedAgain() throws SQLException {
        final MigrateResult first = ArticleStore.migrate(db);
        assertThat(first.migrationsExecuted).isEqualTo(3);
        assertThat(first.targetSchemaVersion).isEqualTo("3");
        assertThat(Rows.query(
                        db,
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                                + " ORDER BY 1"))
                .contains(
                        "articles",
                        "paragraphs",
                        "entities",
                        "mentions",
                        "sources",
                        "quotes",
                        "sink_offsets",
                        "entity_mentions_per_day",
                        "top_entities",
                        "articles_per_source",
                        "duplicates_dropped_per_day",
                        "stories");
        assertThat(Rows.query(db, "SELECT indexdef FROM pg_indexes WHERE indexname = 'paragraphs_tsv'"))
                .singleElement()
                .asString()
                .contains("USING gin (tsv)");

        try (ArticleStore store = new ArticleStore(db)) {
            store.write(GROUP, List.of(Rows.article(Rows.id(1), 2)), Map.of(), Map.of(P0, 1L));
        }
        final List<String> before = Rows.all(db);
        final MigrateResult again = ArticleStore.migrate(db);
        assertThat(again.migrationsExecuted).isZero();
        assertThat(Rows.all(db)).isEqualTo(before);
    }

    @Test
    void shouldStoreAnArticleWithItsParagraphsMentionsSourcesAndQuotes() throws SQLException {
        ArticleStore.migrate(db);
        final Article article = Rows.article(Rows.id(7), 3);
        try (ArticleStore store = new ArticleStore(db)) {
            store.write(GROUP, List.of(article), Map.of(), Map.of(P0, 5L));
            assertThat(store.offsets(GROUP, List.of(P0, P1))).isEqualTo(Map.of(P0, 5L, P1, ArticleStore.NO_OFFSET));
        }
        assertThat(
                        Rows.query(
                                db,
                                "SELECT headline || '|' || source_file || '|' || array_to_string(sections, ';')"
                                        + " || '|' || duplicates_dropped || '|' || ingested_at AT TIME ZONE 'UTC' FROM articles"))
                .containsExactly(
                        article.headline() + "|" + article.sourceFile() + "|Opening Day|2|2026-03-01 10:00:00");
        assertThat(Rows.query(db, "SELECT document->>'articleId' FROM articles"))
                .containsExactly(article.articleId());
        final ArticleParagraph first = article.paragraphs().get(0);
        assertThat(Rows.query(
                        db,
                        "SELECT paragraph_index || '|' || section || '|' || text || '|'"
                                + " || array_to_string(citation_refs, ',') FROM paragraphs ORDER BY paragraph_index"))
                .hasSize(3)
                .first()
                .isEqualTo("2|Opening Day|" + first.text() + "|1");
        assertThat(Rows.query(
                        db,
                        "SELECT canonical || '|' || type || '|' || surface_text || '|' || start_offset || '-'"
                                + " || end_offset || '|' || coalesce(money_amount::text, '') || coalesce(money_currency, '')"
                                + " FROM mentions WHERE paragraph_index = 2 ORDER BY ordinal"))
                .containsExactly(
                        "Ana Lopez|PERSON|Ana Lopez|6-15|",
                        "Porto|LOCATION|Porto|35-40|",
                        "EUR 3000000|MONEY|€3 million|45-55|3000000EUR");
        assertThat(Rows.query(db, "SELECT canonical || '|' || type FROM entities ORDER BY 1"))
                .containsExactly("Ana Lopez|PERSON", "EUR 3000000|MONEY", "Porto|LOCATION");
        assertThat(Rows.query(db, "SELECT ref || '|' || source FROM sources")).containsExactly("1|Porto Times");
        assertThat(Rows.query(db, "SELECT paragraph_index || '|' || text || '|' || speaker FROM quotes"))
                .containsExactly("2|A bridge for everyone|Ana Lopez");
        assertThat(Rows.query(db, "SELECT count(*) FROM paragraphs WHERE tsv @@ plainto_tsquery('english', 'bridges')"))
                .containsExactly("3");
        assertThat(Rows.query(db, "SELECT canonical || '|' || mentions || '|' || articles FROM top_entities"))
                .containsExactly("Ana Lopez|3|1", "EUR 3000000|3|1", "Porto|3|1");
        assertThat(Rows.query(
                        db,
                        "SELECT day || '|' || articles || '|' || duplicates_dropped"
                                + " FROM duplicates_dropped_per_day"))
                .containsExactly("2026-03-01|1|2");
    }

    @Test
    void shouldStoreTheArticlesMetadataAsColumns() throws SQLException {
        ArticleStore.migrate(db);
        final Article plain = Rows.article(Rows.id(8), 1);
        final Article tagged = Rows.withMetadata(
                Rows.article(Rows.id(9), 1),
                new ArticleMetadata(
                        "ninjs",
                        "https://example.org/bridge",
                        "By Rui Costa",
                        Instant.parse("2026-03-01T08:30:00Z"),
                        "en",
                        "Porto Wire",
                        "urn:porto:bridge:9",
                        List.of("infrastructure", "Porto")),
                null);
        final Article german = Rows.withMetadata(
                Rows.withoutEntities(Rows.article(Rows.id(10), 1)),
                ArticleMetadata.of("html").withLanguage("de"),
                Article.LANGUAGE_NOT_TAGGED);
        try (ArticleStore store = new ArticleStore(db)) {
            store.write(GROUP, List.of(plain, tagged, german), Map.of(), Map.of(P0, 3L));
        }

        assertThat(
                        Rows.query(
                                db,
                                "SELECT concat_ws('|', article_id, format, url, byline,"
                                        + " to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI'), language, provider, external_id,"
                                        + " array_to_string(subjects, ';'), entities_skipped) FROM articles ORDER BY article_id"))
                .containsExactly(
                        Rows.id(8),
                        Rows.id(9) + "|ninjs|https://example.org/bridge|By Rui Costa|2026-03-01 08:30|en|Porto Wire"
                                + "|urn:porto:bridge:9|infrastructure;Porto",
                        Rows.id(10) + "|html|de||LANGUAGE_NOT_TAGGED");
        assertThat(Rows.query(db, "SELECT document->'metadata'->>'provider' FROM articles WHERE language = 'en'"))
                .containsExactly("Porto Wire");
    }

    @Test
    void shouldShowEachStoryWithItsArticlesAndTheirFiles() throws SQLException {
        ArticleStore.migrate(db);
        final Article wire = Rows.article(Rows.id(1), 2);
        final Article copy = Rows.article(Rows.id(2), 2).asNearDuplicate(wire.storyId(), wire.articleId(), 0.82);
        final Article other = Rows.article(Rows.id(3), 1);
        try (ArticleStore store = new ArticleStore(db)) {
            store.write(GROUP, List.of(wire, copy, other), Map.of(), Map.of(P0, 3L));
        }
        assertThat(Rows.query(
                        db,
                        "SELECT article_id || '|' || story_id || '|' || coalesce(near_duplicate_of, '-')"
                                + " || '|' || coalesce(similarity::text, '-') FROM articles ORDER BY article_id"))
                .containsExactly(
                        wire.articleId() + "|" + wire.articleId() + "|-|-",
                        copy.articleId() + "|" + wire.articleId() + "|" + wire.articleId() + "|0.82",
                        other.articleId() + "|" + other.articleId() + "|-|-");
        assertThat(
                        Rows.query(
                                db,
                                "SELECT story_id || '|' || articles || '|' || array_length(outlets, 1)"
                                        + " || '|' || (first_seen AT TIME ZONE 'UTC') FROM stories ORDER BY articles DESC, story_id"))
                .containsExactly(
                        wire.articleId() + "|2|2|2026-03-01 10:00:00", other.articleId() + "|1|1|2026-03-01 10:00:00");
    }

    @Test
    void shouldLeaveTheSameRowsWhenTheSameArticlesAreWrittenAgain() throws SQLException {
        ArticleStore.migrate(db);
        final List<Article> batch = List.of(Rows.article(Rows.id(1), 2), Rows.article(Rows.id(2), 4));
        try (ArticleStore store = new ArticleStore(db)) {
            store.write(GROUP, batch, Map.of(), Map.of(P0, 2L));
            final List<String> once = Rows.all(db);
            store.write(GROUP, batch, Map.of(P0, 2L), Map.of(P0, 4L));
            assertThat(Rows.all(db)).isEqualTo(once);
            assertThat(Rows.count(db, "SELECT count(*) FROM mentions")).isEqualTo((2 + 4) * 3);
        }
    }

    @Test
    void shouldWriteNothingWhenAnotherInstanceMovedTheOffset() throws SQLException {
        ArticleStore.migrate(db);
        try (ArticleStore mine = new ArticleStore(db);
                ArticleStore other = new ArticleStore(db)) {
            mine.write(GROUP, List.of(Rows.article(Rows.id(1), 1)), Map.of(), Map.of(P0, 1L));
            other.write(GROUP, List.of(Rows.article(Rows.id(2), 1)), Map.of(P0, 1L), Map.of(P0, 2L));

            assertThatThrownBy(() ->
                            mine.write(GROUP, List.of(Rows.article(Rows.id(3), 1)), Map.of(P0, 1L), Map.of(P0, 2L)))
                    .isInstanceOf(StaleOffsetsException.class);
            assertThatThrownBy(() -> mine.write(GROUP, List.of(Rows.article(Rows.id(4), 1)), Map.of(), Map.of(P0, 9L)))
                    .isInstanceOf(StaleOffsetsException.class);
            assertThat(Rows.query(db, "SELECT article_id FROM articles ORDER BY 1"))
                    .containsExactly(Rows.id(1), Rows.id(2));
            assertThat(mine.offsets(GROUP, List.of(P0))).containsEntry(P0, 2L);
        }
    }

    @Test
    void shouldWriteNothingOfABatchWhenOneOfItsArticlesFails() throws SQLException {
        ArticleStore.migrate(db);
        final Article good = Rows.article(Rows.id(1), 2);
        // PostgreSQL refuses NUL in text: the second article fails inside the transaction, after the first was sent
        final Article bad = Rows.article(Rows.id(2), 1);
        final Article poisoned = new Article(
                bad.articleId(),
                bad.storyId(),
                bad.sourceFile(),
                bad.contentHash(),
                "Bad \u0000 headline",
                bad.sections(),
                bad.paragraphs(),
                bad.entities(),
                bad.sources(),
                bad.quotes(),
                bad.duplicatesDropped(),
                bad.timings(),
                null,
                null,
                null,
                null);
        try (ArticleStore store = new ArticleStore(db)) {
            assertThatThrownBy(() -> store.write(GROUP, List.of(good, poisoned), Map.of(), Map.of(P0, 2L)))
                    .isInstanceOf(SQLException.class);
            for (final String table : Rows.TABLES) {
                assertThat(Rows.count(db, "SELECT count(*) FROM " + table))
                        .as(table)
                        .isZero();
            }
            assertThat(store.offsets(GROUP, List.of(P0))).containsEntry(P0, ArticleStore.NO_OFFSET);

            store.write(GROUP, List.of(good), Map.of(), Map.of(P0, 2L));
            assertThat(Rows.count(db, "SELECT count(*) FROM paragraphs")).isEqualTo(2);
        }
    }
}
