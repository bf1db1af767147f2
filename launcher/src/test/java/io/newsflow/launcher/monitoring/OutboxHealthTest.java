package io.newsflow.launcher.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.observability.Check;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxHealthTest {

    @TempDir
    Path dir;

    @Test
    void shouldBeReadyWhenTheOutboxIsWritableOrCanBeCreated() {
        assertThat(Monitoring.outboxWritable(dir).check().ok()).isTrue();
        final Check later = Monitoring.outboxWritable(dir.resolve("not/yet")).check();
        assertThat(later.ok()).isTrue();
        assertThat(later.detail()).contains("will be created");
    }

    @Test
    void shouldNotBeReadyWhenTheOutboxIsAFileAndSayWhy() throws IOException {
        final Path file = Files.writeString(dir.resolve("outbox"), "x");
        final Check check = Monitoring.outboxWritable(file).check();
        assertThat(check.ok()).isFalse();
        assertThat(check.detail()).startsWith("outbox unwritable: ").contains("is not a directory");
    }
}
