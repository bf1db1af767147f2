package io.newsflow.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one copy of the articles every module's tests use, as files on this module's class path:
 * {@code /articles/} (the sample and three more real articles), {@code /ninjs/} and {@code /newsml/} (the sample in
 * those formats, an IPTC ninjs example, a three-item news message). Tests that read them by path
 * ({@code getResource("/articles/rutte-odesa-visit.txt")}) find them the same way.
 */
public final class SampleFiles {

    /** The sample article of the README's tour: headline, five sections, citations, quotes. */
    public static final String SAMPLE = "rutte-odesa-visit.txt";

    public static final String SPORTS = "harbour-derby.txt";
    public static final String BUSINESS = "battery-plant-results.md";
    public static final String SCIENCE = "deep-sea-microbes.txt";

    private SampleFiles() {}

    /** An article under {@code /articles/}, as it is on disk. */
    public static byte[] article(final String name) {
        return resource("/articles/" + name);
    }

    /** An article under {@code /articles/} as UTF-8 text. */
    public static String articleText(final String name) {
        return new String(article(name), StandardCharsets.UTF_8);
    }

    /** Any file of the class path by its absolute path, e.g. {@code /ninjs/rutte-odesa-visit.ninjs.json}. */
    public static byte[] resource(final String path) {
        try (InputStream in = SampleFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file " + path + " on the class path");
            }
            return in.readAllBytes();
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read test file " + path, e);
        }
    }
}
