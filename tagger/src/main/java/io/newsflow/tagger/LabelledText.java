package io.newsflow.tagger;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One paragraph as the sequence model sees it: its tokens, the rule tagger's decision per token, and the static
 * features built from both. Training and tagging build it the same way, so the model learns from exactly the
 * evidence it will be given.
 */
final class LabelledText {

    final String text;
    final List<Token> tokens;
    /** The rule tagger's label per token ({@link NerLabels}). */
    final int[] rule;

    private final double[] ruleConfidence;
    private final boolean[] quantity;
    private final Set<String> lowerCaseWords;
    private final TokenFeatures extractor;
    private final int[] shapes;
    /** Extracted on first use: most tokens of a paragraph are never scored (see StackedEntityTagger#decode). */
    private final int[][] features;

    private int[] buffer;

    private LabelledText(
            final String text,
            final List<Token> tokens,
            final int[] rule,
            final double[] ruleConfidence,
            final boolean[] quantity,
            final Set<String> lowerCaseWords,
            final TokenFeatures extractor) {
        this.text = text;
        this.tokens = tokens;
        this.rule = rule;
        this.ruleConfidence = ruleConfidence;
        this.quantity = quantity;
        this.lowerCaseWords = lowerCaseWords;
        this.extractor = extractor;
        this.shapes = TokenFeatures.shapes(tokens);
        this.features = new int[tokens.size()][];
    }

    /**
     * The features of token {@code i}: the static ones, then {@link TokenFeatures#HISTORY} slots for the caller to
     * fill ({@link TokenFeatures#withHistory}). Not thread-safe: one thread decodes one paragraph.
     */
    int[] features(final int i) {
        if (features[i] == null) {
            if (buffer == null) {
                buffer = new int[TokenFeatures.BUFFER];
            }
            features[i] = extractor.extract(tokens, i, shapes, rule, ruleConfidence, quantity, lowerCaseWords, buffer);
        }
        return features[i];
    }

    /**
     * Every paragraph of an article, with its tokens as the rule tagger cut them ({@link
     * RuleBasedEntityTagger#tag(ArticleText, List)}) and the rule tagger's entities for each.
     */
    static LabelledText[] of(
            final List<String> paragraphs,
            final List<List<Token>> tokens,
            final List<List<Entity>> ruleEntities,
            final TokenFeatures features) {
        final int n = paragraphs.size();
        if (tokens.size() != n) {
            throw new IllegalArgumentException(n + " paragraphs but tokens for " + tokens.size());
        }
        final Set<String> lowerCaseWords = new HashSet<>();
        for (final List<Token> ts : tokens) {
            for (final Token t : ts) {
                if (t.isWord() && !t.capitalised) {
                    lowerCaseWords.add(t.lower);
                }
            }
        }
        final LabelledText[] result = new LabelledText[n];
        for (int p = 0; p < n; p++) {
            final List<Token> ts = tokens.get(p);
            final int[] rule = new int[ts.size()];
            final double[] confidence = new double[ts.size()];
            final boolean[] quantity = new boolean[ts.size()];
            project(ts, ruleEntities.get(p), rule, confidence, quantity);
            result[p] = new LabelledText(paragraphs.get(p), ts, rule, confidence, quantity, lowerCaseWords, features);
        }
        return result;
    }

    /** The entities' types as BIO labels on the tokens they cover. */
    private static void project(
            final List<Token> tokens,
            final List<Entity> entities,
            final int[] labels,
            final double[] confidence,
            final boolean[] quantity) {
        for (final Entity e : entities) {
            final int type = NerLabels.typeOf(e.type());
            boolean first = true;
            for (int i = 0; i < tokens.size(); i++) {
                final Token t = tokens.get(i);
                if (t.start >= e.start() && t.end <= e.end()) {
                    if (type < 0) {
                        quantity[i] = true;
                    } else {
                        labels[i] = first ? NerLabels.begin(type) : NerLabels.inside(type);
                        confidence[i] = e.confidence();
                    }
                    first = false;
                }
            }
        }
    }
}
