package be.veerkracht.cli;

import be.veerkracht.store.Database;
import be.veerkracht.store.audit.AuditFileVerifier;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.audit.ChainVerification;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veerkracht audit verify [FILE.jsonl]}: exit 0 when intact, 3 naming the first broken entry. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check the audit chain: in the database, or in an exported FILE.jsonl.",
            "Exit 0 if intact; 3 naming the first entry that was edited, deleted or reordered."})
final class AuditVerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.jsonl", arity = "0..1",
            description = "An exported chain to check; without it, the database's own.")
    private Path file;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;


    @Override
    public Integer call() throws BadInputException {
        ChainVerification result;
        String what;
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new BadInputException("audit verify: no such file: " + file);
            }
            result = AuditFileVerifier.verify(file);
            what = file.toString();
        } else {
            try (Database db = database.open()) {
                result = new AuditLog(db.jdbi(), Clock.systemUTC()).verify();
            }
            what = database.settings().displayUrl();
        }
        PrintWriter out = result.isIntact() ? spec.commandLine().getOut() : spec.commandLine().getErr();
        out.println(what + ": " + result.message(language.locale()));
        return result.isIntact() ? ExitCodes.OK : ExitCodes.VERIFICATION_FAILED;
    }
}
