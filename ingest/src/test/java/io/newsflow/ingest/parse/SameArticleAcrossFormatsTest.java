package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.TestArticles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample article as a text file, a ninjs item and a NewsML-G2 news item reads as the same headline, headings and
 * paragraphs: enrich sees the same article, so it finds the same entities, citations and quotes.
 */
class SameArticleAcrossFormatsTest {

    @TempDir
    Path dir;

    private ParsedArticle read(final String name, final byte[] bytes) throws Exception {
        return InboxFiles.read(dir, name, bytes).articles().get(0).article();
    }

    @Test
    void shouldReadTheSameArticleFromTextNinjsAndNewsMl() throws Exception {
        final ParsedArticle text = read("rutte.txt", TestArticles.bytes(TestArticles.SAMPLE));
        final ParsedArticle ninjs = read("rutte.json", TestArticles.ninjs("rutte-odesa-visit.ninjs.json"));
        final ParsedArticle newsml = read("rutte.xml", TestArticles.newsml("rutte-odesa-visit.newsml.xml"));

        assertThat(text.blocks()).hasSize(23);
        assertThat(ninjs.headline()).isEqualTo(text.headline());
        assertThat(ninjs.blocks()).isEqualTo(text.blocks());
        assertThat(newsml.headline()).isEqualTo(text.headline());
        assertThat(newsml.blocks()).isEqualTo(text.blocks());
        assertThat(ninjs.metadata().format()).isEqualTo("ninjs");
        assertThat(newsml.metadata().format()).isEqualTo("newsml-g2");
        assertThat(newsml.metadata().externalId()).isEqualTo(ninjs.metadata().externalId());
        assertThat(newsml.metadata().publishedAt()).isEqualTo(ninjs.metadata().publishedAt());
    }
}
