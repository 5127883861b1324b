package be.veerkracht.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code veerkracht quality}: quality agreements, measurements and supplier tokens (docs/quality-data.md). The
 * statistics subcommands ({@code capability}, {@code equivalence}) join this list when merged.
 */
@Command(name = "quality", mixinStandardHelpOptions = true,
        description = {"Quality data of dual-sourced parts: agreements binding every supplier to one baseline,",
            "measurements from certificates, incoming inspection and laboratories, supplier tokens for the",
            "supplier API. See docs/quality-data.md."},
        subcommands = {QualityImportCommand.class, QualityAgreementsCommand.class, QualityTokenCommand.class})
final class QualityCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
