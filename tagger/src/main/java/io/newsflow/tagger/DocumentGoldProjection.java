package io.newsflow.tagger;

import io.newsflow.tagger.eval.ConllDocument;
import io.newsflow.tagger.eval.ConllSentence;
import io.newsflow.tagger.eval.TaggerEvaluation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns document-level gold (which names an article mentions, with every surface form it uses) into mention-level
 * training data: every occurrence of every surface form in the article's paragraphs becomes a labelled mention, on
 * the tokens the tagger itself cuts ({@link Tokenizer}), so the training text is what the tagger reads at run time.
 *
 * <p>Input: a directory with {@code articles/<slug>.txt} (first non-blank line the headline, Markdown heading lines
 * headings, other non-blank lines paragraphs, read as {@link ArticleText#parse} reads them) and {@code gold.tsv}
 * ({@code slug<TAB>TYPE[/TYPE…]<TAB>form|form|…[<TAB>1]}, {@code #} lines comments; {@code 1}: an optional name, see
 * below). Matching: longest form first over all the article's names, case-sensitive, on
 * token boundaries (a form must start where a token starts and end where one ends: "Dublin" in "Dublin-based", not in
 * "Dubliners"), and also where the text writes the form in capitals ("DUBLIN" in a dateline). A name with two types
 * ("ORGANIZATION/LOCATION": the gold accepts either) takes, per mention, the type the rule tagger gives that exact
 * span when it is one of them, else the first listed: either is right, so the data should not teach the model to
 * change an acceptable decision of the rules. For the same reason an optional name (one the gold neither credits nor
 * penalises: a dateline's agency, reporters in a credit line, events) is labelled where the rules tag that span with
 * a type the gold lists, and left unlabelled where they do not: labelled throughout, the agency of every dateline
 * taught the model to add the credit the tagger leaves out by design ("(Reuters)"). Headlines and headings are kept as context ({@code # headline = …}),
 * never labelled, as the tagger never tags them.
 */
public final class DocumentGoldProjection {

    /** One gold line: the CoNLL types it accepts (first listed first) and its surface forms. */
    record GoldName(List<String> types, List<String> forms, boolean optional) {

        GoldName {
            if (types.isEmpty() || forms.isEmpty()) {
                throw new IllegalArgumentException("a gold name needs a type and a form");
            }
            types = List.copyOf(types);
            forms = List.copyOf(forms);
        }
    }

    private final RuleBasedEntityTagger rules;
    /** The forms of gold names that occur nowhere in their article's paragraphs as matched here. */
    private final List<String> unmatched = new ArrayList<>();

    private DocumentGoldProjection(final RuleBasedEntityTagger rules) {
        this.rules = rules;
    }

    /** With the rules and lists shipped in this module. */
    public static DocumentGoldProjection withDefaultRules() {
        return new DocumentGoldProjection(RuleBasedEntityTagger.loadDefault());
    }

    /** Every article of {@code directory} with gold lines, in the order of {@code gold.tsv}. */
    public List<ConllDocument> read(final Path directory) throws IOException {
        final Map<String, List<GoldName>> gold = readGold(directory.resolve("gold.tsv"));
        final List<ConllDocument> documents = new ArrayList<>();
        for (final Map.Entry<String, List<GoldName>> e : gold.entrySet()) {
            final Path file = directory.resolve("articles").resolve(e.getKey() + ".txt");
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException("gold.tsv names " + e.getKey() + " but " + file + " is missing");
            }
            documents.add(project(e.getKey(), Files.readString(file, StandardCharsets.UTF_8), e.getValue()));
        }
        return documents;
    }

    /** "slug: form" for each surface form not found in its article by the last {@link #read} calls. */
    public List<String> unmatched() {
        return List.copyOf(unmatched);
    }

    static Map<String, List<GoldName>> readGold(final Path file) throws IOException {
        final Map<String, List<GoldName>> gold = new LinkedHashMap<>();
        final List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            final String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            final String[] f = line.split("\t");
            if (f.length < 3) {
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": expected slug, type and forms: " + line);
            }
            final List<String> types = new ArrayList<>();
            for (final String t : f[1].split("/")) {
                types.add(conllType(t.strip(), file, n + 1));
            }
            final List<String> forms = new ArrayList<>();
            for (final String form : f[2].split("\\|")) {
                if (!form.isBlank()) {
                    forms.add(form.strip());
                }
            }
            final boolean optional = f.length > 3 && f[3].strip().equals("1");
            gold.computeIfAbsent(f[0].strip(), k -> new ArrayList<>()).add(new GoldName(types, forms, optional));
        }
        return gold;
    }

    private static String conllType(final String type, final Path file, final int line) {
        return switch (type.toUpperCase(Locale.ROOT)) {
            case "PERSON" -> "PER";
            case "ORGANIZATION" -> "ORG";
            case "LOCATION" -> "LOC";
            case "MISC" -> "MISC";
            default -> throw new IllegalArgumentException(file + ":" + line + ": unknown type " + type);
        };
    }

    /** One article as a CoNLL document: its paragraphs as sentences, every mention of a gold name labelled. */
    ConllDocument project(final String slug, final String text, final List<GoldName> names) {
        final ArticleText article = ArticleText.parse(text);
        final List<List<Entity>> ruled = rules.tag(article);
        final List<ConllSentence> sentences = new ArrayList<>();
        final boolean[] found =
                new boolean[names.stream().mapToInt(g -> g.forms().size()).sum()];
        for (int p = 0; p < article.paragraphs().size(); p++) {
            final String paragraph = article.paragraphs().get(p);
            final List<Token> tokens = Tokenizer.tokenize(paragraph);
            final String[] tags = new String[tokens.size()];
            Arrays.fill(tags, "O");
            for (final Match m : matches(paragraph, tokens, names, found)) {
                final String type = typeOf(m, ruled.get(p));
                if (type == null) {
                    continue;
                }
                boolean first = true;
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i).start >= m.start && tokens.get(i).end <= m.end) {
                        tags[i] = (first ? "B-" : "I-") + type;
                        first = false;
                    }
                }
            }
            final List<String> words = new ArrayList<>(tokens.size());
            for (final Token t : tokens) {
                words.add(t.text);
            }
            sentences.add(new ConllSentence(words, List.of(tags), paragraph));
        }
        int k = 0;
        for (final GoldName g : names) {
            for (final String form : g.forms()) {
                if (!found[k++]) {
                    unmatched.add(slug + ": " + form);
                }
            }
        }
        return new ConllDocument(sentences, article.headline(), article.headings());
    }

    private record Match(int start, int end, GoldName name) {}

    /**
     * The mentions of {@code names} in one paragraph: every occurrence of a form on token boundaries, longest first,
     * none overlapping one already taken; {@code found} is set for each form (numbered over all names) that occurs.
     */
    private static List<Match> matches(
            final String paragraph, final List<Token> tokens, final List<GoldName> names, final boolean[] found) {
        final boolean[] starts = new boolean[paragraph.length() + 1];
        final boolean[] ends = new boolean[paragraph.length() + 1];
        for (final Token t : tokens) {
            starts[t.start] = true;
            ends[t.end] = true;
        }
        final List<Match> candidates = new ArrayList<>();
        int k = 0;
        for (final GoldName g : names) {
            for (final String form : g.forms()) {
                final int before = candidates.size();
                addOccurrences(paragraph, form, g, starts, ends, candidates);
                final String upper = form.toUpperCase(Locale.ROOT);
                if (!upper.equals(form)) {
                    addOccurrences(paragraph, upper, g, starts, ends, candidates);
                }
                found[k++] |= candidates.size() > before;
            }
        }
        candidates.sort(Comparator.comparingInt((Match m) -> m.start - m.end).thenComparingInt(Match::start));
        final List<Match> taken = new ArrayList<>();
        for (final Match m : candidates) {
            if (taken.stream().noneMatch(t -> t.start < m.end && m.start < t.end)) {
                taken.add(m);
            }
        }
        return taken;
    }

    private static void addOccurrences(
            final String paragraph,
            final String form,
            final GoldName name,
            final boolean[] starts,
            final boolean[] ends,
            final List<Match> into) {
        for (int at = paragraph.indexOf(form); at >= 0; at = paragraph.indexOf(form, at + 1)) {
            final int end = at + form.length();
            if (starts[at] && ends[end]) {
                into.add(new Match(at, end, name));
            }
        }
    }

    /**
     * The rules' type for exactly this span when the gold accepts it, else the gold's first type; for an optional name
     * the rules' type or none (null: the tokens stay O).
     */
    private static String typeOf(final Match m, final List<Entity> ruled) {
        if (m.name.types().size() > 1 || m.name.optional()) {
            for (final Entity e : ruled) {
                final String type = TaggerEvaluation.conllType(e.type());
                if (e.start() == m.start
                        && e.end() == m.end
                        && type != null
                        && m.name.types().contains(type)) {
                    return type;
                }
            }
        }
        return m.name.optional() ? null : m.name.types().get(0);
    }

    /** The articles of {@code directory}'s {@code articles/} folder, for checking that every one has gold lines. */
    public static List<String> articleSlugs(final Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory.resolve("articles"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .sorted()
                    .toList();
        }
    }
}
