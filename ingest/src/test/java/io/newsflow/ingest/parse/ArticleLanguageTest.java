package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleLanguageTest {

    @Test
    void shouldReadDeclaredLanguageTagsAsIso6391() {
        assertThat(ArticleLanguage.declared("en-GB")).contains("en");
        assertThat(ArticleLanguage.declared("de_DE")).contains("de");
        assertThat(ArticleLanguage.declared("FR")).contains("fr");
        assertThat(ArticleLanguage.declared("deu")).contains("de");
        assertThat(ArticleLanguage.declared("x-klingon")).isEmpty();
        assertThat(ArticleLanguage.declared("not a tag")).isEmpty();
        assertThat(ArticleLanguage.declared(" ")).isEmpty();
    }
}
