package io.newsflow.tagger.eval;

import io.newsflow.tagger.ArticleText;
import io.newsflow.tagger.Entity;
import io.newsflow.tagger.EntityTagger;
import io.newsflow.tagger.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs an {@link EntityTagger} over annotated documents and turns its entities into BIO tags on the gold tokens, so
 * that {@link NerScores} can compare them. Each document is tagged as one article (its sentences are the paragraphs,
 * no headline), so the tagger sees the same article-level evidence it sees in the pipeline. A predicted entity covers
 * every gold token it overlaps.
 */
public final class TaggerEvaluation {

    private TaggerEvaluation() {}

    /** Predicted tags for each sentence of {@code document}. */
    public static List<List<String>> predict(final EntityTagger tagger, final ConllDocument document) {
        final List<Detokenizer.Text> texts = texts(document);
        final List<List<Entity>> tagged = tag(tagger, document, texts);
        final List<List<String>> result = new ArrayList<>(texts.size());
        for (int p = 0; p < texts.size(); p++) {
            result.add(tags(texts.get(p), tagged.get(p)));
        }
        return result;
    }

    /** The tagger's entities for each sentence of {@code document}, offsets into {@link ConllSentence#running}'s text. */
    public static List<List<Entity>> entities(final EntityTagger tagger, final ConllDocument document) {
        return tag(tagger, document, texts(document));
    }

    private static List<Detokenizer.Text> texts(final ConllDocument document) {
        final List<Detokenizer.Text> texts =
                new ArrayList<>(document.sentences().size());
        for (final ConllSentence s : document.sentences()) {
            texts.add(s.running());
        }
        return texts;
    }

    private static List<List<Entity>> tag(
            final EntityTagger tagger, final ConllDocument document, final List<Detokenizer.Text> texts) {
        return tagger.tag(article(document, texts));
    }

    /** The article a document is tagged as: its headline and headings, and the sentences' texts as paragraphs. */
    public static ArticleText article(final ConllDocument document, final List<Detokenizer.Text> texts) {
        final List<String> paragraphs = new ArrayList<>(texts.size());
        for (final Detokenizer.Text t : texts) {
            paragraphs.add(t.text());
        }
        return new ArticleText(document.headline(), document.headings(), paragraphs);
    }

    /** Adds every sentence of every document to {@code scores}. */
    public static void score(final EntityTagger tagger, final List<ConllDocument> documents, final NerScores scores) {
        for (final ConllDocument d : documents) {
            final List<List<String>> predicted = predict(tagger, d);
            for (int s = 0; s < predicted.size(); s++) {
                scores.add(d.sentences().get(s).tags(), predicted.get(s));
            }
        }
    }

    /** The CoNLL type of an entity type, or null for the types CoNLL does not annotate (MONEY, DATE, ...). */
    public static String conllType(final EntityType type) {
        return switch (type) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION -> "LOC";
            case MISC -> "MISC";
            default -> null;
        };
    }

    private static List<String> tags(final Detokenizer.Text text, final List<Entity> entities) {
        final String[] tags = new String[text.starts().length];
        Arrays.fill(tags, "O");
        for (final Entity e : entities) {
            final String type = conllType(e.type());
            if (type == null) {
                continue;
            }
            boolean first = true;
            for (int t = 0; t < tags.length; t++) {
                if (text.starts()[t] < e.end() && text.ends()[t] > e.start() && tags[t].equals("O")) {
                    tags[t] = (first ? "B-" : "I-") + type;
                    first = false;
                }
            }
        }
        return List.of(tags);
    }
}
