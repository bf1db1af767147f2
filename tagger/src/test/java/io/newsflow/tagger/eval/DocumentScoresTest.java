package io.newsflow.tagger.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.tagger.ArticleText;
import io.newsflow.tagger.Entity;
import io.newsflow.tagger.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentScoresTest {

    @TempDir
    Path dir;

    @Test
    void shouldCountAWrongCanonicalNameAsBothAMissAndAFalseAlarm() {
        final DocumentScores scores = new DocumentScores();
        scores.add("a", Set.of("PERSON Mark Rutte", "LOCATION Hague"), Set.of("PERSON Rutte", "LOCATION Hague"));

        assertThat(scores.counts()).isEqualTo(new NerScores.Counts(2, 2, 1));
        assertThat(scores.errors()).containsExactly("a: wrong  PERSON Rutte", "a: missed PERSON Mark Rutte");
        assertThat(scores.summary()).startsWith("P=0.500 R=0.500 F1=0.500");
    }

    @Test
    void shouldKeepOnlyPeopleOrganisationsAndPlacesFromAnArticlesEntities() {
        final List<List<Entity>> paragraphs = List.of(List.of(
                new Entity("Rutte", EntityType.PERSON, 0, 5, "Mark Rutte", 0.9, null),
                new Entity("Dutch", EntityType.MISC, 6, 11, "Dutch", 0.9, null),
                new Entity("2024", EntityType.DATE, 12, 16, "2024", 0.9, null)));

        assertThat(DocumentScores.names(paragraphs)).containsExactly("PERSON Mark Rutte");
    }

    @Test
    void shouldRejectAGoldLineWithAnUnknownType() {
        assertThatThrownBy(() -> DocumentScores.readGold(
                        new BufferedReader(new StringReader("a\tPER\tMark Rutte\n")), "gold.tsv"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("gold.tsv:1");
    }

    @Test
    void shouldReadHeadlineHeadingsAndParagraphsAndRefuseAnArticleWithoutGold() throws IOException {
        final ArticleText text = ArticleText.parse("Dutch town votes\n\nVENLO (Newsflow) - The council voted.\n"
                + "## Residents object\nThey will appeal.\n# Next steps\n#hashtag stays a paragraph.\n");
        assertThat(text.headline()).isEqualTo("Dutch town votes");
        assertThat(text.headings()).containsExactly("Residents object", "Next steps");
        assertThat(text.paragraphs())
                .containsExactly(
                        "VENLO (Newsflow) - The council voted.", "They will appeal.", "#hashtag stays a paragraph.");

        Files.writeString(dir.resolve("one.txt"), "Headline\nBody.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("two.txt"), "Headline\nBody.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("entities.tsv"), "one\tLOCATION\tVenlo\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> NewsArticles.read(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two");

        Files.writeString(
                dir.resolve("entities.tsv"), "one\tLOCATION\tVenlo\ntwo\tPERSON\tAda\n", StandardCharsets.UTF_8);
        assertThat(NewsArticles.read(dir).gold())
                .isEqualTo(Map.of("one", Set.of("LOCATION Venlo"), "two", Set.of("PERSON Ada")));
    }
}
