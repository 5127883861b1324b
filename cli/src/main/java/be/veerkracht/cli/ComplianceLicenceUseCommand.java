package be.veerkracht.cli;

import be.veerkracht.compliance.ControlStatus;
import be.veerkracht.compliance.licence.CoverageResult;
import be.veerkracht.compliance.licence.LicenceUse;
import be.veerkracht.i18n.Messages;
import be.veerkracht.store.Database;
import be.veerkracht.store.compliance.ComplianceException;
import be.veerkracht.store.compliance.ExportRegister;
import be.veerkracht.store.compliance.ItemRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veerkracht compliance licence-use}: records a shipment made under a licence. */
@Command(name = "licence-use", mixinStandardHelpOptions = true,
        description = {"Record a shipment made under a licence (counts against its limits and goes into its use",
            "report) after checking that the licence covers it: kind, validity on the shipping date, the item (by",
            "its Annex I entry in the newest snapshot's register, or its ID), destination and what is left of its",
            "limits. Recorded in the audit chain; a shipment of an item is recorded once per licence."})
final class ComplianceLicenceUseCommand implements Callable<Integer> {

    @Option(names = "--licence", required = true, paramLabel = "NUMBER", description = "The licence number.")
    private String licence;

    @Option(names = "--shipment", required = true, paramLabel = "REF",
            description = "Your reference: delivery note or export declaration (MRN).")
    private String shipment;

    @Option(names = "--item", required = true, paramLabel = "part:ID|product:ID", description = "What was shipped.")
    private String itemRef;

    @Option(names = "--destination", required = true, paramLabel = "CC", description = "Destination, ISO code.")
    private String destination;

    @Option(names = "--quantity", required = true, paramLabel = "UNITS", description = "Units shipped.")
    private BigDecimal quantity;

    @Option(names = "--value", required = true, paramLabel = "EUR", description = "Value shipped, EUR.")
    private BigDecimal value;

    @Option(names = "--shipped-on", required = true, paramLabel = "YYYY-MM-DD", description = "Shipping date.")
    private LocalDate shippedOn;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    /** The item's Annex I code in the export register of the newest snapshot; null when not listed or unknown. */
    private static String code(Database db, ComplianceRecords records, String itemRef) {
        java.time.Clock clock = java.time.Clock.systemUTC();
        var snapshot = new be.veerkracht.store.snapshot.SnapshotStore(db.jdbi(),
                new be.veerkracht.store.audit.AuditLog(db.jdbi(), clock), clock).latest();
        if (snapshot.isEmpty()) {
            return null;
        }
        String[] parts = itemRef.split(":", 2);
        ItemRef ref = parts[0].equals("part") ? ItemRef.part(parts[1]) : ItemRef.product(parts[1]);
        return new ExportRegister(snapshot.get().portfolio(), records.classifications().current()).entry(ref)
                .map(e -> e.status() instanceof ControlStatus.Listed listed ? listed.code().code() : null)
                .orElse(null);
    }

    @Override
    public Integer call() throws Exception {
        if (!itemRef.matches("(part|product):\\S.*")) {
            throw new BadInputException("compliance licence-use: --item must be part:ID or product:ID, got '"
                    + itemRef + "'");
        }
        LicenceUse use;
        try {
            use = new LicenceUse(licence, shipment, itemRef, destination.strip().toUpperCase(Locale.ROOT),
                    quantity, value, shippedOn);
        } catch (IllegalArgumentException bad) {
            throw new BadInputException("compliance licence-use: " + bad.getMessage());
        }
        CoverageResult coverage;
        try (Database db = database.open()) {
            ComplianceRecords records = ComplianceRecords.of(db);
            coverage = records.licences().recordUse(ComplianceRecords.actor(), use, code(db, records,
                    use.itemRef()));
        } catch (ComplianceException refused) {
            throw new BadInputException("compliance licence-use: " + refused.message(language.locale()));
        }
        String left = (coverage.quantityLeft() == null ? "" : "; " + coverage.quantityLeft().stripTrailingZeros()
                .toPlainString() + " units left") + (coverage.valueLeftEur() == null ? ""
                : "; EUR " + coverage.valueLeftEur().toPlainString() + " left");
        spec.commandLine().getOut().println(Messages.format(ComplianceLabel.USE_RECORDED, language.locale(),
                shipment, licence, left));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
