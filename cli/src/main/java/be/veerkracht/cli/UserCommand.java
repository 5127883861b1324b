package be.veerkracht.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code veerkracht user}: the people who may sign in, and their roles. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = {"Manage users: who may sign in to Veerkracht, and with which role.",
            "Roles: ADMIN, BUYER, QUALITY, COMPLIANCE, VIEWER. See docs/users.md."},
        subcommands = {UserAddCommand.class})
final class UserCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
