package io.newsflow.launcher.tagging;

import io.newsflow.tagger.EntityTagger;
import io.newsflow.tagger.eval.Chunk;
import io.newsflow.tagger.eval.ConllDocument;
import io.newsflow.tagger.eval.ConllReader;
import io.newsflow.tagger.eval.ConllSentence;
import io.newsflow.tagger.eval.NerScores;
import io.newsflow.tagger.eval.TaggerEvaluation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow eval-ner FILE...}: tags annotated CoNLL files with the built-in tagger and prints conlleval-style
 * precision, recall and F1 per type; the last line is {@code overall P=… R=… F1=…} over the scored types.
 */
@Command(
        name = "eval-ner",
        mixinStandardHelpOptions = true,
        description = "Score the built-in entity tagger on CoNLL-style files (token<TAB>tag, blank line between "
                + "sentences, BIO or IOB tags PER/ORG/LOC/MISC; -DOCSTART- or '# newdoc' starts a document). "
                + "Exact span and type, conlleval semantics.")
public final class EvalNerCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Annotated files.")
    private List<Path> files;

    @Option(
            names = "--types",
            split = ",",
            defaultValue = "PER,ORG,LOC",
            description = "Types the overall line counts (default: ${DEFAULT-VALUE}); e.g. PER,ORG,LOC,MISC.")
    private List<String> types;

    @Mixin
    private TaggerChoice choice;

    @Option(names = "--show-errors", description = "Also print every missed and every wrong entity, with its sentence.")
    private boolean showErrors;

    @Override
    public Integer call() throws IOException {
        for (final Path file : files) {
            if (!Files.isReadable(file)) {
                throw new ParameterException(spec.commandLine(), "cannot read " + file);
            }
        }
        final EntityTagger tagger = choice.tagger(spec);
        final Set<String> scored = new LinkedHashSet<>();
        for (final String t : types) {
            scored.add(t.strip().toUpperCase(Locale.ROOT));
        }
        final NerScores total = new NerScores(scored);
        final PrintStream out = System.out;
        for (final Path file : files) {
            final List<ConllDocument> documents = ConllReader.read(file);
            final NerScores scores = new NerScores(scored);
            for (final ConllDocument d : documents) {
                final List<List<String>> predicted = TaggerEvaluation.predict(tagger, d);
                for (int s = 0; s < predicted.size(); s++) {
                    final ConllSentence sentence = d.sentences().get(s);
                    scores.add(sentence.tags(), predicted.get(s));
                    total.add(sentence.tags(), predicted.get(s));
                    if (showErrors) {
                        printErrors(out, sentence, predicted.get(s), scored);
                    }
                }
            }
            if (files.size() > 1) {
                final NerScores.Counts c = scores.overall();
                out.printf(
                        Locale.ROOT,
                        "%s: %d documents; P=%.3f R=%.3f F1=%.3f%n",
                        file,
                        documents.size(),
                        c.precision(),
                        c.recall(),
                        c.f1());
            }
        }
        out.println(total.report());
        return 0;
    }

    private static void printErrors(
            final PrintStream out,
            final ConllSentence sentence,
            final List<String> predicted,
            final Set<String> scored) {
        final List<Chunk> gold = NerScores.chunks(sentence.tags());
        final List<Chunk> found = NerScores.chunks(predicted);
        final Set<Chunk> goldSet = new HashSet<>(gold);
        final Set<Chunk> foundSet = new HashSet<>(found);
        final List<String> lines = new ArrayList<>();
        for (final Chunk c : gold) {
            if (scored.contains(c.type()) && !foundSet.contains(c)) {
                lines.add("  missed " + c.type() + " " + text(sentence, c));
            }
        }
        for (final Chunk c : found) {
            if (scored.contains(c.type()) && !goldSet.contains(c)) {
                lines.add("  wrong  " + c.type() + " " + text(sentence, c));
            }
        }
        if (!lines.isEmpty()) {
            out.println("# " + String.join(" ", sentence.tokens()));
            lines.forEach(out::println);
        }
    }

    private static String text(final ConllSentence sentence, final Chunk c) {
        return String.join(" ", sentence.tokens().subList(c.start(), c.end()));
    }
}
