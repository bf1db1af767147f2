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
 * <p>The same seed gives the same articles; different indexes give different content, hence different article ids.
 */
public final class ArticleGenerator {

    private static final String[] FIRST = {"Amara", "Lukas", "Sofia", "Kenji", "Ingrid", "Mateo", "Priya", "Omar",
        "Elena", "Tomasz", "Chloe", "Ravi", "Hannah", "Diego", "Fatima", "Jonas", "Aisha", "Pieter", "Mei", "Carlos"};
    private static final String[] LAST = {"Okafor", "Brandt", "Moretti", "Tanaka", "Lindqvist", "Alvarez", "Raman",
        "Haddad", "Petrova", "Kowalski", "Dubois", "Mehta", "Schneider", "Ortega", "Nasser", "Berg", "Mensah",
        "Visser", "Chen", "Ferreira"};
    private static final String[] TITLES = {"Chief Executive", "Finance Minister", "Mayor", "Professor",
        "President", "Health Minister", "Coach", "Director"};
    private static final String[] ORGS = {"Northwind Energy", "the European Central Bank", "Helix Pharmaceuticals",
        "the World Health Organization", "Atlas Motors", "the International Monetary Fund", "Bluewave Telecom",
        "the University of Lisbon", "Vantor Group", "the United Nations"};
    private static final String[] PLACES = {"Lisbon", "Nairobi", "Osaka", "Rotterdam", "Krakow", "Montreal",
        "Buenos Aires", "Mumbai", "Oslo", "Cape Town", "Seoul", "Valencia"};
    private static final String[] SOURCES = {"Reuters", "Associated Press", "Financial Times", "BBC News",
        "Le Monde", "The Guardian", "Bloomberg", "Al Jazeera"};
    private static final String[] TOPICS = {"Port Expansion", "Vaccine Rollout", "Battery Plant", "Budget Vote",
        "Rail Strike", "Flood Defences", "Chip Shortage", "Stadium Deal", "Water Reform", "Solar Tender"};
    private static final String[] HEADINGS = {"What Happens Next", "Reactions From the Region",
        "Background: A Decade of Delays", "Money and Markets", "The View From the Ground", "Key Figures",
        "Questions That Remain", "Political Fallout"};
    private static final String[] CURRENCIES = {"€", "$", "£"};

    private final long seed;

    public ArticleGenerator(final long seed) {
        this.seed = seed;
    }

    /** A generated article: its suggested file name and its text. */
    public record GeneratedArticle(String fileName, String text, String headline, int bodyParagraphs, int headings) {
    }

    /** Article {@code index} of this seed's corpus, with {@code paragraphs} body paragraphs (at least 2). */
    public GeneratedArticle article(final int index, final int paragraphs) {
        final Random random = new Random(seed * 1_000_003L + index);
        final String first = pick(random, FIRST);
        final String last = pick(random, LAST);
        final String title = pick(random, TITLES);
        final String org = pick(random, ORGS);
        final String place = pick(random, PLACES);
        final String topic = pick(random, TOPICS);
        final String headline = String.format(Locale.ROOT, "%s %s Backs %s in %s as Talks Enter Week %d", title,
                last, topic, place, 2 + index % 50);

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
            lines.add(paragraph(random, written, index, first, last, title, org, place, topic) + " " + source + ref
                    + ".");
            written++;
        }
        lines.add(headline);
        final String fileName = String.format(Locale.ROOT, "%s-%s-%04d.txt",
                topic.toLowerCase(Locale.ROOT).replace(' ', '-'), place.toLowerCase(Locale.ROOT).replace(' ', '-'),
                index);
        return new GeneratedArticle(fileName, String.join("\n", lines) + "\n", headline, paragraphs, headingsWritten);
    }

    private static String paragraph(final Random random, final int n, final int index, final String first,
            final String last, final String title, final String org, final String place, final String topic) {
        final String currency = pick(random, CURRENCIES);
        final int amount = 2 + random.nextInt(400);
        final String unit = random.nextBoolean() ? "million" : "billion";
        final String other = pick(random, FIRST) + " " + pick(random, LAST);
        final String otherPlace = pick(random, PLACES);
        return switch (n % 6) {
            case 0 -> String.format(Locale.ROOT,
                    "%s %s %s said on Tuesday that %s would commit %s%d %s to the %s plan in %s, the largest"
                            + " pledge since 2019 (case %d)",
                    title, first, last, org, currency, amount, unit, topic.toLowerCase(Locale.ROOT), place, index);
            case 1 -> String.format(Locale.ROOT,
                    "\"We cannot wait another year while costs keep rising,\" %s told reporters in %s, adding that"
                            + " %d%% of the funds were already allocated",
                    last, place, 10 + random.nextInt(80));
            case 2 -> String.format(Locale.ROOT,
                    "Officials at %s confirmed that talks with %s, a senior adviser, continued late into the night"
                            + " and that a draft agreement could be signed in %s by %s",
                    org, other, otherPlace, random.nextBoolean() ? "March" : "the end of the quarter");
            case 3 -> String.format(Locale.ROOT,
                    "Critics in %s argued that the %s scheme ignored %d local businesses and would cost households"
                            + " about %s%d a year",
                    otherPlace, topic.toLowerCase(Locale.ROOT), 20 + random.nextInt(500), currency,
                    50 + random.nextInt(900));
            case 4 -> String.format(Locale.ROOT,
                    "%s has faced pressure from both sides, but analysts expect %s to approve the measure before"
                            + " the summer recess, according to people familiar with the talks (item %d-%d)",
                    last, org, index, n);
            default -> String.format(Locale.ROOT,
                    "Residents of %s interviewed this week were divided, with %d of %d saying the %s project would"
                            + " change little for them (survey %d-%d)",
                    place, 1 + random.nextInt(9), 10, topic.toLowerCase(Locale.ROOT), index, n);
        };
    }

    private static String pick(final Random random, final String[] values) {
        return values[random.nextInt(values.length)];
    }
}
