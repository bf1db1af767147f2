package io.newsflow.tagger;

import io.newsflow.tagger.eval.ConllDocument;
import io.newsflow.tagger.eval.ConllSentence;
import io.newsflow.tagger.eval.Detokenizer;
import io.newsflow.tagger.eval.TaggerEvaluation;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.ObjIntConsumer;

/**
 * Trains the {@link StackedEntityTagger}'s sequence model on annotated documents (CoNLL, BIO tags of PER/ORG/LOC/MISC).
 *
 * <p>Each document is prepared exactly as the tagger prepares an article: its sentences are its paragraphs (their
 * original text when the file gives it, else the tokens joined by {@link Detokenizer}), its headline and headings (when
 * the file gives them) are context, the rule tagger tags the whole document, and the text is tokenised by the tagger's own
 * {@link Tokenizer}; a gold label goes to every token that starts inside a gold entity ({@code B-} on the first).
 * Then an averaged perceptron makes {@code epochs} passes over the documents in a seeded random order, decoding
 * greedily with its own previous labels as history (as at run time), and its averaged weights are the model.
 */
public final class NerTraining {

    private final Lexicon lexicon;
    private final RuleBasedEntityTagger rules;
    private final TokenFeatures features;

    private NerTraining(final Lexicon lexicon) {
        this.lexicon = lexicon;
        this.rules = RuleBasedEntityTagger.with(lexicon);
        this.features = new TokenFeatures(lexicon);
    }

    /** With the lexicon shipped in this module: the one the trained model will run with. */
    public static NerTraining withDefaultLexicon() {
        return new NerTraining(Lexicon.loadDefault());
    }

    /** A trained model: the tagger it makes, and the bytes to ship. */
    public final class Trained {

        private final PerceptronModel model;

        private Trained(final PerceptronModel model) {
            this.model = model;
        }

        public EntityTagger tagger() {
            return new StackedEntityTagger(lexicon, model);
        }

        public void write(final OutputStream out) throws IOException {
            model.write(out);
        }
    }

    /**
     * Trains on {@code documents}.
     *
     * @param epochs passes over the data
     * @param bits the model has 2^bits feature buckets
     * @param afterEpoch called after each pass with the model averaged so far and the epoch number (progress, or
     *     scoring held-out documents to choose the number of epochs)
     */
    public Trained train(
            final List<ConllDocument> documents,
            final int epochs,
            final int bits,
            final long seed,
            final ObjIntConsumer<Trained> afterEpoch) {
        final List<Example> examples = new ArrayList<>();
        for (final ConllDocument d : documents) {
            examples.addAll(prepare(d));
        }
        final PerceptronModel model = new PerceptronModel(bits);
        final PerceptronModel.Training training = new PerceptronModel.Training(model);
        final Random random = new Random(seed);
        final float[] scores = new float[NerLabels.COUNT];
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(examples, random);
            for (final Example e : examples) {
                int previous = NerLabels.O;
                int beforePrevious = NerLabels.O;
                for (int i = 0; i < e.gold.length; i++) {
                    final int[] f = e.text.features(i);
                    TokenFeatures.withHistory(f, previous, beforePrevious, e.text.tokens.get(i), e.text.rule[i]);
                    Arrays.fill(scores, 0f);
                    model.score(f, f.length, scores);
                    final int predicted = StackedEntityTagger.best(scores, previous);
                    training.update(f, f.length, e.gold[i], predicted);
                    beforePrevious = previous;
                    previous = predicted;
                }
            }
            if (epoch < epochs) {
                afterEpoch.accept(new Trained(training.averaged()), epoch);
            }
        }
        final Trained trained = new Trained(training.averaged());
        afterEpoch.accept(trained, epochs);
        return trained;
    }

    private record Example(LabelledText text, int[] gold) {}

    private List<Example> prepare(final ConllDocument document) {
        final List<Detokenizer.Text> joined = new ArrayList<>();
        for (final ConllSentence s : document.sentences()) {
            joined.add(s.running());
        }
        final ArticleText article = TaggerEvaluation.article(document, joined);
        final List<String> paragraphs = article.paragraphs();
        final List<List<Token>> tokens = new ArrayList<>(paragraphs.size());
        final List<List<Entity>> ruled = rules.tag(article, tokens);
        final LabelledText[] texts = LabelledText.of(paragraphs, tokens, ruled, features);
        final List<Example> examples = new ArrayList<>(texts.length);
        for (int p = 0; p < texts.length; p++) {
            examples.add(new Example(
                    texts[p],
                    gold(
                            texts[p].tokens,
                            joined.get(p),
                            document.sentences().get(p).tags())));
        }
        return examples;
    }

    /** The gold label of each of our tokens: that of the gold token it starts in, B- where a gold entity starts. */
    static int[] gold(final List<Token> tokens, final Detokenizer.Text text, final List<String> tags) {
        final int[] labels = new int[tokens.size()];
        int g = 0;
        int lastEntityStart = -1;
        for (int i = 0; i < tokens.size(); i++) {
            final Token t = tokens.get(i);
            while (g + 1 < tags.size() && text.ends()[g] <= t.start) {
                g++;
            }
            final String tag = tags.get(g);
            if (t.start < text.starts()[g] || tag.equals("O")) {
                continue;
            }
            final int type = NerLabels.typeOfConll(tag.substring(2));
            if (type < 0) {
                continue;
            }
            int entityStart = g;
            while (entityStart > 0
                    && tags.get(entityStart).startsWith("I-")
                    && tags.get(entityStart - 1)
                            .substring(Math.min(2, tags.get(entityStart - 1).length()))
                            .equals(tag.substring(2))) {
                entityStart--;
            }
            final boolean begins = entityStart != lastEntityStart || i == 0 || labels[i - 1] == NerLabels.O;
            labels[i] = begins ? NerLabels.begin(type) : NerLabels.inside(type);
            lastEntityStart = entityStart;
        }
        return labels;
    }
}
