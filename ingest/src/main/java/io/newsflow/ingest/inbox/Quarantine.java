package io.newsflow.ingest.inbox;

import io.newsflow.contract.Json;
import io.newsflow.ingest.parse.BadItem;
import io.newsflow.ingest.parse.RejectReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;

/**
 * Takes files that can never become articles out of the inbox: moves each into the error directory (never overwriting,
 * see {@link FileMover}) and writes {@code <name>.error.json} beside it ({@link ErrorReport}), so a person or a tool
 * can see why without reading logs.
 */
public final class Quarantine {

    public static final String REPORT_SUFFIX = ".error.json";
    private static final int MAX_REPORT_ATTEMPTS = 10_000;

    private final Path errorDir;
    private final Clock clock;

    public Quarantine(final Path errorDir, final Clock clock) {
        this.errorDir = errorDir;
        this.clock = clock;
    }

    /** Moves {@code file} to the error directory with its report; returns where the file went. */
    public Path quarantine(final Path file, final RejectReason reason, final String detail) throws IOException {
        return quarantine(file, file.getFileName().toString(), reason, detail);
    }

    /** Moves {@code file}, whose real name is {@code fileName} (it may be claimed), to the error directory. */
    public Path quarantine(final Path file, final String fileName, final RejectReason reason, final String detail)
            throws IOException {
        return quarantine(file, fileName, reason, detail, List.of());
    }

    /** Like {@link #quarantine(Path, String, RejectReason, String)}, the report listing {@code items} (may be empty). */
    public Path quarantine(
            final Path file,
            final String fileName,
            final RejectReason reason,
            final String detail,
            final List<BadItem> items)
            throws IOException {
        final Path moved = FileMover.moveInto(file, errorDir, fileName, REPORT_SUFFIX);
        write(
                moved.getFileName().toString(),
                new ErrorReport(
                        fileName,
                        ErrorReport.STAGE,
                        reason.name(),
                        detail,
                        clock.instant(),
                        items.stream().map(ErrorReport.Item::of).toList()));
        return moved;
    }

    /**
     * Reports the bad items of a file whose other items were published (the file itself is in the processed
     * directory): {@code <name>.error.json} with reason {@code BAD_ITEMS}, under a name no earlier file or report in
     * the error directory has ({@code <name>-1.error.json}, …). Returns the report's path.
     */
    public Path reportBadItems(final String fileName, final String detail, final List<BadItem> items)
            throws IOException {
        Files.createDirectories(errorDir);
        for (int attempt = 0; attempt < MAX_REPORT_ATTEMPTS; attempt++) {
            final String name = FileMover.candidateName(fileName, attempt);
            if (Files.exists(errorDir.resolve(name)) || Files.exists(errorDir.resolve(name + REPORT_SUFFIX))) {
                continue;
            }
            return write(
                    name,
                    new ErrorReport(
                            fileName,
                            ErrorReport.STAGE,
                            RejectReason.BAD_ITEMS.name(),
                            detail,
                            clock.instant(),
                            items.stream().map(ErrorReport.Item::of).toList()));
        }
        throw new IOException("No free report name for " + fileName + " in " + errorDir);
    }

    private Path write(final String name, final ErrorReport report) throws IOException {
        // written under a hidden name, then renamed: a reader never sees half a report
        final Path partial = errorDir.resolve("." + name + REPORT_SUFFIX + ".tmp");
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(partial.toFile(), report);
        final Path target = errorDir.resolve(name + REPORT_SUFFIX);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }
}
