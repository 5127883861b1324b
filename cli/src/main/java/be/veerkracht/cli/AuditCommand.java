package be.veerkracht.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code veerkracht audit}: the append-only, hash-chained record of who did what and when. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Export or verify the audit chain, the tamper-evident record of who did what and when.",
            "It holds every import (later also classifications, decisions and gate transitions), each entry",
            "carrying the hash of the one before. See docs/audit-chain.md."},
        subcommands = {AuditExportCommand.class, AuditVerifyCommand.class})
final class AuditCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
