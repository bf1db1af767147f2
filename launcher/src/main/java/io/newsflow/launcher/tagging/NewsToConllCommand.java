package io.newsflow.launcher.tagging;

import io.newsflow.tagger.DocumentGoldProjection;
import io.newsflow.tagger.eval.ConllDocument;
import io.newsflow.tagger.eval.ConllWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow news-to-conll DIR...}: turns sets of articles with document-level gold ({@code articles/*.txt},
 * {@code gold.tsv}) into mention-level CoNLL for {@code train-ner} and {@code eval-ner}, every occurrence of every
 * surface form labelled on the tagger's own tokens ({@link DocumentGoldProjection}). Forms found in no paragraph and
 * articles without gold lines are reported on standard error.
 */
@Command(
        name = "news-to-conll",
        mixinStandardHelpOptions = true,
        description = "Convert articles with document-level gold (DIR/articles/*.txt, DIR/gold.tsv) to CoNLL with "
                + "every mention labelled, tokenised as the tagger tokenises.")
public final class NewsToConllCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Directories holding articles/ and gold.tsv.")
    private List<Path> directories;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the CoNLL file.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        for (final Path d : directories) {
            if (!Files.isReadable(d.resolve("gold.tsv")) || !Files.isDirectory(d.resolve("articles"))) {
                throw new ParameterException(spec.commandLine(), d + " has no gold.tsv or no articles/ folder");
            }
        }
        final DocumentGoldProjection projection = DocumentGoldProjection.withDefaultRules();
        final List<ConllDocument> documents = new ArrayList<>();
        final PrintStream err = System.err;
        for (final Path d : directories) {
            final List<ConllDocument> read = projection.read(d);
            documents.addAll(read);
            final List<String> slugs = DocumentGoldProjection.articleSlugs(d);
            if (slugs.size() != read.size()) {
                err.printf("%s: %d articles, %d with gold lines%n", d, slugs.size(), read.size());
            }
        }
        for (final String form : projection.unmatched()) {
            err.println("not found in the paragraphs (headline only?): " + form);
        }
        Files.writeString(out, ConllWriter.write(documents), StandardCharsets.UTF_8);
        System.out.printf("wrote %s: %d documents%n", out, documents.size());
        return 0;
    }
}
