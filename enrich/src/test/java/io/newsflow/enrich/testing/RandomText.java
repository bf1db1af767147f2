package io.newsflow.enrich.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random strings for comparing a hand-written scan with the regular expression it replaced: up to 23 code
 * points each, drawn mostly from {@code alphabet} (the characters that matter to the scan), one in twenty from
 * {@code astral} (surrogate pairs) and one in twenty from anywhere below U+3000.
 */
public final class RandomText {

    private RandomText() {}

    public static List<String> strings(final int count, final String alphabet, final int... astral) {
        final int[] codePoints = alphabet.codePoints().toArray();
        final SplittableRandom random = new SplittableRandom(2026);
        final List<String> strings = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            final StringBuilder text = new StringBuilder();
            final int length = random.nextInt(0, 24);
            for (int i = 0; i < length; i++) {
                final int pick = random.nextInt(100);
                text.appendCodePoint(
                        pick < 5
                                ? astral[random.nextInt(astral.length)]
                                : pick < 10
                                        ? random.nextInt(0, 0x3000)
                                        : codePoints[random.nextInt(codePoints.length)]);
            }
            strings.add(text.toString());
        }
        return strings;
    }

    /** How a failing string is shown: its code points, since many of them print as nothing. */
    public static String described(final String text) {
        return text.codePoints().boxed().toList().toString();
    }
}
