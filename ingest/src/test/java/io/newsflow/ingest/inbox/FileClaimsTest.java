package io.newsflow.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileClaimsTest {

    @TempDir
    Path inbox;

    @Test
    void shouldHideClaimedFileUnderOwnersName() throws Exception {
        final Path file = Files.writeString(inbox.resolve("story.txt"), "x", StandardCharsets.UTF_8);

        final FileClaims.Claim claim =
                new FileClaims(inbox, "ingest-1").claim(file).orElseThrow();

        assertThat(claim.name()).isEqualTo("story.txt");
        assertThat(claim.claimed())
                .isEqualTo(inbox.resolve(".story.txt.claimed-by-ingest-1"))
                .exists();
        assertThat(InboxFileFilter.isCandidate(claim.claimed().getFileName().toString()))
                .isFalse();
        assertThat(file).doesNotExist();
    }

    @Test
    void shouldLetOnlyOneInstanceClaimAFile() throws Exception {
        final Path file = Files.writeString(inbox.resolve("story.txt"), "x", StandardCharsets.UTF_8);
        new FileClaims(inbox, "ingest-1").claim(file).orElseThrow();

        assertThat(new FileClaims(inbox, "ingest-2").claim(file)).isEmpty();
    }

    @Test
    void shouldGiveReleasedFileBackUnderItsName() throws Exception {
        final FileClaims claims = new FileClaims(inbox, "ingest-1");
        final FileClaims.Claim claim = claims.claim(
                        Files.writeString(inbox.resolve("story.txt"), "x", StandardCharsets.UTF_8))
                .orElseThrow();

        assertThat(claims.release(claim)).isTrue();

        assertThat(inbox.resolve("story.txt")).hasContent("x");
        assertThat(claim.claimed()).doesNotExist();
    }

    @Test
    void shouldNotOverwriteFileDroppedAgainWhileClaimed() throws Exception {
        final FileClaims claims = new FileClaims(inbox, "ingest-1");
        final FileClaims.Claim claim = claims.claim(
                        Files.writeString(inbox.resolve("story.txt"), "old", StandardCharsets.UTF_8))
                .orElseThrow();
        Files.writeString(inbox.resolve("story.txt"), "new", StandardCharsets.UTF_8);

        assertThat(claims.release(claim)).isFalse();

        assertThat(inbox.resolve("story.txt")).hasContent("new");
    }

    @Test
    void shouldRecoverOnlyOwnClaimsLeftByCrash() throws Exception {
        Files.writeString(inbox.resolve(".a.txt.claimed-by-ingest-1"), "a", StandardCharsets.UTF_8);
        Files.writeString(inbox.resolve(".b.txt.claimed-by-ingest-2"), "b", StandardCharsets.UTF_8);

        assertThat(new FileClaims(inbox, "ingest-1").recover()).isEqualTo(1);

        assertThat(inbox.resolve("a.txt")).hasContent("a");
        assertThat(inbox.resolve(".b.txt.claimed-by-ingest-2")).exists();
    }

    @Test
    void shouldKeepUnsafeOwnerCharactersOutOfFileNames() throws Exception {
        final Path file = Files.writeString(inbox.resolve("story.txt"), "x", StandardCharsets.UTF_8);

        final FileClaims.Claim claim =
                new FileClaims(inbox, "team/ingest 1").claim(file).orElseThrow();

        assertThat(claim.claimed().getFileName().toString()).isEqualTo(".story.txt.claimed-by-team_ingest_1");
    }

    @Test
    void shouldTakeOverClaimOfAnotherInstanceOnlyOnceItIsStale() throws Exception {
        final FileClaims dead = new FileClaims(inbox, "ingest-dead");
        dead.claim(Files.writeString(inbox.resolve("story.txt"), "x", StandardCharsets.UTF_8))
                .orElseThrow();
        final FileClaims alive = new FileClaims(inbox, "ingest-2");
        final java.time.Instant now = java.time.Instant.now();

        assertThat(alive.takeOverStale(java.time.Duration.ofMinutes(5), now)).isZero();
        assertThat(inbox.resolve(".story.txt.claimed-by-ingest-dead")).exists();

        assertThat(alive.takeOverStale(java.time.Duration.ofMinutes(5), now.plus(java.time.Duration.ofMinutes(6))))
                .isEqualTo(1);
        assertThat(inbox.resolve("story.txt")).hasContent("x");
        assertThat(inbox.resolve(".story.txt.claimed-by-ingest-dead")).doesNotExist();
    }

    @Test
    void shouldNeverTakeOverItsOwnClaim() throws Exception {
        final FileClaims claims = new FileClaims(inbox, "ingest-1");
        claims.claim(Files.writeString(inbox.resolve("story.txt"), "x", StandardCharsets.UTF_8))
                .orElseThrow();

        assertThat(claims.takeOverStale(
                        java.time.Duration.ofSeconds(1), java.time.Instant.now().plus(java.time.Duration.ofHours(1))))
                .isZero();
        assertThat(inbox.resolve(".story.txt.claimed-by-ingest-1")).exists();
    }
}
