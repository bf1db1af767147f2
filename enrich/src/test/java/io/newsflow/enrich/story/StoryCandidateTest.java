package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.contract.Article;
import io.newsflow.contract.ArticleParagraph;
import io.newsflow.contract.Timings;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class StoryCandidateTest {

    private static final Instant T0 = Instant.parse("2026-03-03T10:00:00Z");

    private static Article article(final String body) {
        return new Article(
                "a1b2c3d4e5f60718",
                "a1b2c3d4e5f60718",
                "strike.txt",
                "sha256:a1",
                "Strike",
                List.of(),
                List.of(new ArticleParagraph(1, null, body, List.of(), List.of(), List.of())),
                List.of(),
                List.of(),
                List.of(),
                0,
                new Timings(T0, T0),
                null,
                null,
                null,
                null);
    }

    private static StoryCandidate roundTrip(final StoryCandidate candidate) {
        return StoryCandidate.serde()
                .deserializer()
                .deserialize("index", StoryCandidate.serde().serializer().serialize("index", candidate));
    }

    @Test
    void shouldCarryTheArticleAsItsNewsArticlesBytesWithTheSignature() {
        final Article article = article("dock workers in rotterdam walked out on monday over pay and the port said"
                + " ships were queueing outside the harbour as the strike entered its second day");
        final StoryCandidate candidate = StoryCandidate.of(article);

        assertThat(candidate.signature()).hasSize(StorySignature.BYTES);
        assertThat(roundTrip(candidate)).isEqualTo(candidate);
        assertThat(roundTrip(candidate).readArticle()).isEqualTo(article);
    }

    @Test
    void shouldCarryAnArticleTooShortToSign() {
        final StoryCandidate candidate = StoryCandidate.of(article("strike ends"));

        assertThat(candidate.signature()).isNull();
        assertThat(roundTrip(candidate)).isEqualTo(candidate);
        assertThat(roundTrip(candidate).readArticle().articleId()).isEqualTo("a1b2c3d4e5f60718");
    }

    @Test
    void shouldReadARecordWithAnEarlierVersionsSignatureAsAnArticleWithout() {
        final byte[] article = "{\"articleId\":\"a1\"}".getBytes(StandardCharsets.UTF_8);
        final byte[] old = new byte[1 + 192 + article.length];
        old[0] = StoryCandidate.WITH_OLD_SIGNATURE;
        System.arraycopy(article, 0, old, 193, article.length);

        final StoryCandidate candidate = StoryCandidate.serde().deserializer().deserialize("index", old);
        assertThat(candidate.signature()).isNull();
        assertThat(candidate.article()).isEqualTo(article);
    }

    @Test
    void shouldRefuseARecordInAnotherFormInsteadOfMisreadingIt() {
        final byte[] json = "{\"article\":{},\"signature\":null}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StoryCandidate.serde().deserializer().deserialize("index", json))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("index");
        final byte[] cutShort = {StoryCandidate.WITH_SIGNATURE, 1, 2, 3};
        assertThatThrownBy(() -> StoryCandidate.serde().deserializer().deserialize("index", cutShort))
                .isInstanceOf(SerializationException.class);
    }
}
