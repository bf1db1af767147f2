package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleFormatTest {

    @Test
    void shouldTellFormatFromExtensionIgnoringCase() {
        assertThat(ArticleFormat.forFileName("story.txt")).contains(ArticleFormat.TEXT);
        assertThat(ArticleFormat.forFileName("STORY.TXT")).contains(ArticleFormat.TEXT);
        assertThat(ArticleFormat.forFileName("story.md")).contains(ArticleFormat.MARKDOWN);
        assertThat(ArticleFormat.forFileName("story.Markdown")).contains(ArticleFormat.MARKDOWN);
        assertThat(ArticleFormat.forFileName("page.html")).contains(ArticleFormat.HTML);
        assertThat(ArticleFormat.forFileName("PAGE.HTM")).contains(ArticleFormat.HTML);
    }

    @Test
    void shouldTreatFileWithoutExtensionAsText() {
        assertThat(ArticleFormat.forFileName("README")).contains(ArticleFormat.TEXT);
    }

    @Test
    void shouldNotReadOtherFormats() {
        assertThat(ArticleFormat.forFileName("story.pdf")).isEmpty();
        assertThat(ArticleFormat.forFileName("story.xhtml")).isEmpty();
    }
}
