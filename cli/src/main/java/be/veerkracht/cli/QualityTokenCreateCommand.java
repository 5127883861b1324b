package be.veerkracht.cli;

import be.veerkracht.i18n.Messages;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.store.Database;
import be.veerkracht.store.quality.QualityRecords;
import be.veerkracht.store.quality.SupplierTokenStore;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veerkracht quality token create --supplier ID}: prints a new supplier token, and nothing else, on standard
 * output, so a script can capture it; the note about it goes to standard error.
 */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = {"Create a token for supplier ID's system and print it, alone on one line.",
            "It is shown only this once: only its SHA-256 is stored. Recorded in the audit chain."})
final class QualityTokenCreateCommand implements Callable<Integer> {

    @Option(names = "--supplier", required = true, paramLabel = "ID",
            description = "The supplier ID (as in the portfolio) whose data the token may post.")
    private String supplier;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws BadInputException {
        SupplierId id;
        try {
            id = new SupplierId(supplier);
        } catch (IllegalArgumentException bad) {
            throw new BadInputException("veerkracht: --supplier: " + bad.getMessage());
        }
        SupplierTokenStore.NewSupplierToken created;
        try (Database db = database.open()) {
            created = QualityRecords.of(db, Clock.systemUTC()).tokens().create(System.getProperty("user.name"), id);
        }
        spec.commandLine().getOut().println(created.text());
        spec.commandLine().getErr().println(Messages.format(QualityLabel.TOKEN_CREATED, language.locale(),
                String.valueOf(created.token().id()), created.token().prefix(), id.value()));
        return ExitCodes.OK;
    }
}
