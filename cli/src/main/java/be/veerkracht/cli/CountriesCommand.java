package be.veerkracht.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code veerkracht countries}: choosing a country for a second source; alone it lists its subcommands. */
@Command(name = "countries", mixinStandardHelpOptions = true,
        description = "Choosing a \"plus one\" country: multi-criteria ranking of candidate countries (docs/mcda.md).",
        subcommands = {CountriesRankCommand.class})
final class CountriesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
