package io.newsflow.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileMoverTest {

    @TempDir
    Path dir;

    @Test
    void shouldMoveUnderOwnNameWhenFree() throws Exception {
        final Path target = Files.createDirectory(dir.resolve("processed"));
        final Path file = Files.writeString(dir.resolve("story.txt"), "new");

        final Path moved = FileMover.moveInto(file, target);

        assertThat(moved).isEqualTo(target.resolve("story.txt")).hasContent("new");
        assertThat(file).doesNotExist();
    }

    @Test
    void shouldAppendSuffixInsteadOfOverwriting() throws Exception {
        final Path target = Files.createDirectory(dir.resolve("processed"));
        Files.writeString(target.resolve("story.txt"), "first");
        Files.writeString(target.resolve("story-1.txt"), "second");

        final Path moved = FileMover.moveInto(Files.writeString(dir.resolve("story.txt"), "third"), target);

        assertThat(moved).isEqualTo(target.resolve("story-2.txt")).hasContent("third");
        assertThat(target.resolve("story.txt")).hasContent("first");
        assertThat(target.resolve("story-1.txt")).hasContent("second");
    }

    @Test
    void shouldAvoidNamesWhoseCompanionExists() throws Exception {
        final Path target = Files.createDirectory(dir.resolve("error"));
        Files.writeString(target.resolve("story.txt.error.json"), "{}");

        final Path moved = FileMover.moveInto(Files.writeString(dir.resolve("story.txt"), "x"), target, ".error.json");

        assertThat(moved).isEqualTo(target.resolve("story-1.txt"));
    }

    @Test
    void shouldSuffixNamesWithoutExtension() {
        assertThat(FileMover.candidateName("README", 3)).isEqualTo("README-3");
        assertThat(FileMover.candidateName("a.b.md", 1)).isEqualTo("a.b-1.md");
    }
}
