package be.veerkracht.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code veerkracht compliance}: dual-use export control (docs/export-control.md). */
@Command(name = "compliance", mixinStandardHelpOptions = true,
        description = {"Dual-use export control (Regulation (EU) 2021/821; docs/export-control.md): the register of",
            "parts and products with their classification (register, classify), export checks against the rules",
            "as data (check-export), licences and their use (licences, licence-add, licence-use), and the Internal",
            "Compliance Programme (icp). Every classification, check, licence and use is recorded in the audit",
            "chain with the rule-set version."},
        subcommands = {ComplianceRegisterCommand.class, ComplianceClassifyCommand.class,
            ComplianceCheckExportCommand.class, ComplianceLicencesCommand.class, ComplianceLicenceAddCommand.class,
            ComplianceLicenceUseCommand.class, ComplianceIcpCommand.class})
final class ComplianceCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
