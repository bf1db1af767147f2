package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.tagger.eval.ConllDocument;
import io.newsflow.tagger.eval.ConllReader;
import io.newsflow.tagger.eval.NerScores;
import io.newsflow.tagger.eval.TaggerEvaluation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shipped model must not fall below the score it reached on the documents {@code train-ner} held out of its
 * training (every 20th of the training files: 50 documents, 22,957 tokens: 31 of UNER English-EWT and GUM, CC BY-SA,
 * and 19 of Newsflow's annotated news articles, CC BY 4.0; see {@code tagging/heldout/NOTICE.txt}). The floor is the
 * score recorded in the model's NOTICE; a retrained model must reach it on the same held-out documents, or the floor
 * is raised with the evidence.
 */
class HeldOutRegressionTest {

    /**
     * Mention level, exact span and type, PER/ORG/LOC: 0.820 measured 2026-12-08 for the model trained with the
     * annotated news articles (the rules alone 0.813). Before, on the 31 web and GUM documents alone, the floor was
     * 0.636 (that model and its rules 0.660 there; this model 0.650).
     */
    private static final double MIN_F1 = 0.820;

    @Test
    void shouldKeepItsScoreOnTheHeldOutDocuments() throws IOException {
        final List<ConllDocument> documents;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                HeldOutRegressionTest.class.getResourceAsStream("/tagging/heldout/heldout.conll"),
                StandardCharsets.UTF_8))) {
            documents = ConllReader.read(r, "heldout.conll");
        }
        assertThat(documents).hasSize(50);
        final NerScores stacked = new NerScores(Set.of("PER", "ORG", "LOC"));
        TaggerEvaluation.score(StackedEntityTagger.loadDefault(), documents, stacked);
        final NerScores rules = new NerScores(Set.of("PER", "ORG", "LOC"));
        TaggerEvaluation.score(RuleBasedEntityTagger.loadDefault(), documents, rules);
        System.out.println("held-out documents, stacked tagger:\n" + stacked.report());

        assertThat(stacked.overall().f1()).isGreaterThanOrEqualTo(MIN_F1 - 0.0005);
        assertThat(stacked.overall().f1()).isGreaterThan(rules.overall().f1());
    }
}
