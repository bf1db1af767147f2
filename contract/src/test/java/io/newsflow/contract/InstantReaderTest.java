package io.newsflow.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InstantReaderTest {

    private record Stamped(Instant at) {}

    private static Instant read(final String json) throws Exception {
        return Json.MAPPER.readValue("{\"at\":" + json + "}", Stamped.class).at();
    }

    @Test
    void shouldReadWhatInstantToStringWritesAsInstantParseDoes() throws Exception {
        final Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            // 1900..2200, every precision Instant.toString writes (0, 3, 6 or 9 fraction digits)
            final long seconds = -2_208_988_800L + (long) (random.nextDouble() * 9_466_848_000L);
            final int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            final Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertThat(InstantReader.parse(instant.toString()))
                    .as(instant.toString())
                    .isEqualTo(instant);
            assertThat(read("\"" + instant + "\"")).isEqualTo(instant);
        }
    }

    @Test
    void shouldReadAnyFractionLength() {
        assertThat(InstantReader.parse("2026-12-07T06:45:30.1Z")).isEqualTo(Instant.parse("2026-12-07T06:45:30.1Z"));
        assertThat(InstantReader.parse("2026-12-07T06:45:30.12345Z"))
                .isEqualTo(Instant.parse("2026-12-07T06:45:30.12345Z"));
    }

    @Test
    void shouldLeaveOtherFormsToJacksonsReaderAsBefore() throws Exception {
        assertThat(InstantReader.parse("2026-12-07T07:45:30+01:00")).isNull();
        assertThat(read("\"2026-12-07T07:45:30+01:00\"")).isEqualTo(Instant.parse("2026-12-07T06:45:30Z"));
        assertThat(read("1765089930")).isEqualTo(Instant.ofEpochSecond(1_765_089_930L));
        assertThat(InstantReader.parse("+12026-12-07T06:45:30Z")).isNull();
        assertThat(InstantReader.parse("2026-12-07T06:45:30.Z")).isNull();
        assertThat(InstantReader.parse("2026-12-07T06:45:30.1234567890Z")).isNull();
    }

    @Test
    void shouldStillRefuseWhatIsNoInstant() {
        assertThat(InstantReader.parse("2026-02-30T06:45:30Z")).isNull();
        assertThat(InstantReader.parse("2026-12-07T24:00:00Z")).isNull();
        assertThat(InstantReader.parse("2026-1x-07T06:45:30Z")).isNull();
        assertThatThrownBy(() -> read("\"2026-02-30T06:45:30Z\"")).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> read("\"yesterday\"")).isInstanceOf(JsonMappingException.class);
    }
}
