package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String TEXT = "Café in Zürich – “quoted” €20\nSecond line";

    @Test
    void shouldDecodeUtf8WithoutBom() throws Exception {
        final DecodedText decoded = TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(TEXT);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void shouldDropUtf8Bom() throws Exception {
        final byte[] bytes =
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));

        assertThat(TextDecoder.decode(bytes).text()).isEqualTo(TEXT);
    }

    @Test
    void shouldDecodeUtf16LittleEndianWithBom() throws Exception {
        final byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));

        final DecodedText decoded = TextDecoder.decode(bytes);

        assertThat(decoded.text()).isEqualTo(TEXT);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void shouldDecodeUtf16BigEndianWithBom() throws Exception {
        final byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));

        assertThat(TextDecoder.decode(bytes).text()).isEqualTo(TEXT);
    }

    @Test
    void shouldFallBackToWindows1252WhenBytesAreNotUtf8() throws Exception {
        final Charset windows1252 = Charset.forName("windows-1252");
        final String legacy = "Caf\u00e9 prices rose \u201csharply\u201d \u2013 up \u20ac2";

        final DecodedText decoded = TextDecoder.decode(legacy.getBytes(windows1252));

        assertThat(decoded.text()).isEqualTo(legacy);
        assertThat(decoded.charset()).isEqualTo(windows1252);
    }

    @Test
    void shouldNormaliseCrLfAndCrLineEndings() throws Exception {
        final byte[] bytes = "one\r\ntwo\rthree\nfour".getBytes(StandardCharsets.UTF_8);

        assertThat(TextDecoder.decode(bytes).text()).isEqualTo("one\ntwo\nthree\nfour");
    }

    @Test
    void shouldRejectNulBytesAsBinary() {
        final byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'a', 'b'};

        assertThatThrownBy(() -> TextDecoder.decode(bytes))
                .isInstanceOfSatisfying(
                        RejectedFileException.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.BINARY));
    }

    @Test
    void shouldRejectHighShareOfControlCharactersAsBinary() {
        final byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }

        assertThatThrownBy(() -> TextDecoder.decode(bytes))
                .isInstanceOfSatisfying(
                        RejectedFileException.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.BINARY));
    }

    @Test
    void shouldAcceptTabsAndFormFeedsAsText() throws Exception {
        final String text = "Column\tValue\f\nNext\tpage";

        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo(text);
    }

    private static byte[] concat(final byte[] a, final byte[] b) {
        final byte[] joined = new byte[a.length + b.length];
        System.arraycopy(a, 0, joined, 0, a.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
