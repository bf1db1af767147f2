package io.newsflow.ingest;

import io.newsflow.testsupport.SampleFiles;
import java.nio.charset.StandardCharsets;

/**
 * Ingest's test files by kind: the articles every module shares ({@link SampleFiles}, in test-support) and ingest's own
 * saved pages, feeds, ninjs, NewsML-G2 and JSON Lines files under {@code src/test/resources}.
 */
public final class TestArticles {

    public static final String SAMPLE = SampleFiles.SAMPLE;
    public static final String SPORTS = SampleFiles.SPORTS;
    public static final String BUSINESS = SampleFiles.BUSINESS;
    public static final String SCIENCE = SampleFiles.SCIENCE;

    private TestArticles() {}

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
        return SampleFiles.resource(dir + name);
    }

    public static String text(final String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
