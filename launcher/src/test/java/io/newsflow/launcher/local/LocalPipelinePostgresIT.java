package io.newsflow.launcher.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.ingest.IngestListener;
import io.newsflow.launcher.Taggers;
import io.newsflow.postgres.EmbeddedPostgresServer;
import io.newsflow.sink.SinkListener;
import io.newsflow.testsupport.Inbox;
import io.newsflow.testsupport.SampleFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline with the PostgreSQL sink on an embedded server, as {@code newsflow run --postgres} starts it:
 * the sample article dropped into the inbox ends up in the tables, mentions and all, as enrich really tagged it.
 */
class LocalPipelinePostgresIT {

    private static final String SAMPLE = "rutte-odesa-visit.txt";

    @TempDir
    static Path work;

    static LocalPipeline pipeline;

    @BeforeAll
    static void start() {
        pipeline = LocalPipeline.start(
                new LocalPipeline.Settings(work.resolve("inbox"), work.resolve("outbox"), work.resolve("data"), 0, 2),
                LocalPipeline.Postgres.embedded(0),
                Taggers.builtIn(),
                IngestListener.NONE,
                SinkListener.NONE);
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void shouldStoreTheSampleArticleWithItsParagraphsMentionsAndSources() throws IOException, SQLException {
        final EmbeddedPostgresServer db = pipeline.embeddedPostgres();
        assertThat(db.dataDir()).isEqualTo(work.resolve("data").resolve("postgres"));
        final byte[] sample = SampleFiles.resource("/articles/" + SAMPLE);
        final String headline = new String(sample, StandardCharsets.UTF_8)
                .lines()
                .findFirst()
                .orElseThrow()
                .strip();
        new Inbox(pipeline.settings().inbox()).drop(SAMPLE, sample);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> query(db, "SELECT count(*) FROM articles"), rows -> rows.equals(List.of("1")));

        assertThat(query(db, "SELECT source_file || '|' || headline || '|' || duplicates_dropped FROM articles"))
                .containsExactly(SAMPLE + "|" + headline + "|1");
        // every part of the document has its rows
        assertThat(
                        query(
                                db,
                                "SELECT (SELECT count(*) FROM paragraphs) = jsonb_array_length(document->'paragraphs')"
                                        + " AND (SELECT count(*) FROM sources) = jsonb_array_length(document->'sources')"
                                        + " AND (SELECT count(*) FROM quotes) = jsonb_array_length(document->'quotes')"
                                        + " AND cardinality(sections) = jsonb_array_length(document->'sections') FROM articles"))
                .containsExactly("t");
        assertThat(query(db, "SELECT count(*) FROM paragraphs")).containsExactly("17");
        assertThat(query(db, "SELECT source FROM articles_per_source")).contains("Kyiv Independent", "The Guardian");
        // the mentions add up to the document's per-entity counts, and point at their text in the paragraph
        assertThat(query(
                        db,
                        "SELECT count(*) FROM ((SELECT e->>'canonical', e->>'type', (e->>'mentions')::bigint"
                                + " FROM articles, jsonb_array_elements(document->'entities') e) EXCEPT ALL"
                                + " (SELECT canonical, type, count(*) FROM mentions GROUP BY 1, 2)) missing"))
                .containsExactly("0");
        assertThat(
                        query(
                                db,
                                "SELECT count(*) FROM mentions m JOIN paragraphs p USING (article_id, paragraph_index)"
                                        + " WHERE substr(p.text, m.start_offset + 1, m.end_offset - m.start_offset) <> m.surface_text"))
                .containsExactly("0");
        assertThat(query(db, "SELECT mentions FROM top_entities WHERE canonical = 'Mark Rutte' AND type = 'PERSON'"))
                .singleElement()
                .satisfies(mentions -> assertThat(Integer.parseInt(mentions)).isGreaterThan(1));
        assertThat(query(
                        db,
                        "SELECT count(*) > 0 FROM paragraphs WHERE tsv @@ websearch_to_tsquery('english',"
                                + " 'missile strike')"))
                .containsExactly("t");
    }

    private static List<String> query(final EmbeddedPostgresServer db, final String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedPostgresServer.USER, null);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            final List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        }
    }
}
