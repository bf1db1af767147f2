package io.newsflow.tagger.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level precision, recall and F1 with conlleval's semantics: a chunk is correct only when its start, end and
 * type all match a gold chunk; chunks are read from BIO (IOB2) or IOB1 tags the way conlleval reads them (an {@code I-}
 * after {@code O} or after another type starts a chunk). Counts accumulate over {@link #add} calls; the overall line
 * counts only the chunks of the scored types, so an entity predicted as MISC is a miss, not a false alarm, when MISC is
 * not scored.
 */
public final class NerScores {

    /** Gold, found and correct chunks of one type. */
    public record Counts(int gold, int found, int correct) {

        public double precision() {
            return found == 0 ? 0 : (double) correct / found;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            final double p = precision();
            final double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(final Counts o) {
            return new Counts(gold + o.gold, found + o.found, correct + o.correct);
        }
    }

    private final Set<String> scoredTypes;
    private final Map<String, Counts> byType = new TreeMap<>();
    private int tokens;

    /** @param scoredTypes the types the overall score counts, e.g. {@code PER, ORG, LOC} */
    public NerScores(final Set<String> scoredTypes) {
        if (scoredTypes == null || scoredTypes.isEmpty()) {
            throw new IllegalArgumentException("scoredTypes must not be empty");
        }
        this.scoredTypes = Set.copyOf(scoredTypes);
    }

    /** Adds one sentence: gold and predicted tags, one per token. */
    public void add(final List<String> goldTags, final List<String> predictedTags) {
        if (goldTags.size() != predictedTags.size()) {
            throw new IllegalArgumentException(
                    "gold has " + goldTags.size() + " tags, prediction " + predictedTags.size());
        }
        tokens += goldTags.size();
        final List<Chunk> gold = chunks(goldTags);
        final List<Chunk> predicted = chunks(predictedTags);
        final Set<Chunk> goldSet = new HashSet<>(gold);
        for (final Chunk c : gold) {
            count(c.type(), new Counts(1, 0, 0));
        }
        for (final Chunk c : predicted) {
            count(c.type(), new Counts(0, 1, goldSet.contains(c) ? 1 : 0));
        }
    }

    /** Chunks of a tag sequence, conlleval style. */
    public static List<Chunk> chunks(final List<String> tags) {
        final List<Chunk> chunks = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            final String tag = i < tags.size() ? tags.get(i) : "O";
            final String prefix = tag.equals("O") ? "O" : tag.substring(0, 1);
            final String tagType = tag.equals("O") ? null : tag.substring(2);
            final boolean continues = prefix.equals("I") && tagType.equals(type);
            if (type != null && !continues) {
                chunks.add(new Chunk(start, i, type));
                type = null;
            }
            if (tagType != null && !continues) {
                start = i;
                type = tagType;
            }
        }
        return chunks;
    }

    public Map<String, Counts> byType() {
        return Map.copyOf(byType);
    }

    public Counts overall() {
        Counts total = new Counts(0, 0, 0);
        for (final Map.Entry<String, Counts> e : byType.entrySet()) {
            if (scoredTypes.contains(e.getKey())) {
                total = total.plus(e.getValue());
            }
        }
        return total;
    }

    /**
     * The conlleval-style report: a summary line, one line per type, and last {@code overall P=0.xxx R=0.xxx
     * F1=0.xxx} over the scored types.
     */
    public String report() {
        final StringBuilder sb = new StringBuilder();
        final Counts all = overall();
        sb.append(String.format(
                Locale.ROOT,
                "processed %d tokens with %d phrases; found: %d phrases; correct: %d" + " (scored types: %s)%n",
                tokens,
                all.gold(),
                all.found(),
                all.correct(),
                String.join(",", sorted(scoredTypes))));
        for (final Map.Entry<String, Counts> e : byType.entrySet()) {
            final Counts c = e.getValue();
            sb.append(String.format(
                    Locale.ROOT,
                    "%6s P=%.3f R=%.3f F1=%.3f  gold=%d found=%d correct=%d%s%n",
                    e.getKey(),
                    c.precision(),
                    c.recall(),
                    c.f1(),
                    c.gold(),
                    c.found(),
                    c.correct(),
                    scoredTypes.contains(e.getKey()) ? "" : "  (not scored)"));
        }
        sb.append(String.format(Locale.ROOT, "overall P=%.3f R=%.3f F1=%.3f", all.precision(), all.recall(), all.f1()));
        return sb.toString();
    }

    private static List<String> sorted(final Set<String> types) {
        return types.stream().sorted().toList();
    }

    private void count(final String type, final Counts delta) {
        byType.merge(type, delta, Counts::plus);
    }
}
