package io.newsflow.tagger.eval;

import io.newsflow.tagger.Entity;
import io.newsflow.tagger.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Document-level precision, recall and F1: which PERSON, ORGANIZATION and LOCATION entities an article mentions, each
 * written {@code TYPE canonical name} ("PERSON Mark Rutte"), compared as sets per article. This is what a reader of
 * the article's entity list sees: a name found once counts as much as a name found ten times, and a wrong canonical
 * name is both a miss and a false alarm. Counts and error lines accumulate over {@link #add} calls.
 */
public final class DocumentScores {

    private int gold;
    private int found;
    private int correct;
    private final List<String> errors = new ArrayList<>();

    /**
     * Reads gold entity lists: {@code article<TAB>TYPE<TAB>canonical name} per line, {@code #} comments and blank lines
     * skipped; articles keep the order of their first line.
     */
    public static Map<String, Set<String>> readGold(final BufferedReader reader, final String source)
            throws IOException {
        final Map<String, Set<String>> gold = new LinkedHashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            final String[] f = line.split("\t");
            if (f.length != 3 || !isScoredType(f[1])) {
                throw new IOException(source + ":" + number + ": expected article<TAB>PERSON|ORGANIZATION|LOCATION"
                        + "<TAB>name, got: " + line);
            }
            gold.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).add(f[1] + " " + f[2].strip());
        }
        return gold;
    }

    /** The scored names among an article's entities ({@code TYPE canonical}). */
    public static Set<String> names(final Collection<? extends Collection<Entity>> paragraphs) {
        final Set<String> names = new LinkedHashSet<>();
        for (final Collection<Entity> paragraph : paragraphs) {
            for (final Entity e : paragraph) {
                if (isScoredType(e.type().name())) {
                    names.add(e.type().name() + " " + e.canonical());
                }
            }
        }
        return names;
    }

    private static boolean isScoredType(final String type) {
        return type.equals(EntityType.PERSON.name())
                || type.equals(EntityType.ORGANIZATION.name())
                || type.equals(EntityType.LOCATION.name());
    }

    /** Adds one article: its gold names and the names the tagger found. */
    public void add(final String article, final Set<String> expected, final Set<String> predicted) {
        gold += expected.size();
        found += predicted.size();
        for (final String p : new TreeSet<>(predicted)) {
            if (expected.contains(p)) {
                correct++;
            } else {
                errors.add(article + ": wrong  " + p);
            }
        }
        for (final String e : new TreeSet<>(expected)) {
            if (!predicted.contains(e)) {
                errors.add(article + ": missed " + e);
            }
        }
    }

    public NerScores.Counts counts() {
        return new NerScores.Counts(gold, found, correct);
    }

    /** One line per wrong or missed name, article by article. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** {@code documents P=… R=… F1=… (gold G, found F, correct C)}. */
    public String summary() {
        final NerScores.Counts c = counts();
        return String.format(
                Locale.ROOT,
                "P=%.3f R=%.3f F1=%.3f (gold %d, found %d, correct %d)",
                c.precision(),
                c.recall(),
                c.f1(),
                c.gold(),
                c.found(),
                c.correct());
    }
}
