package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void shouldReadTheTimesSourcesWrite() {
        final Instant expected = Instant.parse("2026-03-14T08:30:00Z");

        assertThat(Timestamps.parse("2026-03-14T08:30:00Z")).contains(expected);
        assertThat(Timestamps.parse(" 2026-03-14T09:30:00+01:00 ")).contains(expected);
        assertThat(Timestamps.parse("2026-03-14T09:30:00+0100")).contains(expected);
        assertThat(Timestamps.parse("2026-03-14T08:30:00.000Z")).contains(expected);
        assertThat(Timestamps.parse("Sat, 14 Mar 2026 08:30:00 GMT")).contains(expected);
        assertThat(Timestamps.parse("Sat, 14 Mar 2026 09:30:00 +0100")).contains(expected);
    }

    @Test
    void shouldNotGuessAZoneOrReadNonsense() {
        assertThat(Timestamps.parse("2026-03-14T08:30:00")).isEmpty();
        assertThat(Timestamps.parse("2026-03-14")).isEmpty();
        assertThat(Timestamps.parse("yesterday")).isEmpty();
        assertThat(Timestamps.parse("")).isEmpty();
        assertThat(Timestamps.parse(null)).isEmpty();
    }
}
