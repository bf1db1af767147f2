package io.newsflow.launcher.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TaggingCommandsTest {

    @TempDir
    Path dir;

    @Test
    void tagShouldPrintOneJsonLinePerEntityWithOffsetsIntoTheInput() throws IOException {
        final String text = "Harbour Talks\n\nForeign Minister Elena Bautista met officials in Manila on Monday.\n";
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TagCommand.tag(
                io.newsflow.launcher.Taggers.builtIn(),
                "in.txt",
                text,
                false,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        final List<String> lines =
                bytes.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .contains(
                                "\"text\":\"Elena Bautista\"",
                                "\"type\":\"PERSON\"",
                                "\"line\":3",
                                "\"start\":" + text.indexOf("Elena"),
                                "\"end\":" + text.indexOf(" met")));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"text\":\"Manila\"", "\"type\":\"LOCATION\""));
        assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("{\"source\":\"in.txt\""));
    }

    @Test
    void tagShouldReadAnArticleLikeThePipelineWhenAsked() throws IOException {
        final String text = "Elena Bautista Flies To Manila\n\n"
                + "MANILA (Newsflow) - Foreign Minister Elena Bautista met officials on Monday.\n"
                + "## Reaction In Cebu\n"
                + "Mayor Ramon Dizon said the talks went well.\n";
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TagCommand.tag(
                io.newsflow.launcher.Taggers.builtIn(),
                "in.txt",
                text,
                true,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        final List<String> lines =
                bytes.toString(StandardCharsets.UTF_8).lines().toList();

        // the headline and the heading are context: nothing on their lines is tagged, the paragraphs keep their lines
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains("\"line\":1,"));
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains("\"line\":4,"));
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .contains(
                                "\"text\":\"Elena Bautista\"",
                                "\"line\":3",
                                "\"start\":" + text.indexOf("Elena Bautista met")));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"text\":\"Ramon Dizon\"", "\"line\":5"));
    }

    @Test
    void evalNerShouldEndWithTheOverallLine() throws IOException {
        final Path conll = dir.resolve("gold.conll");
        Files.writeString(
                conll,
                String.join(
                        "\n",
                        "-DOCSTART-\tO",
                        "",
                        "Elena\tB-PER",
                        "Bautista\tI-PER",
                        "met\tO",
                        "officials\tO",
                        "in\tO",
                        "Manila\tB-LOC",
                        ".\tO",
                        ""),
                StandardCharsets.UTF_8);
        final StringWriter out = new StringWriter();
        final PrintStream saved = System.out;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final int exit;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new EvalNerCommand())
                    .setOut(new PrintWriter(out))
                    .execute(conll.toString());
        } finally {
            System.setOut(saved);
        }
        final List<String> lines =
                bytes.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(exit).isZero();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("overall P=1.000 R=1.000 F1=1.000");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("   PER P=1.000 R=1.000 F1=1.000  gold=1"));
    }

    @Test
    void evalNerShouldRejectAMissingFileWithAMessage() {
        final StringWriter err = new StringWriter();
        final int exit = new CommandLine(new EvalNerCommand())
                .setErr(new PrintWriter(err))
                .execute(dir.resolve("nope.conll").toString());
        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("cannot read").doesNotContain("Exception");
    }

    @Test
    void evalDocsShouldScoreEachArticlesNamesAndEndWithTheDocumentsLine() throws IOException {
        Files.writeString(
                dir.resolve("talks.txt"),
                "Harbour talks\n\nForeign Minister Elena Bautista met officials " + "in Manila on Monday.\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("entities.tsv"),
                "talks\tPERSON\tElena Bautista\ntalks\tLOCATION\tManila\n" + "talks\tLOCATION\tLuzon\n",
                StandardCharsets.UTF_8);
        final PrintStream saved = System.out;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final int exit;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new EvalDocsCommand()).execute("--show-errors", dir.toString());
        } finally {
            System.setOut(saved);
        }
        final List<String> lines =
                bytes.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(exit).isZero();
        assertThat(lines).contains("  talks: missed LOCATION Luzon");
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("documents P=1.000 R=0.667 F1=0.800 (gold 3, found 2, correct 2)");
    }

    /** Runs a command with standard output captured: its exit code, then its output lines. */
    private static List<String> run(final Object command, final String... args) {
        final PrintStream saved = System.out;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final int exit;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            exit = new CommandLine(command)
                    .setErr(new PrintWriter(new StringWriter()))
                    .execute(args);
        } finally {
            System.setOut(saved);
        }
        final List<String> lines = new java.util.ArrayList<>();
        lines.add("exit " + exit);
        lines.addAll(bytes.toString(StandardCharsets.UTF_8).lines().toList());
        return lines;
    }

    @Test
    void newsToConllAndTrainNerShouldTurnDocumentGoldIntoAModelWeighedUp() throws IOException {
        final Path set = dir.resolve("set");
        Files.createDirectories(set.resolve("articles"));
        Files.writeString(
                set.resolve("articles/talks.txt"),
                "Harbour talks\n\nMANILA (Newsflow) - Foreign Minister Elena Bautista met Quorvane officials on "
                        + "Monday.\n\nQuorvane said it would invest.\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                set.resolve("gold.tsv"),
                "talks\tPERSON\tElena Bautista\ntalks\tLOCATION\tManila\ntalks\tORGANIZATION\tQuorvane\n",
                StandardCharsets.UTF_8);
        final Path conll = dir.resolve("news.conll");

        assertThat(run(new NewsToConllCommand(), "--out", conll.toString(), set.toString()))
                .startsWith("exit 0");
        final String written = Files.readString(conll, StandardCharsets.UTF_8);
        assertThat(written)
                .contains("# headline = Harbour talks\n# text = MANILA (Newsflow) - Foreign Minister")
                .contains("MANILA\tB-LOC\n", "Elena\tB-PER\nBautista\tI-PER\n", "Quorvane\tB-ORG\nsaid\tO\n");

        final Path model = dir.resolve("m.bin.gz");
        final List<String> trained = run(
                new TrainNerCommand(),
                "--out",
                model.toString(),
                "--epochs",
                "1",
                "--bits",
                "12",
                "--hold-out",
                "0",
                "--weight",
                conll + "=3",
                conll.toString());
        assertThat(trained).startsWith("exit 0");
        // the one document, trained on three times per epoch
        assertThat(trained).anySatisfy(l -> assertThat(l).startsWith("training on 3 documents ("));
        assertThat(model).isNotEmptyFile();

        assertThat(run(new TrainNerCommand(), "--out", model.toString(), "--weight", "other.conll=2", conll.toString()))
                .startsWith("exit 2");
    }

    @Test
    void tagShouldTakeTheScoringCommandsChoiceOfTagger() throws IOException {
        final Path article = dir.resolve("a.txt");
        Files.writeString(
                article, "Foreign Minister Elena Bautista met officials in Manila.\n", StandardCharsets.UTF_8);

        assertThat(run(new TagCommand(), "--rules-only", article.toString()))
                .startsWith("exit 0")
                .anySatisfy(l -> assertThat(l).contains("\"text\":\"Elena Bautista\""));
        assertThat(run(new TagCommand(), "--model", dir.resolve("none.bin.gz").toString(), article.toString()))
                .startsWith("exit 2");
    }
}
