package io.newsflow.benchmarks.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates realistic, reproducible news articles in the inbox's plain-text conventions: a headline, section headings,
 * paragraphs with people (full name first, surname after), organisations, places, money and citation markers glued to
 * sentence ends, quotes with speakers, and — like many real articles — the headline repeated as the last line.
 *
 * <p>The same seed gives the same articles; different indexes give different content, hence different article ids,
 * and different phrasing: no two are near-duplicates of each other (estimated similarity below 0.3).
 */
public final class ArticleGenerator {

    private static final String[] FIRST = {
        "Amara", "Lukas", "Sofia", "Kenji", "Ingrid", "Mateo", "Priya", "Omar", "Elena", "Tomasz", "Chloe", "Ravi",
        "Hannah", "Diego", "Fatima", "Jonas", "Aisha", "Pieter", "Mei", "Carlos"
    };
    private static final String[] LAST = {
        "Okafor",
        "Brandt",
        "Moretti",
        "Tanaka",
        "Lindqvist",
        "Alvarez",
        "Raman",
        "Haddad",
        "Petrova",
        "Kowalski",
        "Dubois",
        "Mehta",
        "Schneider",
        "Ortega",
        "Nasser",
        "Berg",
        "Mensah",
        "Visser",
        "Chen",
        "Ferreira"
    };
    private static final String[] TITLES = {
        "Chief Executive", "Finance Minister", "Mayor", "Professor", "President", "Health Minister", "Coach", "Director"
    };
    private static final String[] ORGS = {
        "Northwind Energy",
        "the European Central Bank",
        "Helix Pharmaceuticals",
        "the World Health Organization",
        "Atlas Motors",
        "the International Monetary Fund",
        "Bluewave Telecom",
        "the University of Lisbon",
        "Vantor Group",
        "the United Nations"
    };
    private static final String[] PLACES = {
        "Lisbon",
        "Nairobi",
        "Osaka",
        "Rotterdam",
        "Krakow",
        "Montreal",
        "Buenos Aires",
        "Mumbai",
        "Oslo",
        "Cape Town",
        "Seoul",
        "Valencia"
    };
    private static final String[] SOURCES = {
        "Reuters",
        "Associated Press",
        "Financial Times",
        "BBC News",
        "Le Monde",
        "The Guardian",
        "Bloomberg",
        "Al Jazeera"
    };
    private static final String[] TOPICS = {
        "Port Expansion",
        "Vaccine Rollout",
        "Battery Plant",
        "Budget Vote",
        "Rail Strike",
        "Flood Defences",
        "Chip Shortage",
        "Stadium Deal",
        "Water Reform",
        "Solar Tender"
    };
    private static final String[] HEADINGS = {
        "What Happens Next",
        "Reactions From the Region",
        "Background: A Decade of Delays",
        "Money and Markets",
        "The View From the Ground",
        "Key Figures",
        "Questions That Remain",
        "Political Fallout"
    };
    private static final String[] CURRENCIES = {"€", "$", "£"};

    private final long seed;

    public ArticleGenerator(final long seed) {
        this.seed = seed;
    }

    /** A generated article: its suggested file name and its text. */
    public record GeneratedArticle(String fileName, String text, String headline, int bodyParagraphs, int headings) {}

    /** Article {@code index} of this seed's corpus, with {@code paragraphs} body paragraphs (at least 2). */
    public GeneratedArticle article(final int index, final int paragraphs) {
        final Random random = new Random(seed * 1_000_003L + index);
        // a source of its own, so that names, places and numbers stay what they were for every seed
        final Random phrasing = new Random((seed * 1_000_003L + index) ^ 0x5DEECE66DL);
        final String first = pick(random, FIRST);
        final String last = pick(random, LAST);
        final String title = pick(random, TITLES);
        final String org = pick(random, ORGS);
        final String place = pick(random, PLACES);
        final String topic = pick(random, TOPICS);
        final String headline = String.format(
                Locale.ROOT, "%s %s Backs %s in %s as Talks Enter Week %d", title, last, topic, place, 2 + index % 50);

        final List<String> lines = new ArrayList<>();
        lines.add(headline);
        final int sections = Math.max(1, paragraphs / 4);
        final int perSection = Math.max(1, paragraphs / (sections + 1));
        int written = 0;
        int headingsWritten = 0;
        final int[] sourceOrder = new int[4];
        for (int s = 0; s < sourceOrder.length; s++) {
            sourceOrder[s] = (int) ((seed + index + s * 3L) % SOURCES.length);
        }
        while (written < paragraphs) {
            if (written > 0 && written % perSection == 0 && headingsWritten < sections) {
                lines.add(HEADINGS[(index + headingsWritten) % HEADINGS.length]);
                headingsWritten++;
            }
            final int ref = 1 + written % 4;
            final String source = SOURCES[sourceOrder[ref - 1]];
            lines.add(paragraph(random, phrasing, written, index, first, last, title, org, place, topic) + " " + source
                    + ref + ".");
            written++;
        }
        lines.add(headline);
        final String fileName = String.format(
                Locale.ROOT,
                "%s-%s-%04d.txt",
                topic.toLowerCase(Locale.ROOT).replace(' ', '-'),
                place.toLowerCase(Locale.ROOT).replace(' ', '-'),
                index);
        return new GeneratedArticle(fileName, String.join("\n", lines) + "\n", headline, paragraphs, headingsWritten);
    }

    private static String paragraph(
            final Random random,
            final Random phrasing,
            final int n,
            final int index,
            final String first,
            final String last,
            final String title,
            final String org,
            final String place,
            final String topic) {
        final String currency = pick(random, CURRENCIES);
        final int amount = 2 + random.nextInt(400);
        final String unit = random.nextBoolean() ? "million" : "billion";
        final String other = pick(random, FIRST) + " " + pick(random, LAST);
        final String otherPlace = pick(random, PLACES);
        return switch (n % 6) {
            case 0 ->
                String.format(
                        Locale.ROOT,
                        vary(
                                phrasing,
                                "%s %s %s {said|announced|confirmed|told lawmakers} {on Tuesday|this week|late on Monday|on"
                                        + " Thursday} that %s {would commit|is set to commit|had agreed to commit|plans to put}"
                                        + " %s%d %s {to|into|towards} the %s {plan|programme|project|scheme} in %s, {the largest"
                                        + " pledge|the biggest commitment|its largest outlay|the most generous offer} {since"
                                        + " 2019|in a decade|in years|so far} (case %d)"),
                        title,
                        first,
                        last,
                        org,
                        currency,
                        amount,
                        unit,
                        topic.toLowerCase(Locale.ROOT),
                        place,
                        index);
            case 1 ->
                String.format(
                        Locale.ROOT,
                        vary(
                                phrasing,
                                "\"We {cannot|can't|must not|will not} {wait|sit idle|hold off} {another year|much longer|any"
                                        + " longer} while {costs|prices|bills} keep {rising|climbing|going up},\" %s told"
                                        + " reporters in %s, {adding|noting|stressing|saying} that %d%% of the {funds|money|budget}"
                                        + " {were|had been} already {allocated|committed|set aside}"),
                        last,
                        place,
                        10 + random.nextInt(80));
            case 2 ->
                String.format(
                        Locale.ROOT,
                        vary(
                                phrasing,
                                "{Officials|Staff|Spokespeople|Managers} at %s {confirmed|said|acknowledged} that {talks|meetings"
                                        + "|negotiations} with %s, a {senior|long-serving|trusted} adviser, {continued|went on|ran}"
                                        + " {late into the night|past midnight|through the weekend} and that a {draft|provisional"
                                        + "|preliminary} {agreement|deal|accord} could be signed in %s by %s"),
                        org,
                        other,
                        otherPlace,
                        random.nextBoolean() ? "March" : "the end of the quarter");
            case 3 ->
                String.format(
                        Locale.ROOT,
                        vary(
                                phrasing,
                                "{Critics|Opponents|Campaigners|Local groups} in %s {argued|said|warned|complained} that the %s"
                                        + " {scheme|plan|project} {ignored|overlooked|sidelined} %d {local|small|family}"
                                        + " {businesses|firms|shops} and would cost {households|families|residents} {about"
                                        + "|roughly|nearly|some} %s%d a year"),
                        otherPlace,
                        topic.toLowerCase(Locale.ROOT),
                        20 + random.nextInt(500),
                        currency,
                        50 + random.nextInt(900));
            case 4 ->
                String.format(
                        Locale.ROOT,
                        vary(
                                phrasing,
                                "%s has {faced|come under|weathered} pressure from {both sides|all sides|rivals and allies},"
                                        + " but {analysts|observers|economists|insiders} {expect|believe|predict} %s {to approve"
                                        + "|will approve|to sign off} the {measure|proposal|deal} before the {summer recess|next"
                                        + " election|end of the year}, {according to|said|in the words of} people {familiar with"
                                        + "|close to|briefed on} the talks (item %d-%d)"),
                        last,
                        org,
                        index,
                        n);
            default ->
                String.format(
                        Locale.ROOT,
                        vary(
                                phrasing,
                                "{Residents|People|Shopkeepers|Commuters} {of|in|around} %s {interviewed|asked|polled} {this week"
                                        + "|on Sunday|recently} were {divided|split|at odds}, with %d of %d {saying|arguing"
                                        + "|convinced} the %s {project|plan|scheme} would {change little|make no difference|matter"
                                        + " little} for them (survey %d-%d)"),
                        place,
                        1 + random.nextInt(9),
                        10,
                        topic.toLowerCase(Locale.ROOT),
                        index,
                        n);
        };
    }

    /**
     * Resolves every {@code {a|b|…}} of {@code template} to one of its choices. Each article's phrasing has its own
     * random source, so two articles rarely share three words in a row beyond their names: generated articles are
     * different stories to near-duplicate detection too, as they are to the pipeline (which would otherwise give
     * articles of one template one story, depending on the order in which they arrive).
     */
    static String vary(final Random phrasing, final String template) {
        final StringBuilder out = new StringBuilder(template.length());
        int at = 0;
        while (at < template.length()) {
            final int open = template.indexOf('{', at);
            if (open < 0) {
                out.append(template, at, template.length());
                break;
            }
            final int close = template.indexOf('}', open);
            out.append(template, at, open);
            final String[] choices = template.substring(open + 1, close).split("\\|");
            out.append(choices[phrasing.nextInt(choices.length)]);
            at = close + 1;
        }
        return out.toString();
    }

    private static String pick(final Random random, final String[] values) {
        return values[random.nextInt(values.length)];
    }
}
