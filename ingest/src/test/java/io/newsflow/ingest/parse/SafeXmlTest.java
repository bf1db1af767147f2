package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.ingest.TestArticles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXParseException;

/** The hardened XML parser refuses DTDs both before parsing and in the parser itself; nothing is ever resolved. */
class SafeXmlTest {

    @TempDir
    Path dir;

    @Test
    void shouldRefuseExternalEntityWithoutReadingTheFileItNames() throws Exception {
        final Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        final byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY s SYSTEM \"" + secret.toUri()
                        + "\">]><rss><channel><item><title>&s;</title></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SafeXml.parse(xxe)).isInstanceOfSatisfying(RejectedFileException.class, e -> {
            assertThat(e.reason()).isEqualTo(RejectReason.UNSAFE_XML);
            assertThat(e.detail()).doesNotContain("TOP-SECRET");
        });
    }

    @Test
    void shouldRefuseDoctypeInTheParserItselfEvenWithoutThePrologCheck() {
        // the parser is the second line of defence: it must stop at the DOCTYPE on its own (line 2 of both files),
        // before any entity is declared, so the bomb is never expanded and the file never read; without the
        // disallow-doctype feature the bomb would fail later on the JDK's expansion limit, and the XXE not at all
        for (final String name : new String[] {"billion-laughs.xml", "xxe.xml"}) {
            final byte[] bytes = TestArticles.feed(name);
            assertThatThrownBy(() -> SafeXml.factory().newDocumentBuilder().parse(new ByteArrayInputStream(bytes)))
                    .as(name)
                    .isInstanceOfSatisfying(SAXParseException.class, e -> {
                        assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("expansion");
                        assertThat(e.getLineNumber()).isEqualTo(2);
                    });
            assertThatThrownBy(() -> SafeXml.parse(bytes))
                    .as(name)
                    .isInstanceOfSatisfying(RejectedFileException.class, e -> {
                        assertThat(e.reason()).isEqualTo(RejectReason.UNSAFE_XML);
                        assertThat(e.detail()).contains("DOCTYPE").doesNotContain("root:");
                    });
        }
    }

    @Test
    void shouldRefuseDoctypeHiddenBehindCommentsAndProcessingInstructions() {
        final byte[] hidden = ("<?xml version=\"1.0\"?>\n<!-- a comment -->\n<?pi data?>\n<!DOCTYPE feed SYSTEM "
                        + "\"http://attacker.example/x.dtd\">\n<feed xmlns=\"http://www.w3.org/2005/Atom\"/>")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(XmlProlog.of(hidden).hasDoctype()).isTrue();
        assertThatThrownBy(() -> SafeXml.parse(hidden))
                .isInstanceOfSatisfying(
                        RejectedFileException.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.UNSAFE_XML));
    }

    @Test
    void shouldCallMalformedXmlMalformedWithItsLine() {
        assertThatThrownBy(() -> SafeXml.parse(TestArticles.feed("malformed.xml")))
                .isInstanceOfSatisfying(RejectedFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RejectReason.MALFORMED);
                    assertThat(e.detail()).contains("line 8");
                });
    }
}
