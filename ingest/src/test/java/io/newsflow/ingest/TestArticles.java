package io.newsflow.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The real article files under {@code src/test/resources/articles} and saved pages under {@code .../html}. */
public final class TestArticles {

    public static final String SAMPLE = "rutte-odesa-visit.txt";
    public static final String SPORTS = "harbour-derby.txt";
    public static final String BUSINESS = "battery-plant-results.md";
    public static final String SCIENCE = "deep-sea-microbes.txt";

    private TestArticles() {
    }

    public static byte[] bytes(final String name) {
        return resource("/articles/", name);
    }

    /** A saved HTML page's bytes, as they are on disk (not every page is UTF-8). */
    public static byte[] page(final String name) {
        return resource("/html/", name);
    }

    /** A feed or XML test file (RSS, Atom, the unsafe and malformed ones), as it is on disk. */
    public static byte[] feed(final String name) {
        return resource("/feeds/", name);
    }

    /** An IPTC ninjs test file, as it is on disk. */
    public static byte[] ninjs(final String name) {
        return resource("/ninjs/", name);
    }

    /** An IPTC NewsML-G2 test file, as it is on disk. */
    public static byte[] newsml(final String name) {
        return resource("/newsml/", name);
    }

    /** A JSON Lines test file, as it is on disk. */
    public static byte[] jsonl(final String name) {
        return resource("/jsonl/", name);
    }

    private static byte[] resource(final String dir, final String name) {
        try (InputStream in = TestArticles.class.getResourceAsStream(dir + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test article " + name);
            }
            return in.readAllBytes();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(final String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
