package be.veerkracht.cli;

import be.veerkracht.store.Database;
import be.veerkracht.store.audit.AuditExport;
import be.veerkracht.store.audit.AuditLog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veerkracht audit export FILE.jsonl}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole audit chain as JSON Lines, one entry a line, for an auditor or an archive.")
final class AuditExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.jsonl", description = "The file to write (replaced if it exists).")
    private Path file;

    @Mixin
    private DatabaseOption database;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        AuditExport export;
        try (Database db = database.open()) {
            export = new AuditLog(db.jdbi(), Clock.systemUTC()).export(file);
        }
        spec.commandLine().getOut().printf("Wrote %d audit entries to %s%n  head hash %s (keep it apart from the"
                + " file: it proves the copy was not truncated)%n", export.entries(), file, export.headHash());
        return ExitCodes.OK;
    }
}
