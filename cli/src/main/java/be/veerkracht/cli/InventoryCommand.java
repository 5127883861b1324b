package be.veerkracht.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code veerkracht inventory}: buffers and inventory policies (docs/buffers.md, docs/inventory.md). */
@Command(name = "inventory", mixinStandardHelpOptions = true,
        description = {"Buffers and inventory policies: safety stock per part and who should hold it (buffers;",
            "docs/buffers.md); dual sourcing from a regular and an expedited supplier, with every heuristic's",
            "cost and the exact optimum (dual-sourcing; docs/inventory.md)."},
        subcommands = {InventoryDualSourcingCommand.class, InventoryBuffersCommand.class})
final class InventoryCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
