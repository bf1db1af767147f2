package io.newsflow.enrich.quote;

import io.newsflow.contract.Entity;
import io.newsflow.contract.EntityType;
import io.newsflow.contract.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quotations of one clean paragraph and, where the text attributes them, their speaker.
 *
 * <p>A quotation is text in straight ({@code "…"}) or curly ({@code “…”}) double quotes. Scare quotes are not
 * quotations: one to three words ({@code "unwavering"}, {@code "strong and sovereign"}), or an unattributed phrase
 * that neither starts with a capital nor holds any punctuation ({@code "coalition of the willing"}).
 *
 * <p>The speaker is the canonical name of a PERSON entity tied to the quote by a speech verb in the clause right
 * after it ({@code "…," Rutte stated}, {@code "…" said Jane Doe}) or right before it ({@code Jane Doe said: "…"});
 * or the subject of a clause that introduces the quote with a colon ({@code Rutte was unequivocal …: "…"}). {@code he}/{@code
 * she} with a speech verb is the nearest person named before the quote, and a quote that follows an attributed quote
 * with no other person in between continues it. Otherwise the speaker is null. Thread-safe and stateless.
 */
public final class QuoteExtractor {

    private static final Pattern STRAIGHT = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern CURLY = Pattern.compile("“([^”“]+)”");
    private static final Pattern SPEECH_VERB = Pattern.compile(
            "(?i)\\b(?:said|says|say|stated|states|noted|notes|told|tells|added|adds|explained|explains|warned|warns"
                    + "|wrote|writes|asked|asks|declared|insisted|emphasized|emphasised|stressed|remarked|replied"
                    + "|continued|argued|announced|according to)\\b");
    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(?:he|she)\\b");
    private static final Pattern CLAUSE_END = Pattern.compile("[.;!?]");
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[\\s,]+$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final int MIN_WORDS = 4;
    private static final int MAX_CLAUSE_CHARS = 120;
    private static final Set<String> POSSESSIVE_ENDINGS = Set.of("'s", "’s");

    private QuoteExtractor() {}

    /**
     * Extracts the quotations of {@code cleanText}; {@code entities} are the tagger's entities of that text (offsets
     * into it), whose PERSON mentions name the speakers.
     */
    public static List<Quote> extract(final String cleanText, final List<Entity> entities) {
        final List<Entity> persons = entities.stream()
                .filter(entity -> entity.type() == EntityType.PERSON)
                .filter(entity -> entity.end() <= cleanText.length())
                .sorted(Comparator.comparingInt(Entity::start))
                .toList();
        final List<Quote> quotes = new ArrayList<>();
        String previousSpeaker = null;
        int previousEnd = 0;
        for (final Span span : quotedSpans(cleanText)) {
            final String text = trimQuote(span.text());
            String speaker = speakerAfter(cleanText, span, persons)
                    .or(() -> speakerBefore(cleanText, span, persons))
                    .orElse(null);
            if (speaker == null
                    && previousSpeaker != null
                    && !hasOtherPersonBetween(persons, previousSpeaker, previousEnd, span.start())
                    && continuesPrevious(cleanText, previousEnd, span.start())) {
                speaker = previousSpeaker;
            }
            if (!isScareQuote(text, speaker != null)) {
                quotes.add(new Quote(text, speaker));
                previousSpeaker = speaker;
                previousEnd = span.end();
            }
        }
        return List.copyOf(quotes);
    }

    private static List<Span> quotedSpans(final String text) {
        final List<Span> spans = new ArrayList<>();
        for (final Pattern pattern : List.of(STRAIGHT, CURLY)) {
            final Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                spans.add(new Span(matcher.group(1), matcher.start(), matcher.end()));
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        return spans;
    }

    /** The comma that hands over to the attribution ({@code "…," Rutte said}) belongs to the sentence, not the quote. */
    private static String trimQuote(final String inner) {
        return TRAILING_COMMAS.matcher(inner.strip()).replaceAll("");
    }

    private static boolean isScareQuote(final String text, final boolean attributed) {
        final long words = WORD.matcher(text).results().count();
        if (words < MIN_WORDS) {
            return true;
        }
        final boolean sentenceLike = Character.isUpperCase(text.codePointAt(0)) || text.matches("(?s).*[.,;:!?].*");
        return !attributed && !sentenceLike;
    }

    /** {@code "…," Rutte stated}, {@code "…" said Jane Doe}, {@code "…," he added}. */
    private static Optional<String> speakerAfter(final String text, final Span span, final List<Entity> persons) {
        final int clauseEnd = clauseEnd(text, span.end());
        final String clause = text.substring(span.end(), clauseEnd);
        final Matcher verb = SPEECH_VERB.matcher(clause);
        if (!verb.find() || wordsBefore(clause, verb.start()) > 4) {
            return Optional.empty();
        }
        final Optional<String> named = nearestTo(persons, span.end(), clauseEnd, span.end() + verb.start());
        if (named.isPresent()) {
            return named;
        }
        final Matcher pronoun = PRONOUN.matcher(clause);
        if (pronoun.find() && pronoun.start() < verb.end() + 2) {
            return lastPersonBefore(persons, span.start());
        }
        return Optional.empty();
    }

    /** {@code Jane Doe said: "…"}, or the subject of {@code Rutte was unequivocal …: "…"}. */
    private static Optional<String> speakerBefore(final String text, final Span span, final List<Entity> persons) {
        final int clauseStart = clauseStart(text, span.start());
        final String clause = text.substring(clauseStart, span.start()).stripTrailing();
        if (clause.isEmpty()) {
            return Optional.empty();
        }
        final Matcher verb = SPEECH_VERB.matcher(clause);
        int lastVerb = -1;
        while (verb.find()) {
            lastVerb = verb.start();
        }
        if (lastVerb >= 0 && (clause.endsWith(":") || clause.endsWith(",") || wordsAfter(clause, lastVerb) <= 3)) {
            final Optional<String> named = nearestTo(persons, clauseStart, span.start(), clauseStart + lastVerb);
            if (named.isPresent()) {
                return named;
            }
        }
        if (clause.endsWith(":")) {
            return persons.stream()
                    .filter(person -> person.start() >= clauseStart && person.end() <= span.start())
                    .filter(person -> !isPossessive(text, person))
                    .findFirst()
                    .map(Entity::canonical);
        }
        return Optional.empty();
    }

    private static Optional<String> nearestTo(
            final List<Entity> persons, final int from, final int to, final int anchor) {
        return persons.stream()
                .filter(person -> person.start() >= from && person.end() <= to)
                .min(Comparator.comparingInt(
                        person -> Math.min(Math.abs(person.start() - anchor), Math.abs(person.end() - anchor))))
                .map(Entity::canonical);
    }

    private static Optional<String> lastPersonBefore(final List<Entity> persons, final int end) {
        return persons.stream()
                .filter(person -> person.end() <= end)
                .reduce((first, second) -> second)
                .map(Entity::canonical);
    }

    private static boolean hasOtherPersonBetween(
            final List<Entity> persons, final String speaker, final int from, final int to) {
        return persons.stream()
                .anyMatch(person -> person.start() >= from
                        && person.end() <= to
                        && !person.canonical().equals(speaker));
    }

    /** Only an attribution clause and sentence punctuation separate the two quotes. */
    private static boolean continuesPrevious(final String text, final int previousEnd, final int start) {
        final String between = text.substring(previousEnd, start);
        return between.length() <= MAX_CLAUSE_CHARS
                && SPEECH_VERB.matcher(between).find();
    }

    private static boolean isPossessive(final String text, final Entity person) {
        return POSSESSIVE_ENDINGS.stream().anyMatch(ending -> text.startsWith(ending, person.end()));
    }

    private static int clauseEnd(final String text, final int from) {
        final Matcher end = CLAUSE_END.matcher(text);
        final int limit = Math.min(text.length(), from + MAX_CLAUSE_CHARS);
        final int quote = nextQuote(text, from);
        final int bound = Math.min(limit, quote);
        return end.region(from, bound).find() ? end.start() : bound;
    }

    private static int clauseStart(final String text, final int to) {
        final int limit = Math.max(0, to - MAX_CLAUSE_CHARS * 2);
        for (int i = to - 1; i >= limit; i--) {
            final char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '"' || c == '”')
                    && i + 1 < to
                    && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return limit;
    }

    private static int nextQuote(final String text, final int from) {
        for (int i = from; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c == '"' || c == '“') {
                return i;
            }
        }
        return text.length();
    }

    private static long wordsBefore(final String clause, final int index) {
        return WORD.matcher(clause.substring(0, index)).results().count();
    }

    private static long wordsAfter(final String clause, final int index) {
        return WORD.matcher(clause.substring(index)).results().count() - 1;
    }

    private record Span(String text, int start, int end) {}
}
