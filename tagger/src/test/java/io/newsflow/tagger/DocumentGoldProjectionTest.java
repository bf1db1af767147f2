package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.tagger.eval.ConllDocument;
import io.newsflow.tagger.eval.ConllReader;
import io.newsflow.tagger.eval.ConllSentence;
import io.newsflow.tagger.eval.ConllWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentGoldProjectionTest {

    private static DocumentGoldProjection projection;

    @BeforeAll
    static void load() {
        projection = DocumentGoldProjection.withDefaultRules();
    }

    private static final String ARTICLE = """
            Kelvor Mining buys Dunmore stake

            DUNMORE, Norway, Nov 30 (Nordic Wire) - Kelvor Mining said on Monday it would buy a stake in the \
            Dunmore-based smelter of Arnfjord Metals, Kelvor's chief executive Ingrid Solheim said.

            # Reaction

            "We like Dunmore," Solheim told reporters. Kelvorsen, a rival, declined to comment. Norway's \
            government welcomed the deal. Sweden beat Denmark 2-1 on Sunday.
            """;

    private static final String GOLD = """
            # article\ttype\tforms\toptional
            kelvor\tORGANIZATION\tKelvor Mining|Kelvor
            kelvor\tLOCATION\tDunmore
            kelvor\tPERSON\tIngrid Solheim|Solheim
            kelvor\tORGANIZATION\tArnfjord Metals
            kelvor\tORGANIZATION\tNordic Wire\t1
            kelvor\tLOCATION/ORGANIZATION\tNorway
            kelvor\tORGANIZATION\tOslo Bourse
            kelvor\tLOCATION/ORGANIZATION\tSweden
            """;

    private static List<String> mentions(final ConllSentence s) {
        final List<String> result = new ArrayList<>();
        for (int i = 0; i < s.tokens().size(); i++) {
            final String tag = s.tags().get(i);
            if (tag.startsWith("B-")) {
                result.add(s.tokens().get(i) + "/" + tag.substring(2));
            } else if (tag.startsWith("I-")) {
                final String last = result.remove(result.size() - 1);
                final int slash = last.lastIndexOf('/');
                result.add(last.substring(0, slash) + " " + s.tokens().get(i) + last.substring(slash));
            }
        }
        return result;
    }

    private static ConllDocument projected(final Path dir) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles/kelvor.txt"), ARTICLE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("gold.tsv"), GOLD, StandardCharsets.UTF_8);
        final List<ConllDocument> documents = projection.read(dir);
        assertThat(documents).hasSize(1);
        return documents.get(0);
    }

    @Test
    void shouldLabelEveryMentionLongestFirstOnWholeTokens(@TempDir final Path dir) throws IOException {
        final ConllDocument d = projected(dir);

        assertThat(d.sentences()).hasSize(2);
        // "Kelvor Mining" before "Kelvor"; "Dunmore" also in the dateline's capitals and before "-based";
        // "Kelvorsen" is not "Kelvor"; the optional agency of the dateline is labelled as the rules label it: not at
        // all
        assertThat(mentions(d.sentences().get(0)))
                .containsExactly(
                        "DUNMORE/LOC",
                        "Norway/LOC",
                        "Kelvor Mining/ORG",
                        "Dunmore/LOC",
                        "Arnfjord Metals/ORG",
                        "Kelvor/ORG",
                        "Ingrid Solheim/PER");
        // a name of two types takes the rules' type where they give one of them (a team here), else the first listed
        assertThat(mentions(d.sentences().get(1)))
                .containsExactly("Dunmore/LOC", "Solheim/PER", "Norway/LOC", "Sweden/ORG");
    }

    @Test
    void shouldKeepHeadlineHeadingsAndTextAsContext(@TempDir final Path dir) throws IOException {
        final ConllDocument d = projected(dir);

        assertThat(d.headline()).isEqualTo("Kelvor Mining buys Dunmore stake");
        assertThat(d.headings()).containsExactly("Reaction");
        assertThat(d.sentences().get(1).text()).startsWith("\"We like Dunmore,\" Solheim told reporters.");
        // the tokens are the tagger's own, and the text holds them in order
        assertThat(d.sentences().get(1).running().text())
                .isEqualTo(d.sentences().get(1).text());
        assertThat(projection.unmatched()).contains("kelvor: Oslo Bourse");
    }

    @Test
    void shouldReadBackWhatItWrites(@TempDir final Path dir) throws IOException {
        final ConllDocument d = projected(dir);

        final List<ConllDocument> back =
                ConllReader.read(new BufferedReader(new StringReader(ConllWriter.write(List.of(d)))), "x.conll");

        assertThat(back).containsExactly(d);
    }

    @Test
    void shouldNameTheLineOfAnUnknownType(@TempDir final Path dir) throws IOException {
        Files.writeString(dir.resolve("gold.tsv"), "a\tPERSON\tX\na\tPLANET\tMars\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DocumentGoldProjection.readGold(dir.resolve("gold.tsv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gold.tsv:2")
                .hasMessageContaining("PLANET");
    }
}
