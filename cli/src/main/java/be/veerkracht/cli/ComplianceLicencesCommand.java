package be.veerkracht.cli;

import be.veerkracht.compliance.licence.Licence;
import be.veerkracht.compliance.licence.LicenceAlert;
import be.veerkracht.compliance.licence.LicenceAlerts;
import be.veerkracht.compliance.licence.LicenceUse;
import be.veerkracht.i18n.Messages;
import be.veerkracht.store.Database;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veerkracht compliance licences}: the licences held, their use, and what is due. */
@Command(name = "licences", mixinStandardHelpOptions = true,
        description = {"The licences held (individual, global, UGEA registrations) with their validity, items,",
            "destinations and use so far, and the alerts of today: expiry within --warning-days, use reports due",
            "within --report-days after each reporting period."})
final class ComplianceLicencesCommand implements Callable<Integer> {

    static final String SCHEMA = "veerkracht/licences/1";

    @Mixin
    private DatabaseOption database;

    @Option(names = "--warning-days", defaultValue = "90", paramLabel = "D",
            description = "Warn this many days before a licence expires (default: ${DEFAULT-VALUE}).")
    private int warningDays;

    @Option(names = "--report-days", defaultValue = "30", paramLabel = "D",
            description = "A use report is due this many days after its period ends (default: ${DEFAULT-VALUE}; "
                    + "set it to your licence's condition).")
    private int reportDays;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", hidden = true,
            description = "The day to compute alerts for (tests); default today.")
    private LocalDate today;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people, in --lang) or json (schema veerkracht/licences/1).")
    private OutputFormat format;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (warningDays < 0 || reportDays < 0) {
            throw new BadInputException("compliance licences: --warning-days and --report-days must be at least 0");
        }
        List<Licence> licences;
        List<LicenceUse> uses;
        try (Database db = database.open()) {
            ComplianceRecords records = ComplianceRecords.of(db);
            licences = records.licences().licences();
            uses = records.licences().uses();
        }
        LocalDate day = today == null ? LocalDate.now(ZoneOffset.UTC) : today;
        List<LicenceAlert> alerts = new LicenceAlerts(warningDays, reportDays).on(day, licences);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                    json(licences, uses, alerts, day)));
        } else {
            print(licences, uses, alerts, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static ObjectNode json(List<Licence> licences, List<LicenceUse> uses, List<LicenceAlert> alerts,
                                   LocalDate day) {
        ObjectNode root = new ObjectMapper().createObjectNode().put("schema", SCHEMA).put("today", day.toString());
        ArrayNode list = root.putArray("licences");
        for (Licence licence : licences) {
            ObjectNode node = list.addObject().put("number", licence.number())
                    .put("kind", licence.kind().name().toLowerCase(Locale.ROOT))
                    .put("authorisation", licence.authorisation())
                    .put("valid_from", licence.validFrom().toString())
                    .put("valid_until", licence.validUntil() == null ? null : licence.validUntil().toString())
                    .put("quantity_limit", licence.quantityLimit()).put("value_limit_eur", licence.valueLimitEur())
                    .put("end_user", licence.endUser())
                    .put("reporting", licence.reporting().name().toLowerCase(Locale.ROOT));
            licence.items().forEach(node.putArray("items")::add);
            licence.destinations().forEach(node.putArray("destinations")::add);
            ArrayNode used = node.putArray("uses");
            uses.stream().filter(u -> u.licenceNumber().equals(licence.number())).forEach(u -> used.addObject()
                    .put("shipment", u.shipment()).put("item", u.itemRef()).put("destination", u.destination())
                    .put("quantity", u.quantity()).put("value_eur", u.valueEur())
                    .put("shipped_on", u.shippedOn().toString()));
        }
        ArrayNode due = root.putArray("alerts");
        for (LicenceAlert alert : alerts) {
            due.addObject().put("licence", alert.licenceNumber()).put("kind", alert.kind().name()
                            .toLowerCase(Locale.ROOT)).put("due", alert.due().toString())
                    .put("period_start", alert.periodStart() == null ? null : alert.periodStart().toString())
                    .put("period_end", alert.periodEnd() == null ? null : alert.periodEnd().toString())
                    .put("days_left", alert.daysLeft());
        }
        return root;
    }

    private void print(List<Licence> licences, List<LicenceUse> uses, List<LicenceAlert> alerts, PrintWriter out) {
        Locale locale = language.locale();
        out.println(Messages.format(ComplianceLabel.LICENCES_TITLE, locale));
        if (licences.isEmpty()) {
            out.println(Messages.format(ComplianceLabel.NO_LICENCES, locale));
        }
        for (Licence licence : licences) {
            long used = uses.stream().filter(u -> u.licenceNumber().equals(licence.number())).count();
            out.println("  " + Messages.format(ComplianceLabel.LICENCE_LINE, locale, licence.number(),
                    licence.kind().name().toLowerCase(Locale.ROOT),
                    licence.authorisation() == null ? "" : " " + licence.authorisation(), licence.validFrom(),
                    licence.validUntil() == null ? "\u2014" : licence.validUntil(), String.join(" ", licence.items()),
                    String.join(" ", licence.destinations()), used));
        }
        if (!alerts.isEmpty()) {
            out.println(Messages.format(ComplianceLabel.ALERTS, locale));
            for (LicenceAlert alert : alerts) {
                out.println("  " + (alert.kind() == LicenceAlert.Kind.EXPIRES
                        ? Messages.format(ComplianceLabel.ALERT_EXPIRES, locale, alert.licenceNumber(), alert.due(),
                                alert.daysLeft())
                        : Messages.format(ComplianceLabel.ALERT_REPORT_DUE, locale, alert.licenceNumber(),
                                alert.periodStart(), alert.periodEnd(), alert.due(), alert.daysLeft())));
            }
        }
    }
}
