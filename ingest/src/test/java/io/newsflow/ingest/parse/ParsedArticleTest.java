package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.contract.ArticleMetadata;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParsedArticleTest {

    private static final ArticleMetadata METADATA = ArticleMetadata.of(ArticleFormat.NINJS.metadataName());
    private static final Block HEADING = new Block(Block.Kind.HEADING, "Harbour reopens");
    private static final Block PARAGRAPH = new Block(Block.Kind.PARAGRAPH, "Ships sailed again on Monday.");

    @Test
    void shouldBeHeadedByItsTitleWhenTheSourceGivesOne() {
        final ParsedArticle article =
                ParsedArticle.headedBy(Optional.of("Port news"), List.of(HEADING, PARAGRAPH), METADATA);

        assertThat(article.headline()).isEqualTo("Port news");
        assertThat(article.blocks()).containsExactly(HEADING, PARAGRAPH);
        assertThat(article.metadata()).isEqualTo(METADATA);
    }

    @Test
    void shouldBeHeadedByItsFirstBlockWithoutATitle() {
        final ParsedArticle article = ParsedArticle.headedBy(Optional.empty(), List.of(HEADING, PARAGRAPH), METADATA);

        assertThat(article.headline()).isEqualTo("Harbour reopens");
        assertThat(article.blocks()).containsExactly(PARAGRAPH);
    }

    @Test
    void shouldRefuseAnArticleWithNeitherTitleNorBlock() {
        assertThatThrownBy(() -> ParsedArticle.headedBy(Optional.empty(), List.of(), METADATA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a block");
    }
}
