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
}
