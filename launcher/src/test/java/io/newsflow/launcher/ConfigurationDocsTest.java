package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
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
        assertThat(documented).as("settings in docs/configuration.md but read nowhere").isSubsetOf(read);
        assertThat(read).as("settings read by the code but missing from docs/configuration.md").isSubsetOf(documented);
    }

    private static boolean isShippedSource(final Path file) {
        final String path = ROOT.relativize(file).toString().replace('\\', '/');
        return path.contains("/src/main/") && !path.contains("/target/")
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
