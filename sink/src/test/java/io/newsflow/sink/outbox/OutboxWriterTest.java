package io.newsflow.sink.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contract.Article;
import io.newsflow.contract.Json;
import io.newsflow.sink.TestArticles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxWriterTest {

    @TempDir
    Path outbox;

    @Test
    void shouldNameDocumentAfterSourceFileAndShortId() throws IOException {
        final Path written = new OutboxWriter(outbox)
                .write(TestArticles.article("3f2a9c1d55aa7711", "bridge-opening.txt", "Bridge Opens"));

        assertThat(written).isEqualTo(outbox.resolve("bridge-opening.3f2a9c1d.json"));
        final Article read = Json.MAPPER.readValue(written.toFile(), Article.class);
        assertThat(read).isEqualTo(TestArticles.article("3f2a9c1d55aa7711", "bridge-opening.txt", "Bridge Opens"));
    }

    @Test
    void shouldWriteTheRecordsBytesAsTheSameIndentedDocumentAsTheArticle() throws IOException {
        final Article article = TestArticles.article("3f2a9c1d55aa7711", "bridge-opening.txt", "Bridge Opens");
        final byte[] record = Json.MAPPER.writeValueAsBytes(article);

        final Path written = new OutboxWriter(outbox).write(article, record);

        assertThat(Files.readString(written, StandardCharsets.UTF_8))
                .isEqualTo(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(article))
                .contains("\n  \"articleId\" : \"3f2a9c1d55aa7711\"");
    }

    @Test
    void shouldKeepFieldsANewerEnrichAddedThatThisSinkDoesNotKnow() throws IOException {
        final Article article = TestArticles.article("3f2a9c1d55aa7711", "bridge-opening.txt", "Bridge Opens");
        final String record = Json.MAPPER.writeValueAsString(article).replaceFirst("\\{", "{\"laterField\":0.1000,");

        final Path written = new OutboxWriter(outbox).write(article, record.getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(written, StandardCharsets.UTF_8)).contains("\"laterField\" : 0.1000");
        assertThat(Json.MAPPER.readValue(written.toFile(), Article.class)).isEqualTo(article);
    }

    @Test
    void shouldReplaceNotAddWhenTheSameArticleIsWrittenTwice() throws IOException {
        final OutboxWriter writer = new OutboxWriter(outbox);
        final Article article = TestArticles.article("0123456789abcdef", "story.md", "Story");

        writer.write(article);
        writer.write(article);

        try (Stream<Path> files = Files.list(outbox)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("story.01234567.json");
        }
    }

    @Test
    void shouldKeepHostileFileNamesInsideTheOutbox() throws IOException {
        final Path written = new OutboxWriter(outbox)
                .write(TestArticles.article("feedfacecafebeef", "../../etc/.pass wd\nx.txt", "Headline"));

        assertThat(written.getParent()).isEqualTo(outbox);
        assertThat(written.getFileName().toString()).isEqualTo("pass_wd_x.feedface.json");
    }

    @Test
    void shouldKeepUnicodeLettersInNames() throws IOException {
        final Path written = new OutboxWriter(outbox)
                .write(TestArticles.article("aaaabbbbccccdddd", "Zürich städte.txt", "Headline"));

        assertThat(written.getFileName().toString()).isEqualTo("Zürich_städte.aaaabbbb.json");
    }
}
