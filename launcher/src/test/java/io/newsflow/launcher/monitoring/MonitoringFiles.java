package io.newsflow.launcher.monitoring;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the tests find the repository's {@code monitoring/} directory and the tools that the monitoring and deployment
 * tests need.
 */
public final class MonitoringFiles {

    private MonitoringFiles() {}

    /** {@code monitoring/} at the repository root (tests run in the module's directory). */
    static Path monitoringDir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            final Path candidate = dir.resolve("monitoring").resolve("prometheus");
            if (Files.isDirectory(candidate)) {
                return candidate.getParent();
            }
            dir = dir.getParent();
        }
        return fail("No monitoring/ directory above " + Path.of("").toAbsolutePath());
    }

    /**
     * The executable {@code name} from the PATH. A missing one fails the test with what to install: {@code .ci/run}
     * installs it, so a missing tool is a broken machine, not a reason to skip.
     */
    public static Path executable(final String name, final String debianPackage) {
        return find(name)
                .orElseGet(() -> fail(name + " is not installed, so the checks that need it cannot run. "
                        + "Install it with: apt-get install -y " + debianPackage
                        + " (.ci/run does this before the build)."));
    }

    static Optional<Path> find(final String name) {
        final String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (final String dir : path.split(File.pathSeparator)) {
            final Path candidate = Path.of(dir).resolve(name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
