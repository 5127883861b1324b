package be.veerkracht.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code veerkracht quality}: quality agreements, measurements and supplier tokens (docs/quality-data.md), and the
 * statistics of suppliers' measurements (docs/quality-statistics.md).
 */
@Command(name = "quality", mixinStandardHelpOptions = true,
        description = {"Quality data of dual-sourced parts: agreements binding every supplier to one baseline,",
            "measurements from certificates, incoming inspection and laboratories, supplier tokens for the",
            "supplier API (docs/quality-data.md); process capability of a characteristic and the TOST equivalence",
            "test of two samples (docs/quality-statistics.md)."},
        subcommands = {QualityImportCommand.class, QualityAgreementsCommand.class, QualityTokenCommand.class,
            QualityCapabilityCommand.class, QualityEquivalenceCommand.class, QualityCheckCommand.class})
final class QualityCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
