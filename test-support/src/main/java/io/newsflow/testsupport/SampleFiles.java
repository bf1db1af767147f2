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

    /** The first 33 bytes of a 1×1 PNG (signature and header chunk): binary content no reader may take for text. */
    private static final byte[] PNG_START = {
        (byte) 0x89,
        'P',
        'N',
        'G',
        '\r',
        '\n',
        0x1a,
        '\n',
        0,
        0,
        0,
        0x0d,
        'I',
        'H',
        'D',
        'R',
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        1,
        8,
        6,
        0,
        0,
        0,
        0x1f,
        0x15,
        (byte) 0xc4,
        (byte) 0x89
    };

    private SampleFiles() {}

    /** A small binary file: the start of a 1×1 PNG image, a fresh copy each call. */
    public static byte[] tinyPng() {
        return PNG_START.clone();
    }

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
