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
}
