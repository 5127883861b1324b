package be.veerkracht.compliance.licence;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something to act on for a licence before a date: it expires, or a report of its use is due.
 *
 * @param due          the licence's last valid day, or the day the report is due
 * @param periodStart  for a report, the first day of the period it covers; null for an expiry
 * @param periodEnd    for a report, the last day of that period; null for an expiry
 * @param daysLeft     days from today to {@code due} (negative: overdue)
 */
public record LicenceAlert(String licenceNumber, Kind kind, LocalDate due, LocalDate periodStart, LocalDate periodEnd,
                           long daysLeft) {

    public LicenceAlert {
        Objects.requireNonNull(licenceNumber, "licenceNumber");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
    }

    public enum Kind {
        /** The licence stops being valid; apply for a renewal in time. */
        EXPIRES,
        /** A report of the use in a past period is due. */
        REPORT_DUE
    }
}
