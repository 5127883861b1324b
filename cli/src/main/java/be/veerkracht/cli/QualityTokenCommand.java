package be.veerkracht.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code veerkracht quality token}: tokens of suppliers' systems for the supplier API. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = {"Manage supplier tokens: the secret a supplier's system sends to",
            "POST /api/v1/quality/batches; it may post only that supplier's data. See docs/quality-data.md."},
        subcommands = {QualityTokenCreateCommand.class})
final class QualityTokenCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
