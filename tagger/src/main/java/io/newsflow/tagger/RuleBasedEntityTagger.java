package io.newsflow.tagger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The built-in {@link EntityTagger}: a hand-written tokenizer, gazetteers and context cues, combined per article.
 *
 * <p>For each article: every line is tokenised; gazetteer names that contain lower-case words or digits and holidays
 * are matched first, then amounts, percentages, dates and numbers ({@link QuantityRecognizer}), then candidate names
 * with their local evidence ({@link NameFinder}); the headline and headings add evidence only. {@link ArticleResolver}
 * pools the evidence per name across the article, picks one type per name, resolves short forms to full names and
 * drops capitalised words nothing vouches for.
 *
 * <p>Immutable after {@link #loadDefault()}; {@link #tag(ArticleText)} keeps all its state on the stack, so one
 * instance serves every thread.
 */
public final class RuleBasedEntityTagger implements EntityTagger {

    private static final Comparator<Entity> BY_OFFSET = Comparator.comparingInt(Entity::start);

    private final Lexicon lexicon;
    private final QuantityRecognizer quantities;
    private final NameFinder names;

    private RuleBasedEntityTagger(final Lexicon lexicon) {
        this.lexicon = lexicon;
        this.quantities = new QuantityRecognizer(lexicon);
        this.names = new NameFinder(lexicon);
    }

    /** Loads the gazetteers and cue lists shipped in this package's resources. */
    public static RuleBasedEntityTagger loadDefault() {
        return new RuleBasedEntityTagger(Lexicon.loadDefault());
    }

    static RuleBasedEntityTagger with(final Lexicon lexicon) {
        return new RuleBasedEntityTagger(lexicon);
    }

    @Override
    public List<List<Entity>> tag(final ArticleText article) {
        return tag(article, new ArrayList<>(article.paragraphs().size()));
    }

    /**
     * As {@link #tag(ArticleText)}, and adds each paragraph's tokens to {@code tokensByParagraph} (empty when called):
     * the sequence model reads the same tokens, which need not be cut a second time, and their word-list look-ups are
     * already done.
     */
    List<List<Entity>> tag(final ArticleText article, final List<List<Token>> tokensByParagraph) {
        final List<String> paragraphs = article.paragraphs();
        final List<Mention> mentions = new ArrayList<>();
        final Set<String> lowerCaseWords = new HashSet<>();
        final List<List<TokenSpan>> quantitiesByParagraph = new ArrayList<>(paragraphs.size());
        for (int p = 0; p < paragraphs.size(); p++) {
            final String text = paragraphs.get(p);
            final List<Token> tokens = Tokenizer.tokenize(text);
            final List<TokenSpan> spans = new ArrayList<>();
            findAll(tokens, text, p, mentions, spans);
            for (final Token t : tokens) {
                if (t.isWord() && !t.capitalised) {
                    lowerCaseWords.add(t.lower);
                }
            }
            tokensByParagraph.add(tokens);
            quantitiesByParagraph.add(spans);
        }
        addContext(article.headline(), mentions);
        for (final String heading : article.headings()) {
            addContext(heading, mentions);
        }
        // a wire story opens with a dateline ("TALLINN (Reuters) -"): there every person is introduced, see
        // ArticleResolver#withoutPersonProof
        final List<Token> dateline = datelineParagraph(tokensByParagraph);
        final boolean wireStory = dateline != null;
        final ArticleResolver resolver =
                new ArticleResolver(lexicon, mentions, lowerCaseWords, wireStory, wireStory ? agency(dateline) : null);

        final List<List<Entity>> result = new ArrayList<>(paragraphs.size());
        for (int p = 0; p < paragraphs.size(); p++) {
            result.add(new ArrayList<>());
        }
        for (final Mention m : mentions) {
            if (!m.isContext() && resolver.reports(m)) {
                final ArticleResolver.Decision d = resolver.decide(m);
                result.get(m.paragraph)
                        .add(new Entity(m.text, typeHere(m, d), m.start, m.end, d.canonical, d.confidence, null));
            }
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            final String text = paragraphs.get(p);
            final List<Token> tokens = tokensByParagraph.get(p);
            final List<Entity> entities = result.get(p);
            for (final TokenSpan s : quantitiesByParagraph.get(p)) {
                final int start = tokens.get(s.from()).start;
                final int end = tokens.get(s.to() - 1).end;
                entities.add(new Entity(
                        text.substring(start, end), s.type(), start, end, s.canonical(), s.confidence(), s.money()));
            }
            entities.sort(BY_OFFSET);
            result.set(p, List.copyOf(entities));
        }
        return List.copyOf(result);
    }

    /** The article's type for the name, except a place acting as a team or government in this sentence. */
    private static EntityType typeHere(final Mention m, final ArticleResolver.Decision d) {
        return d.type == EntityType.LOCATION && m.actsAsOrganisation ? EntityType.ORGANIZATION : d.type;
    }

    private void findAll(
            final List<Token> tokens,
            final String text,
            final int paragraph,
            final List<Mention> mentions,
            final List<TokenSpan> spans) {
        final boolean[] used = new boolean[tokens.size()];
        names.findAtomicNames(tokens, text, paragraph, used, mentions, spans);
        quantities.recognise(tokens, used, spans);
        // a credit line ("Reporting by Jean-Paul Okafor and Ana Lima; Editing by …") is all capitals but prose: read
        // as a title-cased line it would cut "Jean-Paul" into two names
        if (names.isTitleCased(tokens) && !NameFinder.isCreditLine(tokens)) {
            names.findInTitleCase(tokens, text, paragraph, used, mentions);
        } else {
            names.findInProse(tokens, text, paragraph, used, mentions);
        }
    }

    /**
     * The paragraph that opens the story with a wire dateline, or null: the first, or the second when the first is a
     * headline given as a paragraph (plain text pasted whole: "Workers at Acme begin strike" / "SANTIAGO, Aug 13 -
     * …"), a short line that ends without a full stop.
     */
    private static List<Token> datelineParagraph(final List<List<Token>> paragraphs) {
        for (int p = 0; p < Math.min(2, paragraphs.size()); p++) {
            final List<Token> tokens = paragraphs.get(p);
            if (tokens.isEmpty()) {
                return null;
            }
            if (tokens.get(0).dateline) {
                return tokens;
            }
            final String last = tokens.get(tokens.size() - 1).text;
            if (tokens.size() > HEADLINE_TOKENS || ".".equals(last) || "?".equals(last) || "!".equals(last)) {
                return null;
            }
        }
        return null;
    }

    /** The longest first line read as a headline before a dateline (wire headlines run to about 20 words). */
    private static final int HEADLINE_TOKENS = 30;

    /**
     * The agency of the dateline's credit ("LIMA, June 3 (Andina Wire) -" → "Andina Wire"), as a mention's key, or
     * null: the credit itself is no mention, but the story may name the agency again ("…, Andina Wire reported").
     */
    private static String agency(final List<Token> dateline) {
        int from = -1;
        int to = -1;
        for (int k = 0; k < dateline.size() && dateline.get(k).dateline; k++) {
            if (dateline.get(k).credit) {
                from = from < 0 ? k : from;
                to = k + 1;
            }
        }
        return from < 0 ? null : Lexicon.key(dateline, from, to, false);
    }

    /** The headline and headings: evidence for the names in the body, never reported themselves. */
    private void addContext(final String line, final List<Mention> mentions) {
        if (line == null || line.isBlank()) {
            return;
        }
        final List<Token> tokens = Tokenizer.tokenize(line);
        final boolean[] used = new boolean[tokens.size()];
        names.findAtomicNames(tokens, line, -1, used, mentions, new ArrayList<>());
        quantities.recognise(tokens, used, new ArrayList<>());
        if (names.isTitleCased(tokens)) {
            names.findInTitleCase(tokens, line, -1, used, mentions);
        } else {
            names.findInProse(tokens, line, -1, used, mentions);
        }
    }
}
