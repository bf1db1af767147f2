package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.ingest.TestArticles;
import io.newsflow.testsupport.SampleFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(1024 * 1024);

    @Test
    void shouldReadArticleFile() throws Exception {
        final Path file = Files.write(dir.resolve("a.txt"), TestArticles.bytes(TestArticles.SAMPLE));

        final ArticleReader.Result result = reader.read(file, ArticleFormat.TEXT);

        assertThat(result.article().blocks()).hasSize(23);
        assertThat(result.decoded().charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void shouldReadHtmlPageIntoHeadlineAndBody() throws Exception {
        final Path file = Files.write(dir.resolve("ferry.html"), TestArticles.page("harbour-ferry-article.html"));

        final ArticleReader.Result result = reader.read(file, ArticleFormat.HTML);

        assertThat(result.article().headline()).isEqualTo("New Harbour Ferry Link Opens to Passengers");
        assertThat(result.article().blocks()).hasSize(9);
        // the identity is computed on the page as decoded, markup included, like any other file
        assertThat(result.decoded().text()).startsWith("<!DOCTYPE html>");
    }

    @Test
    void shouldDecodeHtmlPageWithTheCharsetItDeclares() throws Exception {
        final Path file = Files.write(dir.resolve("parom.htm"), TestArticles.page("windows-1251-declared.html"));

        final ArticleReader.Result result = reader.read(file, ArticleFormat.HTML);

        assertThat(result.decoded().charset().name()).isEqualTo("windows-1251");
        assertThat(result.article().headline()).isEqualTo("Новый паром через залив");
        assertThat(result.article().blocks())
                .extracting(Block::text)
                .containsExactly(
                        "Новый паром через залив начал работу в субботу: переправа теперь занимает "
                                + "двенадцать минут.",
                        "«Это меняет всё для тех, кто работает в городе», — сказал один из " + "первых пассажиров.");
    }

    @Test
    void shouldReadDeclaredLatin1AsWindows1252() throws Exception {
        final Path file = Files.write(dir.resolve("faehre.html"), TestArticles.page("windows-1252-declared.html"));

        final ArticleReader.Result result = reader.read(file, ArticleFormat.HTML);

        assertThat(result.decoded().charset().name()).isEqualTo("windows-1252");
        assertThat(result.article().headline()).isEqualTo("Neue Fähre über die Förde");
        assertThat(result.article().blocks().get(1).text()).startsWith("„Das ändert alles für Pendler“");
    }

    @Test
    void shouldRejectHtmlPageWithoutBodyParagraph() throws Exception {
        assertRejected(
                Files.write(dir.resolve("404.html"), TestArticles.page("nav-only.html")), RejectReason.NO_PARAGRAPHS);
    }

    @Test
    void shouldRejectHtmlPageWithoutAnyText() throws Exception {
        assertRejected(
                Files.writeString(dir.resolve("blank.html"), "<html><body><script>x()</script></body></html>"),
                RejectReason.NO_PARAGRAPHS);
    }

    @Test
    void shouldRejectBinaryFileNamedHtml() throws Exception {
        assertRejected(Files.write(dir.resolve("image.html"), SampleFiles.tinyPng()), RejectReason.BINARY);
    }

    @Test
    void shouldRejectEmptyFile() throws Exception {
        assertRejected(Files.write(dir.resolve("empty.txt"), new byte[0]), RejectReason.EMPTY);
    }

    @Test
    void shouldRejectWhitespaceOnlyFileAsEmpty() throws Exception {
        assertRejected(Files.writeString(dir.resolve("blank.txt"), " \r\n\t\n  "), RejectReason.EMPTY);
    }

    @Test
    void shouldRejectBinaryFile() throws Exception {
        assertRejected(Files.write(dir.resolve("image.txt"), SampleFiles.tinyPng()), RejectReason.BINARY);
    }

    @Test
    void shouldRejectHeadlineWithoutBodyParagraph() throws Exception {
        assertRejected(
                Files.writeString(dir.resolve("title.md"), "# Just a Title\n\n## And a Heading\n"),
                RejectReason.NO_PARAGRAPHS);
    }

    @Test
    void shouldRejectFileOverLimitWithoutReadingIt() throws Exception {
        final ArticleReader small = new ArticleReader(100);
        final Path file = Files.writeString(dir.resolve("big.txt"), "Title\n" + "word ".repeat(100));

        assertThatThrownBy(() -> small.read(file, ArticleFormat.TEXT))
                .isInstanceOfSatisfying(RejectedFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RejectReason.TOO_LARGE);
                    assertThat(e.detail()).contains("506 bytes").contains("limit of 100 bytes");
                });
    }

    @Test
    void shouldRejectDirectoryAsUnreadable() throws Exception {
        assertRejected(Files.createDirectory(dir.resolve("folder.txt")), RejectReason.UNREADABLE);
    }

    @Test
    void shouldReportVanishedFileAsMissingNotRejected() {
        assertThatThrownBy(() -> reader.read(dir.resolve("gone.txt"), ArticleFormat.TEXT))
                .isInstanceOf(NoSuchFileException.class);
    }

    private void assertRejected(final Path file, final RejectReason reason) {
        assertThatThrownBy(() -> reader.read(
                        file,
                        ArticleFormat.forFileName(file.getFileName().toString()).orElseThrow()))
                .isInstanceOfSatisfying(RejectedFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.detail()).isNotBlank();
                });
    }
}
