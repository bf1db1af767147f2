package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./newsflow} script's choice of JVM options, run for real: the script is copied into a directory that
 * looks built (a jar and a lib directory, no sources, so it builds nothing) and {@code JAVA_HOME} points at a stand-in
 * {@code java} that prints the arguments it was given, one a line, and the malloc arena limit it saw.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherScriptTest {

    private static final Path SCRIPT =
            Path.of("..").toAbsolutePath().normalize().resolve("newsflow");

    @TempDir
    Path home;

    private Path script;
    private Path javaHome;

    @BeforeEach
    void lookBuilt() throws IOException {
        script = home.resolve("newsflow");
        Files.copy(SCRIPT, script);
        Files.createDirectories(home.resolve("launcher/target/lib"));
        Files.writeString(home.resolve("launcher/target/newsflow.jar"), "", StandardCharsets.UTF_8);
        javaHome = home.resolve("jdk");
        final Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(
                java,
                "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\"\necho \"arenas=${MALLOC_ARENA_MAX:-}\"\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void shouldRunThePipelineAndTheTaggerWithTheFirstTierOnly() throws Exception {
        for (final String command : List.of("run", "bench", "tag")) {
            final List<String> args = launch(Map.of(), command, "--inbox", "in");

            assertThat(args).as("JVM options of %s", command).startsWith("-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp");
            assertThat(args)
                    .as("the command's own arguments follow the main class unchanged")
                    .endsWith("io.newsflow.launcher.Newsflow", command, "--inbox", "in", "arenas=2");
        }
    }

    @Test
    void shouldKeepBothCompilersForOtherCommands() throws Exception {
        for (final String command : List.of("train-ner", "eval-ner", "enrich", "--help")) {
            final List<String> args = launch(Map.of(), command);

            assertThat(args.subList(0, 2)).as("JVM options of %s", command).containsExactly("-Xmx384m", "-cp");
        }
        assertThat(launch(Map.of()).subList(0, 2)).containsExactly("-Xmx384m", "-cp");
    }

    @Test
    void shouldLetTheEnvironmentReplaceEveryDefault() throws Exception {
        final List<String> args =
                launch(Map.of("NEWSFLOW_JAVA_OPTS", "-Xmx1g -XX:+UseG1GC", "MALLOC_ARENA_MAX", "4"), "run");

        assertThat(args.subList(0, 3)).containsExactly("-Xmx1g", "-XX:+UseG1GC", "-cp");
        assertThat(args).doesNotContain("-XX:TieredStopAtLevel=1", "-Xmx384m").endsWith("run", "arenas=4");
    }

    /** The arguments the script passed to {@code java}, then the {@code arenas=} line. */
    private List<String> launch(final Map<String, String> env, final String... args) throws Exception {
        final List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        final ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("NEWSFLOW_JAVA_OPTS");
        builder.environment().remove("MALLOC_ARENA_MAX");
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().putAll(env);
        final Process process = builder.start();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }
}
