package be.veerkracht.cli;

import be.veerkracht.portfolio.InvalidPortfolioException;
import be.veerkracht.store.StoreException;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command throws into a message and an exit code: bad input is 2 with every problem listed, anything
 * else is 1 with a one-line message. The stack trace only with {@code VEERKRACHT_DEBUG=1}, never by surprise.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        Locale locale = languageOf(commandLine);
        if (e instanceof InvalidPortfolioException invalid) {
            err.println(invalid.report(locale));
            err.println(invalid.summary(locale) + ".");
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof StoreException store) {
            err.println("veerkracht: " + store.message(locale));
            return store.problem().isUsageError() ? ExitCodes.BAD_INPUT : ExitCodes.UNEXPECTED;
        }
        if (e instanceof BadInputException bad) {
            err.println(bad.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        err.println("veerkracht: unexpected error: " + describe(e));
        if ("1".equals(System.getenv("VEERKRACHT_DEBUG"))) {
            e.printStackTrace(err);
        } else {
            err.println("Run again with VEERKRACHT_DEBUG=1 for the details, and report it if it persists.");
        }
        return ExitCodes.UNEXPECTED;
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.toString();
    }

    /** The command's {@code --lang}, where it has that option; else the system's language. */
    private static Locale languageOf(CommandLine commandLine) {
        return commandLine.getCommandSpec().mixins().values().stream()
                .map(mixin -> mixin.userObject())
                .filter(LanguageOption.class::isInstance)
                .map(option -> ((LanguageOption) option).locale())
                .findFirst()
                .orElse(be.veerkracht.i18n.Messages.language(Locale.getDefault()));
    }
}
