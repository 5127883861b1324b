package be.veerkracht.compliance.licence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Warnings before a licence expires and reminders of use reports due. A licence warns from
 * {@code warningDays} before its last valid day. A report is due {@code reportDays} after the end of each reporting
 * period in which the licence was valid, for the last period that has ended; both windows are the company's
 * settings (the CSG's licence conditions state the actual terms: Veerkracht does not assume them).
 */
public final class LicenceAlerts {

    /** Days before expiry a licence starts warning, by default: the time a renewal application may take. */
    public static final int DEFAULT_WARNING_DAYS = 90;
    /** Days after a reporting period's end its report is due, by default (set to the licence's condition). */
    public static final int DEFAULT_REPORT_DAYS = 30;

    private final int warningDays;
    private final int reportDays;

    public LicenceAlerts(int warningDays, int reportDays) {
        if (warningDays < 0 || reportDays < 0) {
            throw new IllegalArgumentException("warning and report days must be at least 0");
        }
        this.warningDays = warningDays;
        this.reportDays = reportDays;
    }

    /** Alerts on {@code today}, soonest due first, then by licence number. */
    public List<LicenceAlert> on(LocalDate today, List<Licence> licences) {
        List<LicenceAlert> alerts = new ArrayList<>();
        for (Licence licence : licences) {
            LocalDate until = licence.validUntil();
            if (until != null && !today.isAfter(until) && !today.isBefore(until.minusDays(warningDays))) {
                alerts.add(new LicenceAlert(licence.number(), LicenceAlert.Kind.EXPIRES, until, null, null,
                        ChronoUnit.DAYS.between(today, until)));
            }
            if (licence.reporting() != ReportingPeriod.NONE) {
                LocalDate previousEnd = licence.reporting().periodStart(today).minusDays(1);
                LocalDate start = licence.reporting().periodStart(previousEnd);
                boolean validInPeriod = !licence.validFrom().isAfter(previousEnd)
                        && (until == null || !until.isBefore(start));
                LocalDate due = previousEnd.plusDays(reportDays);
                if (validInPeriod && !today.isAfter(due)) {
                    alerts.add(new LicenceAlert(licence.number(), LicenceAlert.Kind.REPORT_DUE, due, start,
                            previousEnd, ChronoUnit.DAYS.between(today, due)));
                }
            }
        }
        alerts.sort(Comparator.comparing(LicenceAlert::due).thenComparing(LicenceAlert::licenceNumber)
                .thenComparing(LicenceAlert::kind));
        return List.copyOf(alerts);
    }
}
