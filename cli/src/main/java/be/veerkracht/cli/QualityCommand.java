package be.veerkracht.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code veerkracht quality}: quality statistics of suppliers (docs/quality-statistics.md). */
@Command(name = "quality", mixinStandardHelpOptions = true,
        description = "Quality statistics (docs/quality-statistics.md): process capability of a characteristic "
                + "from a CSV of measurements (capability) and the TOST equivalence test of two samples (equivalence).",
        subcommands = {QualityCapabilityCommand.class, QualityEquivalenceCommand.class})
final class QualityCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
