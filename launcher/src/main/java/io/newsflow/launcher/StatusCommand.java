package io.newsflow.launcher;

import io.newsflow.contract.ArticleMetadata;
import io.newsflow.contract.ClientProperties;
import io.newsflow.launcher.status.FileJourney;
import io.newsflow.launcher.status.JourneyReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow status [FILE]}: where each inbox file got to — received, published (ledger), enriched
 * ({@code news-articles}), stored (outbox) — or why it was quarantined; read from Kafka and the directories, changing
 * nothing. Exit code 1 when FILE is unknown.
 */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = {
            "Show each file's journey: received -> published -> enriched -> stored, with counts and times,",
            "read from news-ingest-ledger, news-articles (read_committed), the outbox and the error directory."
        })
final class StatusCommand implements Callable<Integer> {

    private static final String LOCAL_BROKER = "localhost:9092";

    @Mixin
    private KafkaOptions kafka;

    @Parameters(
            arity = "0..1",
            paramLabel = "FILE",
            description = "One file's name (as dropped); all files without it.")
    private String file;

    @Option(
            names = "--inbox",
            paramLabel = "DIR",
            defaultValue = "inbox",
            description = "The inbox, for files still waiting (default: ${DEFAULT-VALUE}).")
    private Path inbox;

    @Option(names = "--error-dir", paramLabel = "DIR", description = "Quarantined files (default: <inbox>/error).")
    private Path errorDir;

    @Option(
            names = "--processed-dir",
            paramLabel = "DIR",
            description = "Published files (default: <inbox>/processed).")
    private Path processedDir;

    @Option(
            names = "--outbox",
            paramLabel = "DIR",
            defaultValue = "outbox",
            description = "The sink's outbox (default: ${DEFAULT-VALUE}).")
    private Path outbox;

    @Override
    public Integer call() throws Exception {
        final Map<String, String> vars = kafka.flags().over(System.getenv());
        final Map<String, Object> client =
                new HashMap<>(kafka.clientProperties(ClientProperties.fromEnvironment(vars)));
        client.putIfAbsent("bootstrap.servers", ClientProperties.BOOTSTRAP_SERVERS.from(vars, LOCAL_BROKER));
        final List<FileJourney> journeys = new JourneyReader(client, Duration.ofSeconds(30))
                .journeys(
                        inbox,
                        processedDir != null ? processedDir : inbox.resolve("processed"),
                        errorDir != null ? errorDir : inbox.resolve("error"),
                        outbox);
        final PrintStream out = System.out;
        if (file == null) {
            printTable(out, journeys);
            return 0;
        }
        // a feed or JSON Lines file has one journey per article: "feed.xml #3"
        final List<FileJourney> matching = journeys.stream()
                .filter(j -> j.file().equals(file) || j.file().startsWith(file + FileJourney.ITEM_SEPARATOR))
                .toList();
        if (matching.isEmpty()) {
            out.println(file + ": not known to the ledger, the inbox or the error directory");
            return 1;
        }
        matching.forEach(journey -> printJourney(out, journey));
        return 0;
    }

    static void printTable(final PrintStream out, final List<FileJourney> journeys) {
        out.printf(
                Locale.ROOT,
                "%-40s %-16s %-17s %-9s %-4s %7s  %-24s %9s %9s%n",
                "FILE",
                "STAGE",
                "ARTICLE",
                "FORMAT",
                "LANG",
                "RECORDS",
                "PUBLISHED",
                "ENRICHED",
                "STORED");
        for (final FileJourney j : journeys) {
            if (j.stage() == FileJourney.Stage.QUARANTINED) {
                out.printf(
                        Locale.ROOT,
                        "%-40s %-16s %s: %s%n",
                        printable(j.file()),
                        "quarantined",
                        j.quarantineReason(),
                        j.quarantineDetail());
                continue;
            }
            out.printf(
                    Locale.ROOT,
                    "%-40s %-16s %-17s %-9s %-4s %7s  %-24s %9s %9s%n",
                    printable(j.file()),
                    j.stage().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    orDash(j.articleId()),
                    j.metadata() == null ? "-" : j.metadata().format(),
                    j.metadata() == null ? "-" : orDash(j.metadata().language()),
                    j.records() > 0 ? Integer.toString(j.records()) : "-",
                    orDash(j.publishedAt()),
                    after(j.publishedAt(), j.enrichedAt()),
                    after(j.publishedAt(), j.storedAt()));
        }
        out.printf(
                Locale.ROOT,
                "%d %s%n",
                journeys.size(),
                journeys.stream().anyMatch(j -> j.file().contains(FileJourney.ITEM_SEPARATOR))
                        ? "files and items"
                        : "files");
    }

    static void printJourney(final PrintStream out, final FileJourney j) {
        out.printf(
                Locale.ROOT,
                "%s: %s%n",
                printable(j.file()),
                j.stage().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        if (j.articleId() != null) {
            out.printf(Locale.ROOT, "  article    %s%n", j.articleId());
        }
        if (j.receivedAt() != null) {
            out.printf(Locale.ROOT, "  received   %s%n", at(j.receivedAt()));
        }
        if (j.stage() == FileJourney.Stage.QUARANTINED) {
            out.printf(
                    Locale.ROOT,
                    "  quarantined %s  %s: %s%n",
                    orDash(j.storedAt()),
                    j.quarantineReason(),
                    j.quarantineDetail());
            return;
        }
        if (j.stage() == FileJourney.Stage.ALREADY_INGESTED) {
            out.printf(
                    Locale.ROOT,
                    "  recorded   %s  same content as an article published before: nothing " + "published%n",
                    at(j.publishedAt()));
            return;
        }
        if (j.publishedAt() != null) {
            out.printf(Locale.ROOT, "  published  %s  %d records%n", at(j.publishedAt()), j.records());
        }
        if (j.enrichedAt() != null) {
            out.printf(
                    Locale.ROOT,
                    "  enriched   %s  %s  %d paragraphs, %d entities%s%n",
                    at(j.enrichedAt()),
                    after(j.publishedAt(), j.enrichedAt()),
                    j.paragraphs(),
                    j.entities(),
                    j.entitiesSkipped() == null ? "" : " (" + j.entitiesSkipped() + ")");
        }
        if (j.metadata() != null) {
            printMetadata(out, j.metadata());
        }
        printStory(out, j.story());
        if (j.storedAt() != null) {
            out.printf(
                    Locale.ROOT,
                    "  stored     %s  %s  %s%n",
                    at(j.storedAt()),
                    after(j.publishedAt(), j.storedAt()),
                    j.document());
        }
    }

    /** The article's metadata, one line per field it has. */
    static void printMetadata(final PrintStream out, final ArticleMetadata m) {
        out.printf(Locale.ROOT, "  format     %s%n", m.format());
        final Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("language", m.language());
        fields.put("byline", m.byline());
        fields.put("published", m.publishedAt());
        fields.put("provider", m.provider());
        fields.put("url", m.url());
        fields.put("id", m.externalId());
        fields.put("subjects", m.subjects().isEmpty() ? null : String.join(", ", m.subjects()));
        fields.forEach((name, value) -> {
            if (value != null) {
                out.printf(Locale.ROOT, "  %-10s %s%n", name, printable(value.toString()));
            }
        });
    }

    private static void printStory(final PrintStream out, final FileJourney.Story story) {
        if (story == null) {
            return;
        }
        if (story.nearDuplicateOf() == null) {
            out.printf(Locale.ROOT, "  story      %s%n", story.storyId());
            return;
        }
        out.printf(
                Locale.ROOT,
                "  story      near-duplicate of %s%s, similarity %.2f%s%n",
                story.nearDuplicateOf(),
                story.originalFile() == null ? "" : " (" + printable(story.originalFile()) + ")",
                story.similarity(),
                story.dropped()
                        ? "; dropped, no document (NEWSFLOW_NEAR_DUPLICATES=drop)"
                        : "; story " + story.storyId());
    }

    /** A name may hold a newline or other control characters: never let it break the table. */
    private static String printable(final String name) {
        final StringBuilder safe = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                safe.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                safe.appendCodePoint(c);
            }
        });
        return safe.toString();
    }

    private static String orDash(final Object value) {
        if (value instanceof Instant instant) {
            return at(instant);
        }
        return value == null ? "-" : value.toString();
    }

    /** Milliseconds are precise enough for people, and keep the columns aligned. */
    private static String at(final Instant instant) {
        return instant == null ? "-" : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static String after(final Instant from, final Instant to) {
        if (from == null || to == null) {
            return "-";
        }
        return String.format(Locale.ROOT, "+%.2f s", Duration.between(from, to).toMillis() / 1000.0);
    }
}
