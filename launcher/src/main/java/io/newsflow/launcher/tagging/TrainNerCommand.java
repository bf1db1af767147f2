package io.newsflow.launcher.tagging;

import io.newsflow.tagger.EntityTagger;
import io.newsflow.tagger.NerTraining;
import io.newsflow.tagger.eval.ConllDocument;
import io.newsflow.tagger.eval.ConllReader;
import io.newsflow.tagger.eval.ConllSentence;
import io.newsflow.tagger.eval.ConllWriter;
import io.newsflow.tagger.eval.NerScores;
import io.newsflow.tagger.eval.TaggerEvaluation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow train-ner FILE...}: trains the stacked tagger's sequence model on annotated CoNLL files and writes
 * it to {@code --out}. Every {@code --hold-out}-th document is kept out of training and scored after every epoch,
 * so the printed numbers are on text the model has not seen.
 */
@Command(
        name = "train-ner",
        mixinStandardHelpOptions = true,
        description = "Train the entity tagger's sequence model on CoNLL-style files (token<TAB>tag, BIO or IOB tags "
                + "PER/ORG/LOC/MISC, -DOCSTART- between documents) and write it to --out. "
                + "Never pass an evaluation set here.")
public final class TrainNerCommand implements Callable<Integer> {

    private static final Set<String> SCORED = Set.of("PER", "ORG", "LOC");

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Annotated training files.")
    private List<Path> files;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "MODEL",
            description = "Where to write the model (gzip; load it with eval-ner --model).")
    private Path out;

    @Option(names = "--epochs", defaultValue = "8", description = "Passes over the data (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(
            names = "--bits",
            defaultValue = "20",
            description = "The model has 2^bits feature buckets (default: ${DEFAULT-VALUE}).")
    private int bits;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the shuffling (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(
            names = "--hold-out",
            defaultValue = "20",
            paramLabel = "N",
            description = "Keep every N-th document out of training and score it after each epoch; 0 trains on "
                    + "everything (default: ${DEFAULT-VALUE}).")
    private int holdOut;

    @Option(
            names = "--weight",
            paramLabel = "FILE=N",
            description = "Train on the documents of FILE (one of the training files) N times per epoch instead of "
                    + "once, to weigh in-domain data up; its held-out documents are held out once.")
    private Map<Path, Integer> weights = new HashMap<>();

    @Option(
            names = "--held-out-file",
            paramLabel = "FILE",
            description = "Also write the held-out documents there (CoNLL), to score the model on them later.")
    private Path heldOutFile;

    @Override
    public Integer call() throws IOException {
        if (epochs < 1) {
            throw new ParameterException(spec.commandLine(), "--epochs must be at least 1, was " + epochs);
        }
        if (bits < 10 || bits > 24) {
            throw new ParameterException(spec.commandLine(), "--bits must be in [10, 24], was " + bits);
        }
        if (holdOut < 0 || holdOut == 1) {
            throw new ParameterException(spec.commandLine(), "--hold-out must be 0 or at least 2, was " + holdOut);
        }
        final Map<Path, Integer> times = new HashMap<>();
        for (final Map.Entry<Path, Integer> w : weights.entrySet()) {
            if (w.getValue() < 1) {
                throw new ParameterException(spec.commandLine(), "--weight must be at least 1, was " + w.getValue());
            }
            times.put(w.getKey().toAbsolutePath().normalize(), w.getValue());
        }
        final List<ConllDocument> training = new ArrayList<>();
        final List<ConllDocument> heldOut = new ArrayList<>();
        int index = 0;
        for (final Path file : files) {
            if (!Files.isReadable(file)) {
                throw new ParameterException(spec.commandLine(), "cannot read " + file);
            }
            final int repeat = times.getOrDefault(file.toAbsolutePath().normalize(), 1);
            times.remove(file.toAbsolutePath().normalize());
            for (final ConllDocument d : ConllReader.read(file)) {
                index++;
                if (holdOut > 0 && index % holdOut == 0) {
                    heldOut.add(d);
                } else {
                    training.addAll(Collections.nCopies(repeat, d));
                }
            }
        }
        if (!times.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--weight names no training file: " + times.keySet());
        }
        if (heldOutFile != null) {
            writeConll(heldOut, heldOutFile);
        }
        final PrintStream console = System.out;
        console.printf(
                Locale.ROOT,
                "training on %d documents (%d tokens), holding out %d (%d tokens)%n",
                training.size(),
                tokens(training),
                heldOut.size(),
                tokens(heldOut));
        final long started = System.nanoTime();
        final NerTraining.Trained trained = NerTraining.withDefaultLexicon()
                .train(training, epochs, bits, seed, (model, epoch) -> {
                    final String score = heldOut.isEmpty() ? "" : " held-out " + score(model.tagger(), heldOut);
                    console.printf(
                            Locale.ROOT, "epoch %d (%.0f s)%s%n", epoch, (System.nanoTime() - started) / 1e9, score);
                });
        final Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        final Path temporary = Files.createTempFile(parent, out.getFileName().toString(), ".tmp");
        try (OutputStream stream = Files.newOutputStream(temporary)) {
            trained.write(stream);
        }
        Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        console.printf(Locale.ROOT, "wrote %s (%,d bytes)%n", out, Files.size(out));
        return 0;
    }

    private static void writeConll(final List<ConllDocument> documents, final Path file) throws IOException {
        Files.writeString(file, ConllWriter.write(documents), StandardCharsets.UTF_8);
    }

    private static String score(final EntityTagger tagger, final List<ConllDocument> documents) {
        final NerScores scores = new NerScores(SCORED);
        TaggerEvaluation.score(tagger, documents, scores);
        final NerScores.Counts c = scores.overall();
        return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f", c.precision(), c.recall(), c.f1());
    }

    private static long tokens(final List<ConllDocument> documents) {
        long n = 0;
        for (final ConllDocument d : documents) {
            for (final ConllSentence s : d.sentences()) {
                n += s.tokens().size();
            }
        }
        return n;
    }
}
