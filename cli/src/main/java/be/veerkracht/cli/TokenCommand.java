package be.veerkracht.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code veerkracht token}: personal API tokens, for scripts acting as a user. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = {"Manage personal API tokens: secrets a script sends instead of a password, acting as",
            "the token's user with that user's role. See docs/users.md."},
        subcommands = {TokenCreateCommand.class})
final class TokenCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
