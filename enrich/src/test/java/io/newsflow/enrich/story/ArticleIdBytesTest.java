package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArticleIdBytesTest {

    private static String roundTrip(final String id) {
        final byte[] bytes = ArticleIdBytes.encode(id);
        return ArticleIdBytes.decode(bytes, 0, bytes.length);
    }

    @Test
    void shouldPackIngestsHexIdsIntoNineBytes() {
        assertThat(ArticleIdBytes.encode("77477209c75f11a8")).hasSize(9).startsWith(ArticleIdBytes.HEX_FORM);
        assertThat(roundTrip("77477209c75f11a8")).isEqualTo("77477209c75f11a8");
        assertThat(roundTrip("0000000000000001")).isEqualTo("0000000000000001");
        assertThat(roundTrip("ffffffffffffffff")).isEqualTo("ffffffffffffffff");
    }

    @Test
    void shouldKeepEveryOtherIdAsItsText() {
        for (final String id : new String[] {
            "77477209C75F11A8", "77477209c75f11a", "77477209c75f11a80", "s150-copy-2", "g12345678", "Zürich-1"
        }) {
            assertThat(ArticleIdBytes.encode(id)[0]).as(id).isEqualTo(ArticleIdBytes.TEXT_FORM);
            assertThat(roundTrip(id)).isEqualTo(id);
        }
    }

    @Test
    void shouldRefuseBytesItDidNotWrite() {
        final byte[] unknownForm = {7, 1, 2};
        assertThatThrownBy(() -> ArticleIdBytes.decode(unknownForm, 0, unknownForm.length))
                .isInstanceOf(IllegalArgumentException.class);
        final byte[] shortHex = {ArticleIdBytes.HEX_FORM, 1, 2};
        assertThatThrownBy(() -> ArticleIdBytes.decode(shortHex, 0, shortHex.length))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
