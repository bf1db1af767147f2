package io.newsflow.tagger;

/**
 * A candidate name in one line of the article, with the evidence found for each type. The article-level decision
 * (type, canonical name, whether it is reported at all) is made later by {@link ArticleResolver} over all mentions of
 * the same {@link #key}.
 */
final class Mention {

    /** Paragraph index, or -1 for the headline and headings, which are evidence only. */
    final int paragraph;

    final int start;
    final int end;
    final String text;
    /** Token texts joined by single spaces: the same name gets the same key however it was spaced. */
    final String key;

    final int tokenCount;
    /** Evidence per {@link EntityType#ordinal()}: cues and gazetteers, plus small priors by shape. */
    final double[] scores = new double[EntityType.values().length];
    /** Evidence beyond the priors. */
    double cues;
    /** Evidence beyond the priors, per {@link EntityType#ordinal()}. */
    final double[] evidence = new double[EntityType.values().length];
    /**
     * Evidence only a person has (a title, a given name, an age, ", who", a pronoun referring back, a life event); a
     * name with none is no person however the priors and weak cues ("said") lean, see {@link ArticleResolver}.
     */
    double personProof;
    /** The part of {@link #personProof} that is a quote's speaker ({@link Evidence.Proves#SPEAKER}). */
    double speakerProof;
    /** The part of {@link #personProof} that is a known given name ({@link Evidence.Proves#GIVEN_NAME}). */
    double givenNameProof;
    /** Evidence only bodies have ({@link Evidence.Proves#BODY}): "X's shares", "X said its", "X, the miner". */
    double bodyProof;
    /**
     * Evidence that holds even at a sentence start (gazetteer, title, head word, acronym); weak cues ("said", "in")
     * also follow capitalised common words there ("Officials said").
     */
    double strongCues;

    Lexicon.NameEntry entry;
    final boolean sentenceInitial;
    /** Found in a title-cased line: only reported if the rest of the article knows the name. */
    final boolean titleCased;
    /**
     * Stands for a team or government in this sentence ("Sweden defeated …"): reported as an organisation if the
     * article takes the name for a place, see {@link PlaceAsActor}.
     */
    boolean actsAsOrganisation;
    /** A comma, "and" or "or" stands right before the name: it may be an item of a list. */
    boolean afterListJoint;
    /** An acronym given in brackets right after the name: "World Health Organization (WHO)". */
    String acronym;
    /**
     * The weight of {@link Evidence#MODIFIER_AFTER_THE}, which counts only in a wire story: elsewhere a name nothing
     * explains stays a person, and a place's weak evidence would only steal it from the model.
     */
    double wireOnlyEvidence;

    Mention(
            final int paragraph,
            final int start,
            final int end,
            final String text,
            final String key,
            final int tokenCount,
            final boolean sentenceInitial,
            final boolean titleCased) {
        this.paragraph = paragraph;
        this.start = start;
        this.end = end;
        this.text = text;
        this.key = key;
        this.tokenCount = tokenCount;
        this.sentenceInitial = sentenceInitial;
        this.titleCased = titleCased;
    }

    void add(final Evidence e) {
        add(e, e.type, e.weight);
    }

    /** Evidence whose type or weight a list entry gives ({@link Evidence#LISTED}: 3 × the entry's strength). */
    void add(final Evidence e, final EntityType type, final double weight) {
        scores[type.ordinal()] += weight;
        evidence[type.ordinal()] += weight;
        cues += weight;
        if (e.strong) {
            strongCues += weight;
        }
        if (e.provesPerson) {
            personProof += weight;
        }
        switch (e.proves) {
            case SPEAKER -> speakerProof += weight;
            case GIVEN_NAME -> givenNameProof += weight;
            case BODY -> bodyProof += weight;
            default -> {
                // the rest proves nothing or is counted in personProof alone
            }
        }
    }

    void prior(final EntityType type, final double weight) {
        scores[type.ordinal()] += weight;
    }

    boolean isContext() {
        return paragraph < 0;
    }

    @Override
    public String toString() {
        return text + "@" + paragraph + ":" + start;
    }
}
