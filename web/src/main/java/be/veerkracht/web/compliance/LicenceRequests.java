package be.veerkracht.web.compliance;

import be.veerkracht.compliance.licence.Licence;
import be.veerkracht.compliance.licence.LicenceKind;
import be.veerkracht.compliance.licence.LicenceUse;
import be.veerkracht.compliance.licence.ReportingPeriod;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A licence and a shipment under it as the forms and the API give them. Licence fields: {@code number},
 * {@code kind} (individual, global, ugea_registration), {@code authorisation} (EU001–EU008, registrations only),
 * {@code valid_from}, {@code valid_until}, {@code items}, {@code destinations}, {@code quantity_limit},
 * {@code value_limit_eur}, {@code end_user}, {@code reporting} (none, quarterly, half_yearly, yearly). Shipment fields:
 * {@code shipment}, {@code item} ({@code part:ID}), {@code destination}, {@code quantity}, {@code value_eur},
 * {@code shipped_on} (default today). What the core's records refuse beyond the fields is named with its reason.
 */
final class LicenceRequests {

    private LicenceRequests() {
    }

    static Licence licence(ComplianceInput input) {
        String number = input.name("number");
        LicenceKind kind = input.choice("kind", LicenceKind.class, null);
        String authorisation = input.optional("authorisation");
        LocalDate from = input.date("valid_from", null);
        LocalDate until = input.optionalDate("valid_until");
        if (until != null && until.isBefore(from)) {
            throw ComplianceRefusal.badField("valid_until", ComplianceText.ERROR_LICENCE,
                    "valid until " + until + " is before valid from " + from);
        }
        try {
            return new Licence(number, kind, authorisation == null ? null : authorisation.toUpperCase(Locale.ROOT),
                    from, until, input.list("items"), input.list("destinations"), input.positive("quantity_limit", false),
                    input.positive("value_limit_eur", false), input.optional("end_user"),
                    input.choice("reporting", ReportingPeriod.class, ReportingPeriod.NONE));
        } catch (IllegalArgumentException refused) {
            throw ComplianceRefusal.of(ComplianceRefusal.BAD_REQUEST, null, ComplianceText.ERROR_LICENCE,
                    refused.getMessage());
        }
    }

    /** @param number the licence, from the path or the form */
    static LicenceUse use(String number, ComplianceInput input, LocalDate today) {
        String shipment = input.name("shipment");
        String item = input.itemRef("item").toString();
        String destination = input.country("destination").alpha2();
        try {
            return new LicenceUse(number, shipment, item, destination, input.positive("quantity", true),
                    input.zeroOrMore("value_eur"), input.date("shipped_on", today));
        } catch (IllegalArgumentException refused) {
            throw ComplianceRefusal.of(ComplianceRefusal.BAD_REQUEST, null, ComplianceText.ERROR_USE,
                    refused.getMessage());
        }
    }
}
