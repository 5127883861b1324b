package be.veerkracht.web.compliance;

import be.veerkracht.compliance.licence.Licence;
import be.veerkracht.compliance.licence.LicenceAlert;
import be.veerkracht.compliance.licence.LicenceAlerts;
import be.veerkracht.compliance.licence.LicenceKind;
import be.veerkracht.compliance.licence.LicenceUse;
import be.veerkracht.compliance.licence.ReportingPeriod;
import be.veerkracht.web.page.Labels;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The licences page {@code /compliance/licences}: every licence with validity, items, destinations, limits and the
 * use so far, today's alerts, the shipments recorded, and the forms to add a licence and record a shipment.
 *
 * @param errorForm which form {@code error} belongs to: {@code add} or {@code use}; null when none
 */
public record LicencesView(Labels text, boolean mayRecord, String csrf, List<Row> licences, List<String> alerts,
                           List<UseRow> uses, Map<String, String> form, List<ItemView.Option> kinds,
                           List<ItemView.Option> reporting, String error, String errorForm, String done) {

    public LicencesView {
        licences = List.copyOf(licences);
        alerts = List.copyOf(alerts);
        uses = List.copyOf(uses);
        form = Map.copyOf(form);
        kinds = List.copyOf(kinds);
        reporting = List.copyOf(reporting);
    }

    public record Row(String number, String kind, String valid, String items, String destinations, String limits,
                      String used, String endUser, String reporting) {
    }

    public record UseRow(String licence, String shipment, String item, String destination, String quantity,
                         String value, String shippedOn) {
    }

    /** A field's value as entered, empty when none. */
    public String value(String field) {
        return form.getOrDefault(field, "");
    }

    static LicencesView of(Labels text, boolean mayRecord, String csrf, List<Licence> licences, List<LicenceUse> uses,
                           List<LicenceAlert> alerts, Map<String, String> form, String error, String errorForm,
                           String done) {
        List<Row> rows = licences.stream().map(l -> row(text, l, uses)).toList();
        List<String> alertLines = alerts.stream().map(a -> text.get(a.kind() == LicenceAlert.Kind.EXPIRES
                        ? ComplianceText.ALERT_EXPIRES : ComplianceText.ALERT_REPORT_DUE, a.licenceNumber(),
                a.due().toString(), text.count(a.daysLeft()), String.valueOf(a.periodStart()),
                String.valueOf(a.periodEnd()))).toList();
        List<UseRow> useRows = uses.stream().map(u -> new UseRow(u.licenceNumber(), u.shipment(), u.itemRef(),
                u.destination(), text.number(u.quantity().doubleValue()), text.eurCents(u.valueEur()),
                u.shippedOn().toString())).toList();
        String chosenKind = form.getOrDefault("kind", "individual");
        String chosenReporting = form.getOrDefault("reporting", "none");
        List<ItemView.Option> kinds = Arrays.stream(LicenceKind.values()).map(k -> new ItemView.Option(
                ComplianceInput.code(k), ComplianceWords.word(text, "LICENCE_KIND_", k),
                ComplianceInput.code(k).equals(chosenKind))).toList();
        List<ItemView.Option> periods = Arrays.stream(ReportingPeriod.values()).map(p -> new ItemView.Option(
                ComplianceInput.code(p), ComplianceWords.word(text, "REPORTING_", p),
                ComplianceInput.code(p).equals(chosenReporting))).toList();
        return new LicencesView(text, mayRecord, csrf, rows, alertLines, useRows, form, kinds, periods, error,
                errorForm, done);
    }

    /** The alerts' heading, with the warning window. */
    public String intro() {
        return text.get(ComplianceText.LICENCES_INTRO, LicenceAlerts.DEFAULT_WARNING_DAYS,
                LicenceAlerts.DEFAULT_REPORT_DAYS);
    }

    private static Row row(Labels text, Licence l, List<LicenceUse> uses) {
        String valid = text.get(ComplianceText.LICENCES_VALID, l.validFrom().toString(), l.validUntil() == null
                ? text.get(ComplianceText.LICENCES_OPEN_ENDED) : l.validUntil().toString());
        String quantity = l.quantityLimit() == null ? null
                : text.get(ComplianceText.LICENCES_QUANTITY, text.number(l.quantityLimit().doubleValue()));
        String value = l.valueLimitEur() == null ? null : text.eurCents(l.valueLimitEur());
        String limits = quantity == null && value == null ? text.get(ComplianceText.LICENCES_UNLIMITED)
                : quantity == null ? value : value == null ? quantity : quantity + ", " + value;
        List<LicenceUse> own = uses.stream().filter(u -> u.licenceNumber().equals(l.number())).toList();
        BigDecimal units = own.stream().map(LicenceUse::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal eur = own.stream().map(LicenceUse::valueEur).reduce(BigDecimal.ZERO, BigDecimal::add);
        String used = text.get(ComplianceText.LICENCES_USED, text.number(units.doubleValue()), text.eurCents(eur),
                text.count(own.size()));
        String kind = ComplianceWords.word(text, "LICENCE_KIND_", l.kind())
                + (l.authorisation() == null ? "" : " " + l.authorisation());
        return new Row(l.number(), kind, valid, String.join(", ", new TreeSet<>(l.items())),
                String.join(", ", new TreeSet<>(l.destinations())), limits, used,
                ComplianceWords.orDash(text, l.endUser()), ComplianceWords.word(text, "REPORTING_", l.reporting()));
    }
}
