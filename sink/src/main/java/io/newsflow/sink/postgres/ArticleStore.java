package io.newsflow.sink.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsflow.contract.Article;
import io.newsflow.contract.ArticleMetadata;
import io.newsflow.contract.ArticleParagraph;
import io.newsflow.contract.Citation;
import io.newsflow.contract.Entity;
import io.newsflow.contract.Json;
import io.newsflow.contract.Quote;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL side of the sink: the schema (Flyway migrations in {@code db/migration}), and one method that writes a
 * batch of articles together with the consumer offsets they came from, in one transaction.
 *
 * <p>Rows are keyed by natural keys (article id, paragraph index, mention ordinal, canonical name + type), and an
 * article is written by deleting its previous rows and inserting the new ones, so writing the same article twice leaves
 * the same rows. The offsets are fenced: a write commits only if each partition's stored offset is still the one the
 * caller started from, so a consumer that lost its partition to another instance cannot move the offsets back or
 * write on top of the new owner. One connection, used by one thread.
 */
public final class ArticleStore implements AutoCloseable {

    /** Marks a partition without a stored offset: the sink starts it from the beginning of the topic. */
    public static final long NO_OFFSET = -1L;

    private static final Logger LOG = LoggerFactory.getLogger(ArticleStore.class);

    private final PostgresConfig config;
    private Connection connection;

    public ArticleStore(final PostgresConfig config) {
        this.config = config;
    }

    /** Brings the schema up to date; safe to call from several instances at once (Flyway locks). */
    public static MigrateResult migrate(final PostgresConfig config) {
        final MigrateResult result = Flyway.configure()
                .dataSource(config.url(), config.user(), config.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(
                "PostgreSQL schema at {} is at version {} ({} migrations applied now)",
                config.redactedUrl(),
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                result.migrationsExecuted);
        return result;
    }

    /** The stored next offsets of {@code partitions} for {@code group}; partitions without one map to {@link #NO_OFFSET}. */
    public Map<TopicPartition, Long> offsets(final String group, final Collection<TopicPartition> partitions)
            throws SQLException {
        final Map<TopicPartition, Long> offsets = new HashMap<>();
        partitions.forEach(partition -> offsets.put(partition, NO_OFFSET));
        final Connection c = connection();
        try (PreparedStatement select =
                c.prepareStatement("SELECT topic, partition, next_offset FROM sink_offsets WHERE consumer_group = ?")) {
            select.setString(1, group);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    final TopicPartition partition = new TopicPartition(rows.getString(1), rows.getInt(2));
                    if (offsets.containsKey(partition)) {
                        offsets.put(partition, rows.getLong(3));
                    }
                }
            }
            c.commit();
        } catch (final SQLException e) {
            discardConnection();
            throw e;
        }
        return offsets;
    }

    /**
     * Writes {@code articles} and moves each partition's stored offset from {@code expected} to {@code next}, all in one
     * transaction. Throws {@link StaleOffsetsException} (nothing written) when a stored offset is no longer the expected
     * one, and {@link SQLException} (nothing written) when the database fails.
     */
    public void write(
            final String group,
            final List<Article> articles,
            final Map<TopicPartition, Long> expected,
            final Map<TopicPartition, Long> next)
            throws SQLException {
        final Connection c = connection();
        try {
            moveOffsets(c, group, expected, next);
            if (!articles.isEmpty()) {
                writeArticles(c, deduplicated(articles));
            }
            c.commit();
        } catch (final SQLException | RuntimeException e) {
            rollback(c);
            if (!(e instanceof StaleOffsetsException)) {
                discardConnection();
            }
            throw e;
        }
    }

    @Override
    public void close() {
        discardConnection();
    }

    private void moveOffsets(
            final Connection c,
            final String group,
            final Map<TopicPartition, Long> expected,
            final Map<TopicPartition, Long> next)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO sink_offsets"
                                + " (consumer_group, topic, partition, next_offset) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
                PreparedStatement update =
                        c.prepareStatement("UPDATE sink_offsets SET next_offset = ?, updated_at = now()"
                                + " WHERE consumer_group = ? AND topic = ? AND partition = ? AND next_offset = ?")) {
            for (final Map.Entry<TopicPartition, Long> entry : next.entrySet()) {
                final TopicPartition partition = entry.getKey();
                final long from = expected.getOrDefault(partition, NO_OFFSET);
                final int changed;
                if (from == NO_OFFSET) {
                    insert.setString(1, group);
                    insert.setString(2, partition.topic());
                    insert.setInt(3, partition.partition());
                    insert.setLong(4, entry.getValue());
                    changed = insert.executeUpdate();
                } else {
                    update.setLong(1, entry.getValue());
                    update.setString(2, group);
                    update.setString(3, partition.topic());
                    update.setInt(4, partition.partition());
                    update.setLong(5, from);
                    changed = update.executeUpdate();
                }
                if (changed != 1) {
                    throw new StaleOffsetsException("The stored offset of " + partition + " for group " + group
                            + " is no longer " + (from == NO_OFFSET ? "absent" : Long.toString(from))
                            + ": another sink instance has written it");
                }
            }
        }
    }

    private static void writeArticles(final Connection c, final List<Article> articles) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM articles WHERE article_id = ANY (?)")) {
            delete.setArray(
                    1,
                    c.createArrayOf(
                            "text", articles.stream().map(Article::articleId).toArray()));
            delete.executeUpdate();
        }
        insertEntities(c, articles);
        final CopyRows paragraphs = new CopyRows();
        final CopyRows mentions = new CopyRows();
        try (PreparedStatement article = c.prepareStatement("INSERT INTO articles (article_id, story_id, source_file,"
                        + " content_hash, headline, sections, duplicates_dropped, ingested_at, assembled_at, document,"
                        + " format, url, byline, published_at, language, provider, external_id, subjects, entities_skipped,"
                        + " near_duplicate_of, similarity)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement source =
                        c.prepareStatement("INSERT INTO sources (article_id, ref, source) VALUES (?, ?, ?)");
                PreparedStatement quote = c.prepareStatement("INSERT INTO quotes (article_id, ordinal, paragraph_index,"
                        + " text, speaker) VALUES (?, ?, ?, ?, ?)")) {
            for (final Article a : articles) {
                addArticle(c, article, a);
                for (final ArticleParagraph p : a.paragraphs()) {
                    addParagraph(paragraphs, a.articleId(), p);
                    int ordinal = 0;
                    for (final Entity e : p.entities()) {
                        addMention(mentions, a.articleId(), p.index(), ordinal++, e);
                    }
                }
                for (final Citation s : a.sources()) {
                    source.setString(1, a.articleId());
                    source.setInt(2, s.ref());
                    source.setString(3, s.source());
                    source.addBatch();
                }
                int ordinal = 0;
                for (final Quote q : a.quotes()) {
                    quote.setString(1, a.articleId());
                    quote.setInt(2, ordinal++);
                    setNullableInt(quote, 3, paragraphOf(a, q));
                    quote.setString(4, q.text());
                    quote.setString(5, q.speaker());
                    quote.addBatch();
                }
            }
            // parents before children: the foreign keys are checked row by row
            article.executeBatch();
            // the two big tables go in with COPY: several times faster than even multi-row INSERTs
            copy(
                    c,
                    "COPY paragraphs (article_id, paragraph_index, section, text, citation_refs) FROM STDIN",
                    paragraphs);
            copy(
                    c,
                    "COPY mentions (article_id, paragraph_index, ordinal, canonical, type, start_offset, end_offset,"
                            + " surface_text, confidence, money_amount, money_currency) FROM STDIN",
                    mentions);
            source.executeBatch();
            quote.executeBatch();
        }
    }

    /** Entities in a fixed order, so concurrent sink instances take their row locks in the same order (no deadlock). */
    private static void insertEntities(final Connection c, final List<Article> articles) throws SQLException {
        final TreeSet<String> keys = new TreeSet<>();
        final Map<String, String[]> entities = new HashMap<>();
        for (final Article a : articles) {
            for (final ArticleParagraph p : a.paragraphs()) {
                for (final Entity e : p.entities()) {
                    final String key = e.type().name() + '\u0000' + e.canonical();
                    keys.add(key);
                    entities.putIfAbsent(
                            key, new String[] {e.canonical(), e.type().name()});
                }
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement insert =
                c.prepareStatement("INSERT INTO entities (canonical, type) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            for (final String key : keys) {
                insert.setString(1, entities.get(key)[0]);
                insert.setString(2, entities.get(key)[1]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void addArticle(final Connection c, final PreparedStatement statement, final Article a)
            throws SQLException {
        statement.setString(1, a.articleId());
        statement.setString(2, a.storyId());
        statement.setString(3, a.sourceFile());
        statement.setString(4, a.contentHash());
        statement.setString(5, a.headline());
        statement.setArray(6, c.createArrayOf("text", a.sections().toArray()));
        statement.setInt(7, a.duplicatesDropped());
        statement.setTimestamp(8, Timestamp.from(a.timings().ingestedAt()));
        statement.setTimestamp(9, Timestamp.from(a.timings().assembledAt()));
        statement.setString(10, json(a));
        final ArticleMetadata m = a.metadata();
        statement.setString(11, m == null ? null : m.format());
        statement.setString(12, m == null ? null : m.url());
        statement.setString(13, m == null ? null : m.byline());
        statement.setTimestamp(14, m == null || m.publishedAt() == null ? null : Timestamp.from(m.publishedAt()));
        statement.setString(15, m == null ? null : m.language());
        statement.setString(16, m == null ? null : m.provider());
        statement.setString(17, m == null ? null : m.externalId());
        statement.setArray(
                18, m == null ? null : c.createArrayOf("text", m.subjects().toArray()));
        statement.setString(19, a.entitiesSkipped());
        statement.setString(20, a.nearDuplicateOf());
        if (a.similarity() == null) {
            statement.setNull(21, Types.DOUBLE);
        } else {
            statement.setDouble(21, a.similarity());
        }
        statement.addBatch();
    }

    private static void addParagraph(final CopyRows rows, final String articleId, final ArticleParagraph p) {
        rows.text(articleId)
                .number(p.index())
                .text(p.section())
                .text(p.text())
                .raw(p.citations().stream()
                        .map(citation -> Integer.toString(citation.ref()))
                        .collect(Collectors.joining(",", "{", "}")))
                .end();
    }

    private static void addMention(
            final CopyRows rows, final String articleId, final int paragraph, final int ordinal, final Entity e) {
        rows.text(articleId)
                .number(paragraph)
                .number(ordinal)
                .text(e.canonical())
                .text(e.type().name())
                .number(e.start())
                .number(e.end())
                .text(e.text())
                .raw(Double.toString(e.confidence()))
                .raw(e.money() == null ? null : Double.toString(e.money().amount()))
                .text(e.money() == null ? null : e.money().currency())
                .end();
    }

    private static void copy(final Connection c, final String sql, final CopyRows rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
        } catch (final IOException e) {
            throw new SQLException("COPY failed: " + sql, e);
        }
    }

    /** Rows in COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
    private static final class CopyRows {

        private final StringBuilder out = new StringBuilder(64 * 1024);
        private boolean lineStart = true;

        CopyRows text(final String value) {
            separate();
            if (value == null) {
                out.append("\\N");
                return this;
            }
            for (int i = 0; i < value.length(); i++) {
                final char ch = value.charAt(i);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(ch);
                }
            }
            return this;
        }

        CopyRows number(final int value) {
            separate();
            out.append(value);
            return this;
        }

        /** A value that needs no escaping (numbers, array literals of numbers), or null. */
        CopyRows raw(final String value) {
            return value == null ? text(null) : separateAnd(value);
        }

        void end() {
            out.append('\n');
            lineStart = true;
        }

        boolean isEmpty() {
            return out.length() == 0;
        }

        @Override
        public String toString() {
            return out.toString();
        }

        private CopyRows separateAnd(final String value) {
            separate();
            out.append(value);
            return this;
        }

        private void separate() {
            if (!lineStart) {
                out.append('\t');
            }
            lineStart = false;
        }
    }

    /** The paragraph whose own quotes hold {@code quote}, or null: the article-level list does not say. */
    private static Integer paragraphOf(final Article article, final Quote quote) {
        for (final ArticleParagraph p : article.paragraphs()) {
            if (p.quotes().contains(quote)) {
                return p.index();
            }
        }
        return null;
    }

    /** The last version of each article wins, as it would had they been written one after another. */
    private static List<Article> deduplicated(final List<Article> articles) {
        final Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.put(a.articleId(), a));
        return new ArrayList<>(byId.values());
    }

    private static void setNullableInt(final PreparedStatement statement, final int index, final Integer value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static String json(final Article article) {
        try {
            return Json.MAPPER.writeValueAsString(article);
        } catch (final JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise article " + article.articleId(), e);
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            final Connection c = DriverManager.getConnection(config.url(), config.connectionProperties());
            c.setAutoCommit(false);
            connection = c;
        }
        return connection;
    }

    private static void rollback(final Connection c) {
        try {
            c.rollback();
        } catch (final SQLException e) {
            LOG.debug("Rollback failed; the connection is discarded and the server aborts the transaction", e);
        }
    }

    private void discardConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (final SQLException e) {
                LOG.debug("Closing a failed connection failed", e);
            } finally {
                connection = null;
            }
        }
    }
}
