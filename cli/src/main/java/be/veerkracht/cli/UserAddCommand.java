package be.veerkracht.cli;

import be.veerkracht.store.Database;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.user.LockoutPolicy;
import be.veerkracht.store.user.PasswordHashing;
import be.veerkracht.store.user.Role;
import be.veerkracht.store.user.User;
import be.veerkracht.store.user.UserException;
import be.veerkracht.store.user.UserRules;
import be.veerkracht.store.user.UserStore;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code veerkracht user add NAME --role ROLE}: adds a user. The password is never an argument (it would show in
 * the process list and the shell history): typed twice at a terminal, else the first line of standard input.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add a user with a role. The password is asked twice when run at a terminal; otherwise it",
            "is read from the first line of standard input (UTF-8), e.g. from a password manager's command.",
            "Passwords need at least 12 characters. Recorded in the audit chain with you as the actor."})
final class UserAddCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "The user's name: 1 to 64 characters, unique.")
    private String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE",
            description = "What the user may do: ${COMPLETION-CANDIDATES}.")
    private Role role;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws BadInputException {
        char[] password = readPassword();
        try {
            UserRules.checkName(name);
            UserRules.checkPassword(CharBuffer.wrap(password));
            User user;
            try (Database db = database.open()) {
                Clock clock = Clock.systemUTC();
                UserStore users = new UserStore(db.jdbi(), new AuditLog(db.jdbi(), clock), clock,
                        PasswordHashing.owasp(), LockoutPolicy.DEFAULT);
                user = users.add(System.getProperty("user.name"), name, role, CharBuffer.wrap(password));
            }
            spec.commandLine().getOut().printf("Added user %s with role %s to %s%n", user.name(), user.role(),
                    database.settings().displayUrl());
            return ExitCodes.OK;
        } catch (UserException refused) {
            throw new BadInputException("veerkracht: " + refused.message(language.locale()));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Twice without echo at a terminal; else the first line of standard input. Empty is refused. */
    private char[] readPassword() throws BadInputException {
        Console console = System.console();
        char[] password = console != null ? fromConsole(console) : firstLineOfStandardInput();
        if (password.length == 0) {
            throw new BadInputException("veerkracht: user add: the password is empty; type it when asked, or "
                    + "give it on the first line of standard input");
        }
        return password;
    }

    private char[] fromConsole(Console console) throws BadInputException {
        char[] first = console.readPassword("Password for %s: ", name);
        char[] second = console.readPassword("Repeat the password: ");
        if (first == null || second == null) {
            throw new BadInputException("veerkracht: user add: no password given");
        }
        boolean same = Arrays.equals(first, second);
        Arrays.fill(second, '\0');
        if (!same) {
            Arrays.fill(first, '\0');
            throw new BadInputException("veerkracht: user add: the two passwords differ; nothing was stored");
        }
        return first;
    }

    /** Standard input is left open: it belongs to the process, not to this command. */
    private static char[] firstLineOfStandardInput() throws BadInputException {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? new char[0] : line.toCharArray();
        } catch (IOException failure) {
            throw new BadInputException("veerkracht: user add: cannot read the password from standard input: "
                    + failure.getMessage());
        }
    }
}
