package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.TestArticles;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ArticleIdentityTest {

    @Test
    void shouldDeriveIdAndHashFromSha256OfNormalisedContent() throws Exception {
        final ArticleIdentity identity = ArticleIdentity.of("  Title  \n\n Body   text \n");

        final String hex = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest("Title\nBody text".getBytes(StandardCharsets.UTF_8)));
        assertThat(identity.contentHash()).isEqualTo("sha256:" + hex);
        assertThat(identity.articleId()).isEqualTo(hex.substring(0, 16)).hasSize(16);
    }

    @Test
    void shouldGiveSameIdToCopySavedWithCrLfBomAndExtraBlankLines() throws Exception {
        final String original = TestArticles.text(TestArticles.SAMPLE);
        final String resaved = "\n" + original.replace("\n", "\r\n\r\n   ") + "\r\n";
        final byte[] withBom = ("\uFEFF" + resaved).getBytes(StandardCharsets.UTF_8);

        final String decoded = TextDecoder.decode(withBom).text();

        assertThat(ArticleIdentity.of(decoded)).isEqualTo(ArticleIdentity.of(original));
    }

    @Test
    void shouldGiveSameIdToDecomposedAndComposedUnicode() {
        assertThat(ArticleIdentity.of("Zu\u0308rich Cafe\u0301\nBody"))
                .isEqualTo(ArticleIdentity.of("Z\u00fcrich Caf\u00e9\nBody"));
    }

    @Test
    void shouldGiveSameIdWhenWhitespaceDiffersInsideLines() {
        assertThat(ArticleIdentity.of("Markets\u00a0rally\tagain\nBody"))
                .isEqualTo(ArticleIdentity.of("Markets rally again\nBody"));
    }

    @Test
    void shouldGiveDifferentIdsToDifferentContent() {
        assertThat(ArticleIdentity.of("Title\nBody one").articleId())
                .isNotEqualTo(ArticleIdentity.of("Title\nBody two").articleId());
    }

    @Test
    void shouldKeepLineBoundariesSignificant() {
        assertThat(ArticleIdentity.of("Title\nBody one").articleId())
                .isNotEqualTo(ArticleIdentity.of("Title Body one").articleId());
    }
}
