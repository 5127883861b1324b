package be.veerkracht.cli;

import be.veerkracht.compliance.licence.Licence;
import be.veerkracht.compliance.licence.LicenceKind;
import be.veerkracht.compliance.licence.ReportingPeriod;
import be.veerkracht.i18n.Messages;
import be.veerkracht.store.Database;
import be.veerkracht.store.compliance.ComplianceException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veerkracht compliance licence-add}: records a licence the authority granted. */
@Command(name = "licence-add", mixinStandardHelpOptions = true,
        description = {"Record a licence the authority granted, or a UGEA registration: its number, kind, validity,",
            "the items (Annex I entries or prefixes, or part:ID / product:ID; * for all) and destinations (ISO",
            "codes; * for all) it covers, its limits and reporting period. Recorded in the audit chain."})
final class ComplianceLicenceAddCommand implements Callable<Integer> {

    @Option(names = "--number", required = true, paramLabel = "NUMBER", description = "The licence number.")
    private String number;

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "individual, global or ugea_registration.")
    private String kind;

    @Option(names = "--ugea", paramLabel = "EU00N", description = "For a UGEA registration: EU001 to EU008.")
    private String ugea;

    @Option(names = "--valid-from", required = true, paramLabel = "YYYY-MM-DD", description = "First valid day.")
    private LocalDate validFrom;

    @Option(names = "--valid-until", paramLabel = "YYYY-MM-DD", description = "Last valid day; none: no expiry.")
    private LocalDate validUntil;

    @Option(names = "--items", required = true, split = ",", paramLabel = "ITEM",
            description = "Items covered, comma-separated: 3A001.a, part:250040, product:M-FW, or *.")
    private List<String> items;

    @Option(names = "--destinations", required = true, split = ",", paramLabel = "CC",
            description = "Destinations covered, comma-separated ISO codes, or *.")
    private List<String> destinations;

    @Option(names = "--quantity-limit", paramLabel = "UNITS", description = "Most units in total; none: unlimited.")
    private BigDecimal quantityLimit;

    @Option(names = "--value-limit", paramLabel = "EUR", description = "Most value in total, EUR; none: unlimited.")
    private BigDecimal valueLimit;

    @Option(names = "--end-user", paramLabel = "NAME", description = "The end user named on the licence.")
    private String endUser;

    @Option(names = "--reporting", defaultValue = "none", paramLabel = "PERIOD",
            description = "How often its use is reported: none (default), quarterly, half_yearly, yearly.")
    private String reporting;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Licence licence;
        try {
            licence = new Licence(number, LicenceKind.valueOf(upper(kind)), ugea == null ? null : upper(ugea),
                    validFrom, validUntil, new LinkedHashSet<>(items), new LinkedHashSet<>(destinations),
                    quantityLimit, valueLimit, endUser, ReportingPeriod.valueOf(upper(reporting)));
        } catch (IllegalArgumentException bad) {
            throw new BadInputException("compliance licence-add: " + bad.getMessage());
        }
        try (Database db = database.open()) {
            ComplianceRecords.of(db).licences().add(ComplianceRecords.actor(), licence);
        } catch (ComplianceException refused) {
            throw new BadInputException("compliance licence-add: " + refused.message(language.locale()));
        }
        spec.commandLine().getOut().println(Messages.format(ComplianceLabel.LICENCE_ADDED, language.locale(),
                licence.number(), database.settings().displayUrl()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private static String upper(String text) {
        return text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }
}
