package be.veerkracht.cli;

import be.veerkracht.store.Database;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.user.NewToken;
import be.veerkracht.store.user.TokenStore;
import be.veerkracht.store.user.UserException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code veerkracht token create NAME}: prints a new API token, and nothing else, on standard output, so a script
 * can capture it ({@code TOKEN=$(veerkracht token create jan)}); the note about it goes to standard error.
 */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = {"Create a personal API token for user NAME and print it, alone on one line.",
            "It is shown only this once: only its SHA-256 is stored. Recorded in the audit chain."})
final class TokenCreateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "The user the token acts for, with that user's role.")
    private String name;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws BadInputException {
        NewToken created;
        try (Database db = database.open()) {
            Clock clock = Clock.systemUTC();
            TokenStore tokens = new TokenStore(db.jdbi(), new AuditLog(db.jdbi(), clock), clock, new SecureRandom());
            created = tokens.create(System.getProperty("user.name"), name);
        } catch (UserException refused) {
            throw new BadInputException("veerkracht: " + refused.message(language.locale()));
        }
        spec.commandLine().getOut().println(created.text());
        spec.commandLine().getErr().printf("Created API token %d (%s…) for %s; it is shown only this once.%n",
                created.token().id(), created.token().prefix(), name);
        return ExitCodes.OK;
    }
}
