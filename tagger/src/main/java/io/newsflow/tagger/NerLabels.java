package io.newsflow.tagger;

/**
 * The labels the sequence model assigns to tokens: {@code O}, then {@code B-} and {@code I-} of PER, ORG, LOC and MISC
 * (BIO encoding; an {@code I-} label only continues a span of its own type).
 */
final class NerLabels {

    static final int O = 0;
    static final int COUNT = 9;
    private static final EntityType[] TYPES = {
        EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.MISC
    };
    private static final String[] CONLL = {"PER", "ORG", "LOC", "MISC"};

    private NerLabels() {}

    static int begin(final int type) {
        return 1 + 2 * type;
    }

    static int inside(final int type) {
        return 2 + 2 * type;
    }

    static boolean isBegin(final int label) {
        return label > O && label % 2 == 1;
    }

    static boolean isInside(final int label) {
        return label > O && label % 2 == 0;
    }

    /** The type index (0..3) of a B or I label. */
    static int type(final int label) {
        return (label - 1) / 2;
    }

    static EntityType entityType(final int label) {
        return TYPES[type(label)];
    }

    /** The type index of an entity type the model knows, or -1 (MONEY, DATE, ...). */
    static int typeOf(final EntityType type) {
        return switch (type) {
            case PERSON -> 0;
            case ORGANIZATION -> 1;
            case LOCATION -> 2;
            case MISC -> 3;
            default -> -1;
        };
    }

    /** The type index of a CoNLL type (PER, ORG, LOC, MISC), or -1. */
    static int typeOfConll(final String conll) {
        for (int t = 0; t < CONLL.length; t++) {
            if (CONLL[t].equals(conll)) {
                return t;
            }
        }
        return -1;
    }

    /** May {@code label} follow {@code previous}? {@code I-X} only after {@code B-X} or {@code I-X}. */
    static boolean allowed(final int previous, final int label) {
        return !isInside(label) || previous != O && type(previous) == type(label);
    }

    static String name(final int label) {
        return label == O ? "O" : (isBegin(label) ? "B-" : "I-") + CONLL[type(label)];
    }
}
