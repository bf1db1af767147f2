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
 * training (every 20th of the training files: 31 documents, 13,356 tokens of UNER English-EWT and GUM, CC BY-SA; see
 * {@code tagging/heldout/NOTICE.txt}). The floor is the score recorded in the model's NOTICE; a retrained model must
 * reach it on the same held-out documents, or the floor is raised with the evidence.
 */
class HeldOutRegressionTest {

    /**
     * Mention level, exact span and type, PER/ORG/LOC. 0.632 measured 2026-12-03 (the rules alone: 0.619); 0.630 on
     * 2026-12-07 (rules 0.617) after the Natural Earth gazetteer: of 428 gold names, "Bolivar" and "Engels" in a
     * bibliography ("Engels, Friedrich") became places, for +0.005 on UNER PUD news and +0.12 document F1 on news; 0.636
     * (rules 0.622) with person proof; 0.634 (rules 0.623) since the model may no longer re-type a rules' name into a
     * person (one name of 428 here; +0.013 and +0.017 document F1 on the two halves of the wire-style articles); 0.636
     * (rules 0.624) with the wire-story rules for storms, quote speakers, teams and joined organisation names.
     */
    private static final double MIN_F1 = 0.636;

    @Test
    void shouldKeepItsScoreOnTheHeldOutDocuments() throws IOException {
        final List<ConllDocument> documents;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                HeldOutRegressionTest.class.getResourceAsStream("/tagging/heldout/heldout.conll"),
                StandardCharsets.UTF_8))) {
            documents = ConllReader.read(r, "heldout.conll");
        }
        assertThat(documents).hasSize(31);
        final NerScores stacked = new NerScores(Set.of("PER", "ORG", "LOC"));
        TaggerEvaluation.score(StackedEntityTagger.loadDefault(), documents, stacked);
        final NerScores rules = new NerScores(Set.of("PER", "ORG", "LOC"));
        TaggerEvaluation.score(RuleBasedEntityTagger.loadDefault(), documents, rules);
        System.out.println("held-out documents, stacked tagger:\n" + stacked.report());

        assertThat(stacked.overall().f1()).isGreaterThanOrEqualTo(MIN_F1 - 0.0005);
        assertThat(stacked.overall().f1()).isGreaterThan(rules.overall().f1());
    }
}
