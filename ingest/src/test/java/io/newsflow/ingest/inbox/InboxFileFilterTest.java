package io.newsflow.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InboxFileFilterTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                ".story.txt",
                ".DS_Store",
                "story.txt.part",
                "story.tmp",
                "story.txt.crdownload",
                "story.txt~",
                "story.txt.error.json",
                "STORY.TXT.PART"
            })
    void shouldIgnoreHiddenPartialTemporaryBackupAndReportFiles(final String name) {
        assertThat(InboxFileFilter.isCandidate(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"story.txt", "story.md", "README", "2026-01-05 budget.markdown"})
    void shouldAcceptArticleNames(final String name) {
        assertThat(InboxFileFilter.isCandidate(name)).isTrue();
    }
}
