package io.newsflow.sink.postgres;

import io.newsflow.contract.Article;
import io.newsflow.contract.ArticleMetadata;
import io.newsflow.contract.ArticleParagraph;
import io.newsflow.contract.Citation;
import io.newsflow.contract.Entity;
import io.newsflow.contract.EntitySummary;
import io.newsflow.contract.EntityType;
import io.newsflow.contract.Money;
import io.newsflow.contract.Quote;
import io.newsflow.contract.Timings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** Reads what the sink wrote, and builds articles to write, for the PostgreSQL tests. */
final class Rows {

    static final List<String> TABLES = List.of("articles", "paragraphs", "entities", "mentions", "sources", "quotes");

    private Rows() {}

    /** Every row of every table of ours (the offsets aside), as text, in a stable order. */
    static List<String> all(final PostgresConfig db) throws SQLException {
        final List<String> rows = new ArrayList<>();
        for (final String table : TABLES) {
            rows.addAll(query(db, "SELECT '" + table + "' || t::text FROM " + table + " t ORDER BY 1"));
        }
        return rows;
    }

    static long count(final PostgresConfig db, final String sql) throws SQLException {
        return Long.parseLong(query(db, sql).get(0));
    }

    /** The first column of every row, as text. */
    static List<String> query(final PostgresConfig db, final String sql) throws SQLException {
        final Properties props = new Properties();
        if (db.user() != null) {
            props.setProperty("user", db.user());
        }
        if (db.password() != null) {
            props.setProperty("password", db.password());
        }
        try (Connection c = DriverManager.getConnection(db.url(), props);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            final List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        }
    }

    /**
     * An article with {@code paragraphs} body paragraphs of three mentions each (a person, a place and an amount), one
     * cited source and one quote: every table gets rows.
     */
    static Article article(final String articleId, final int paragraphs) {
        final List<ArticleParagraph> body = new ArrayList<>();
        for (int i = 1; i <= paragraphs; i++) {
            final String text = "Mayor Ana Lopez opened bridge " + i + " in Porto for €3 million, said the city.";
            final int money = text.indexOf('€');
            body.add(new ArticleParagraph(
                    i + 1,
                    "Opening Day",
                    text,
                    List.of(
                            new Entity("Ana Lopez", EntityType.PERSON, 6, 15, "Ana Lopez", 0.9, null),
                            new Entity(
                                    "Porto",
                                    EntityType.LOCATION,
                                    text.indexOf("Porto"),
                                    text.indexOf("Porto") + 5,
                                    "Porto",
                                    0.9,
                                    null),
                            new Entity(
                                    "€3 million",
                                    EntityType.MONEY,
                                    money,
                                    money + 10,
                                    "EUR 3000000",
                                    0.95,
                                    new Money(3_000_000, "EUR"))),
                    i == 1 ? List.of(new Citation(1, "Porto Times")) : List.of(),
                    i == 1 ? List.of(new Quote("A bridge for everyone", "Ana Lopez")) : List.of()));
        }
        return new Article(
                articleId,
                articleId,
                "bridge-" + articleId + ".txt",
                "sha256:" + articleId,
                "Porto Opens Bridge " + articleId.toUpperCase(Locale.ROOT),
                List.of("Opening Day"),
                body,
                List.of(
                        new EntitySummary("Ana Lopez", EntityType.PERSON, paragraphs),
                        new EntitySummary("Porto", EntityType.LOCATION, paragraphs),
                        new EntitySummary("EUR 3000000", EntityType.MONEY, paragraphs)),
                List.of(new Citation(1, "Porto Times")),
                List.of(new Quote("A bridge for everyone", "Ana Lopez")),
                2,
                new Timings(Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2026-03-01T10:00:01Z")),
                null,
                null,
                null,
                null);
    }

    /** {@code article} with {@code metadata} and {@code entitiesSkipped}. */
    static Article withMetadata(final Article a, final ArticleMetadata metadata, final String entitiesSkipped) {
        return new Article(
                a.articleId(),
                a.storyId(),
                a.sourceFile(),
                a.contentHash(),
                a.headline(),
                a.sections(),
                a.paragraphs(),
                a.entities(),
                a.sources(),
                a.quotes(),
                a.duplicatesDropped(),
                a.timings(),
                metadata,
                entitiesSkipped,
                null,
                null);
    }

    /** {@code article} as enrich publishes an article it did not tag: no entities, in paragraphs or summed up. */
    static Article withoutEntities(final Article a) {
        return new Article(
                a.articleId(),
                a.storyId(),
                a.sourceFile(),
                a.contentHash(),
                a.headline(),
                a.sections(),
                a.paragraphs().stream()
                        .map(p -> new ArticleParagraph(
                                p.index(), p.section(), p.text(), List.of(), p.citations(), p.quotes()))
                        .toList(),
                List.of(),
                a.sources(),
                a.quotes(),
                a.duplicatesDropped(),
                a.timings(),
                null,
                null,
                null,
                null);
    }

    /** A 16-hex-digit article id for {@code n}. */
    static String id(final long n) {
        return String.format(Locale.ROOT, "%016x", 0xa000_0000_0000_0000L + n);
    }
}
