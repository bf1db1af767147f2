package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contract.ClientProperties;
import io.newsflow.contract.settings.Setting;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.story.StorySettings;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkSelection;
import io.newsflow.sink.postgres.PostgresConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code NEWSFLOW_*} setting the code reads is in {@code docs/configuration.md}, and every one the page lists is
 * read somewhere: the services' sources, the {@code newsflow} script and the logging configuration.
 */
class ConfigurationDocsTest {

    private static final Pattern SETTING = Pattern.compile("NEWSFLOW_[A-Z][A-Z0-9_]*[A-Z0-9]");
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void shouldDocumentExactlyTheSettingsTheCodeReads() throws IOException {
        final Set<String> read = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(ConfigurationDocsTest::isShippedSource).forEach(f -> read.addAll(settings(f)));
        }
        read.addAll(settings(ROOT.resolve("newsflow")));
        final Set<String> documented = settings(ROOT.resolve("docs/configuration.md"));

        assertThat(read).as("settings read by the code").contains("NEWSFLOW_BOOTSTRAP_SERVERS", "NEWSFLOW_INBOX");
        assertThat(documented)
                .as("settings in docs/configuration.md but read nowhere")
                .isSubsetOf(read);
        assertThat(read)
                .as("settings read by the code but missing from docs/configuration.md")
                .isSubsetOf(documented);
    }

    /**
     * The typed settings the services declare are the table's rows (besides the script's and the logging's, which
     * are no service's), each with the default the code parses.
     */
    @Test
    void shouldDocumentEverySettingTheServicesDeclareWithItsDefault() {
        final List<Setting<?>> registry = Stream.of(
                        ClientProperties.SETTINGS,
                        IngestConfig.SETTINGS,
                        EnrichConfig.SETTINGS,
                        StorySettings.SETTINGS,
                        SinkConfig.SETTINGS,
                        PostgresConfig.SETTINGS,
                        SinkSelection.SETTINGS,
                        HttpOptions.SETTINGS,
                        TopicsCommand.SETTINGS)
                .flatMap(List::stream)
                .toList();
        final Map<String, String> rows = tableRows(ROOT.resolve("docs/configuration.md"));
        final Set<String> declared = new TreeSet<>();
        registry.forEach(setting -> declared.add(setting.name()));

        assertThat(declared)
                .as("declared settings missing from docs/configuration.md")
                .isSubsetOf(rows.keySet());
        final Set<String> undeclared = new TreeSet<>(rows.keySet());
        undeclared.removeAll(declared);
        assertThat(undeclared)
                .as("documented settings no service declares")
                .containsExactlyInAnyOrder("NEWSFLOW_JAVA_OPTS", "NEWSFLOW_LOG_LEVEL");
        for (final Setting<?> setting : registry) {
            if (setting.defaultText() != null) {
                assertThat(rows.get(setting.name()))
                        .as("default of %s in docs/configuration.md", setting.name())
                        .contains("`" + setting.defaultText() + "`");
            }
        }
    }

    /** Each {@code NEWSFLOW_*} name in the first cell of a table row, with its row's text. */
    private static Map<String, String> tableRows(final Path page) {
        final Map<String, String> rows = new TreeMap<>();
        try {
            for (final String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
                if (line.startsWith("| `")) {
                    final String firstCell = line.substring(1, line.indexOf('|', 1));
                    final Matcher m = SETTING.matcher(firstCell);
                    while (m.find()) {
                        rows.put(m.group(), line);
                    }
                }
            }
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read " + page, e);
        }
        return rows;
    }

    private static boolean isShippedSource(final Path file) {
        final String path = ROOT.relativize(file).toString().replace('\\', '/');
        return path.contains("/src/main/")
                && !path.contains("/target/")
                && (path.endsWith(".java") || path.endsWith(".xml") || path.endsWith(".properties"));
    }

    private static Set<String> settings(final Path file) {
        final Set<String> found = new TreeSet<>();
        try {
            final Matcher m = SETTING.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                found.add(m.group());
            }
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return found;
    }
}
