package io.newsflow.tagger.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.tagger.EntityType;
import io.newsflow.tagger.testing.NameTagger;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaggerEvaluationTest {

    private static final NameTagger TAGGER = new NameTagger()
            .name("Ruth Akinyi", EntityType.PERSON, "Ruth Akinyi")
            .name("Kenya", EntityType.LOCATION, "Kenya")
            .name("Athletics Kenya", EntityType.ORGANIZATION, "Athletics Kenya")
            .name("5 million", EntityType.NUMBER, "5000000");

    @Test
    void shouldMapEntitiesOntoGoldTokens() {
        final ConllDocument doc = new ConllDocument(List.of(new ConllSentence(
                List.of("Kenya", "'s", "Ruth", "Akinyi", "joined", "Athletics", "Kenya", "with", "5", "million", "."),
                List.of("B-LOC", "O", "B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"))));

        assertThat(TaggerEvaluation.predict(TAGGER, doc))
                .containsExactly(List.of("B-LOC", "O", "B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"));
        final NerScores scores = new NerScores(Set.of("PER", "ORG", "LOC"));
        TaggerEvaluation.score(TAGGER, List.of(doc), scores);
        assertThat(scores.overall()).isEqualTo(new NerScores.Counts(3, 3, 3));
    }

    @Test
    void shouldTagEveryTokenAnEntityOverlaps() {
        final ConllDocument doc =
                new ConllDocument(List.of(new ConllSentence(List.of("Kenya's", "team"), List.of("B-LOC", "O"))));
        assertThat(TaggerEvaluation.predict(TAGGER, doc)).containsExactly(List.of("B-LOC", "O"));
    }
}
