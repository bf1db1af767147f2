package io.newsflow.launcher.tagging;

import io.newsflow.launcher.Taggers;
import io.newsflow.tagger.EntityTagger;
import io.newsflow.tagger.RuleBasedEntityTagger;
import io.newsflow.tagger.StackedEntityTagger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The scoring commands' choice of tagger (a picocli mixin): the shipped one, the rules alone ({@code --rules-only}),
 * or the rules with another sequence model ({@code --model FILE}).
 */
final class TaggerChoice {

    @Option(
            names = "--model",
            paramLabel = "MODEL",
            description = "Score this sequence model (from train-ner) instead of the shipped one.")
    private Path model;

    @Option(names = "--rules-only", description = "Score the rule tagger alone, without the sequence model.")
    private boolean rulesOnly;

    /** The chosen tagger; a clear parameter error when the options conflict or the model cannot be read. */
    EntityTagger tagger(final CommandSpec spec) throws IOException {
        if (model != null && rulesOnly) {
            throw new ParameterException(spec.commandLine(), "--model and --rules-only exclude each other");
        }
        if (model != null && !Files.isReadable(model)) {
            throw new ParameterException(spec.commandLine(), "cannot read the model " + model);
        }
        return model != null
                ? StackedEntityTagger.load(model)
                : rulesOnly ? RuleBasedEntityTagger.loadDefault() : Taggers.builtIn();
    }
}
