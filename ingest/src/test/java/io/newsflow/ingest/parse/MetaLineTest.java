package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetaLineTest {

    @Test
    void shouldTellBylinesAndDatelines() {
        assertThat(MetaLine.isMetaLine("By Stefan Becket, Kathryn Watson, Grace Segers"))
                .isTrue();
        assertThat(MetaLine.isMetaLine("by")).isTrue();
        assertThat(MetaLine.isMetaLine("October 12, 2017")).isTrue();
        assertThat(MetaLine.isMetaLine("23 Nov 2017")).isTrue();
        assertThat(MetaLine.isMetaLine("11/19/2019")).isTrue();
        assertThat(MetaLine.isMetaLine("2018-08-16")).isTrue();
        assertThat(MetaLine.isMetaLine("Updated on: November 19, 2019 / 10:07 AM / CBS News"))
                .isTrue();
        assertThat(MetaLine.isMetaLine("Updated at 1:23 p.m.")).isTrue();
    }

    @Test
    void shouldKeepProse() {
        assertThat(MetaLine.isMetaLine("The vote is on November 19, 2019.")).isFalse();
        assertThat(MetaLine.isMetaLine("By then the ferry had left.")).isFalse();
        assertThat(MetaLine.isMetaLine("Timetable and fares")).isFalse();
        assertThat(MetaLine.isMetaLine("Maybe 2019 was the year of change")).isFalse();
        assertThat(MetaLine.isMetaLine("On 12 May 2019 the council met in the town hall, and after a long debate that "
                        + "lasted into the night it voted"))
                .isFalse();
    }
}
