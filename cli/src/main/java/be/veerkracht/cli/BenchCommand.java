package be.veerkracht.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code veerkracht bench}: measurements of the engines on synthetic inputs (docs/benchmarks.md). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure how fast the engines are, on synthetic inputs made in memory (nothing is stored).",
            "See docs/benchmarks.md for the figures measured so far and how to read them."},
        subcommands = {BenchSimulateCommand.class, BenchExposureCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
