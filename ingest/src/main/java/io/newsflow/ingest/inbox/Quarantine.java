package io.newsflow.ingest.inbox;

import io.newsflow.contract.Json;
import io.newsflow.ingest.parse.RejectReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;

/**
 * Takes files that can never become articles out of the inbox: moves each into the error directory (never overwriting,
 * see {@link FileMover}) and writes {@code <name>.error.json} beside it ({@link ErrorReport}), so a person or a tool
 * can see why without reading logs.
 */
public final class Quarantine {

    public static final String REPORT_SUFFIX = ".error.json";

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
        final Path moved = FileMover.moveInto(file, errorDir, fileName, REPORT_SUFFIX);
        final String name = moved.getFileName().toString();
        final ErrorReport report = new ErrorReport(fileName, ErrorReport.STAGE, reason.name(), detail,
                clock.instant());
        // written under a hidden name, then renamed: a reader never sees half a report
        final Path partial = errorDir.resolve("." + name + REPORT_SUFFIX + ".tmp");
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(partial.toFile(), report);
        Files.move(partial, errorDir.resolve(name + REPORT_SUFFIX), StandardCopyOption.ATOMIC_MOVE);
        return moved;
    }
}
