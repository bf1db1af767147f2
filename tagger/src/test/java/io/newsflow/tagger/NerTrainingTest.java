package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.tagger.eval.ConllDocument;
import io.newsflow.tagger.eval.ConllSentence;
import io.newsflow.tagger.eval.Detokenizer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerTrainingTest {

    @Test
    void shouldProjectGoldLabelsOntoTheTaggersTokens() {
        final List<String> tokens =
                List.of("Mark", "Rutte", "'s", "visit", "to", "New", "York", "and", "Paris", "London", "trains", ".");
        final List<String> tags =
                List.of("B-PER", "I-PER", "O", "O", "O", "B-LOC", "I-LOC", "O", "B-LOC", "B-LOC", "O", "O");
        final Detokenizer.Text text = Detokenizer.join(tokens);
        final List<Token> ours = Tokenizer.tokenize(text.text());

        final int[] labels = NerTraining.gold(ours, text, tags);

        final List<String> named = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            if (labels[i] != NerLabels.O) {
                named.add(ours.get(i).text + "/" + NerLabels.name(labels[i]));
            }
        }
        // two adjacent places stay two entities: "London" begins its own
        assertThat(named)
                .containsExactly("Mark/B-PER", "Rutte/I-PER", "New/B-LOC", "York/I-LOC", "Paris/B-LOC", "London/B-LOC");
    }

    @Test
    void shouldLearnANameTheRulesDoNotKnow() {
        // "Quorvane" is in no list and has no cue the rules know; the training documents call it an organisation
        final List<ConllDocument> documents = new ArrayList<>();
        final String[][] frames = {
            {"Shares", "of", "@", "rose", "after", "the", "results", "."},
            {"The", "board", "of", "@", "met", "on", "Tuesday", "."},
            {"Analysts", "expect", "@", "to", "cut", "jobs", "."},
            {"@", "reported", "higher", "profits", "this", "year", "."},
        };
        for (int d = 0; d < 40; d++) {
            final List<ConllSentence> sentences = new ArrayList<>();
            for (final String[] frame : frames) {
                final List<String> tokens = new ArrayList<>();
                final List<String> tags = new ArrayList<>();
                for (final String word : frame) {
                    tokens.add(word.equals("@") ? "Quorvane" : word);
                    tags.add(word.equals("@") ? "B-ORG" : "O");
                }
                sentences.add(new ConllSentence(tokens, tags));
            }
            documents.add(new ConllDocument(sentences));
        }

        final StackedEntityTagger tagger = (StackedEntityTagger) NerTraining.withDefaultLexicon()
                .train(documents, 3, 16, 7, (m, e) -> {})
                .tagger();

        // no cue the rules know here ("shares of Quorvane" would be one)
        final List<String> paragraph = List.of("Analysts expect Quorvane to cut jobs on Monday.");
        final List<List<Token>> tokens = new ArrayList<>();
        final List<List<Entity>> ruled =
                RuleBasedEntityTagger.loadDefault().tag(new ArticleText(null, List.of(), paragraph), tokens);
        assertThat(ruled.get(0))
                .extracting(Entity::text, Entity::type)
                .doesNotContain(tuple("Quorvane", EntityType.ORGANIZATION));
        final LabelledText text =
                LabelledText.of(paragraph, tokens, ruled, new TokenFeatures(Lexicon.loadDefault()))[0];
        final int[] labels = tagger.decode(text, new float[text.tokens.size()]);
        final List<String> named = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != NerLabels.O) {
                named.add(text.tokens.get(i).text + "/" + NerLabels.name(labels[i]));
            }
        }
        assertThat(named).containsExactly("Quorvane/B-ORG");
    }

    @Test
    void shouldReportEveryEpochAndTrainTheSameModelFromTheSameSeed() {
        final List<ConllDocument> documents = List.of(new ConllDocument(List.of(new ConllSentence(
                List.of("Angela", "Merkel", "visited", "Oslo", "."), List.of("B-PER", "I-PER", "O", "B-LOC", "O")))));
        final List<Integer> epochs = new ArrayList<>();
        final NerTraining training = NerTraining.withDefaultLexicon();

        final NerTraining.Trained first = training.train(documents, 3, 12, 1, (m, e) -> epochs.add(e));
        final NerTraining.Trained second = training.train(documents, 3, 12, 1, (m, e) -> {});

        assertThat(epochs).containsExactly(1, 2, 3);
        assertThat(bytes(first)).isEqualTo(bytes(second));
    }

    private static byte[] bytes(final NerTraining.Trained trained) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            trained.write(out);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
