package io.newsflow.launcher.tagging;

import io.newsflow.tagger.ArticleText;
import io.newsflow.tagger.EntityTagger;
import io.newsflow.tagger.eval.DocumentScores;
import io.newsflow.tagger.eval.NewsArticles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow eval-docs DIR...}: tags plain-text articles and scores, per article, the set of PERSON, ORGANIZATION
 * and LOCATION canonical names against a gold list ({@link NewsArticles}); the last line is
 * {@code documents P=… R=… F1=…} over all directories.
 */
@Command(
        name = "eval-docs",
        mixinStandardHelpOptions = true,
        description = "Score the built-in entity tagger at document level: which people, organisations and places "
                + "each article mentions, by canonical name. Each DIR holds NAME.txt articles (first line the "
                + "headline, '## ' lines headings, other lines paragraphs) and entities.tsv "
                + "(article<TAB>PERSON|ORGANIZATION|LOCATION<TAB>canonical name).")
public final class EvalDocsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Directories of articles with entities.tsv.")
    private List<Path> directories;

    @Mixin
    private TaggerChoice choice;

    @Option(names = "--show-errors", description = "Also print every missed and every wrong name.")
    private boolean showErrors;

    @Override
    public Integer call() throws IOException {
        for (final Path d : directories) {
            if (!Files.isReadable(d.resolve("entities.tsv"))) {
                throw new ParameterException(spec.commandLine(), "cannot read " + d.resolve("entities.tsv"));
            }
        }
        final EntityTagger tagger = choice.tagger(spec);
        final PrintStream out = System.out;
        final DocumentScores total = new DocumentScores();
        for (final Path d : directories) {
            final NewsArticles set;
            try {
                set = NewsArticles.read(d);
            } catch (final IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), d + ": " + e.getMessage());
            }
            final DocumentScores scores = new DocumentScores();
            for (final Map.Entry<String, ArticleText> a : set.articles().entrySet()) {
                final var names = DocumentScores.names(tagger.tag(a.getValue()));
                scores.add(a.getKey(), set.gold().get(a.getKey()), names);
                total.add(a.getKey(), set.gold().get(a.getKey()), names);
            }
            if (showErrors) {
                scores.errors().forEach(e -> out.println("  " + e));
            }
            if (directories.size() > 1) {
                out.println(d + ": " + set.articles().size() + " articles; " + scores.summary());
            }
        }
        out.println("documents " + total.summary());
        return 0;
    }
}
