package io.newsflow.tagger.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllReaderTest {

    private static List<ConllDocument> read(final String text) throws IOException {
        return ConllReader.read(new BufferedReader(new StringReader(text)), "test.conll");
    }

    @Test
    void shouldSplitDocumentsAndSentences() throws IOException {
        final List<ConllDocument> docs = read("""
                -DOCSTART-\tO

                Mark\tB-PER
                Rutte\tI-PER
                spoke\tO

                In\tO
                Kyiv\tB-LOC
                -DOCSTART-\tO
                # newdoc id = x
                # text = NATO met
                NATO\tB-ORG
                met\tO
                """);
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).sentences()).hasSize(2);
        assertThat(docs.get(0).sentences().get(0).tokens()).containsExactly("Mark", "Rutte", "spoke");
        assertThat(docs.get(0).sentences().get(1).tags()).containsExactly("O", "B-LOC");
        assertThat(docs.get(1).sentences().get(0).tags()).containsExactly("B-ORG", "O");
    }

    @Test
    void shouldTakeTheLastColumnAsTheTag() throws IOException {
        final List<ConllDocument> docs = read("Kyiv NNP I-NP B-LOC\nis\tVBZ\tO\n");
        assertThat(docs.get(0).sentences().get(0).tags()).containsExactly("B-LOC", "O");
    }

    @Test
    void shouldNameFileAndLineOfABadTag() {
        assertThatThrownBy(() -> read("Kyiv\tB-LOC\nis\tX-LOC\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.conll:2");
    }

    @Test
    void shouldKeepTheHeadlineHeadingsAndOriginalTextTheFileGives() throws IOException {
        final List<ConllDocument> docs = read("""
                -DOCSTART-\tO

                # headline = Talks in Kyiv
                # heading = Reaction
                # text = NATO—met   in Kyiv.
                NATO\tB-ORG
                —\tO
                met\tO
                in\tO
                Kyiv\tB-LOC
                .\tO

                -DOCSTART-\tO
                Oslo\tB-LOC
                """);

        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).headline()).isEqualTo("Talks in Kyiv");
        assertThat(docs.get(0).headings()).containsExactly("Reaction");
        final Detokenizer.Text running = docs.get(0).sentences().get(0).running();
        assertThat(running.text()).isEqualTo("NATO—met   in Kyiv.");
        assertThat(running.starts()).containsExactly(0, 4, 5, 11, 14, 18);
        assertThat(docs.get(1).headline()).isNull();
        assertThat(docs.get(1).headings()).isEmpty();
        assertThat(docs.get(1).sentences().get(0).text()).isNull();
    }

    @Test
    void shouldJoinTheTokensWhenTheGivenTextDoesNotHoldThem() throws IOException {
        final List<ConllDocument> docs = read("# text = Kyiv is big\nKyiv\tB-LOC\nwas\tO\n");

        assertThat(docs.get(0).sentences().get(0).running().text()).isEqualTo("Kyiv was");
    }

    @Test
    void shouldWriteWhatItReads() throws IOException {
        final String text = """
                -DOCSTART-\tO

                # headline = Talks
                # text = Mark Rutte spoke.
                Mark\tB-PER
                Rutte\tI-PER
                spoke\tO
                .\tO

                -DOCSTART-\tO

                Kyiv\tB-LOC

                """;

        assertThat(ConllWriter.write(read(text))).isEqualTo(text);
    }
}
