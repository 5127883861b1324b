package be.veerkracht.compliance.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Dates worked by hand on the calendar (2026-11-28 is a Saturday; periods are calendar quarters/halves/years). */
class LicenceAlertsTest {

    private static Licence licence(String number, LocalDate from, LocalDate until, ReportingPeriod reporting) {
        return new Licence(number, LicenceKind.GLOBAL, null, from, until, Set.of("2B001"), Set.of("US", "CA"), null,
                new BigDecimal("500000"), null, reporting);
    }

    @Test
    void warns_from_ninety_days_before_the_last_valid_day() {
        LicenceAlerts alerts = new LicenceAlerts(90, 30);
        Licence expiring = licence("G-1", LocalDate.of(2024, 3, 1), LocalDate.of(2027, 2, 26), ReportingPeriod.NONE);
        // 2026-11-28 + 90 days = 2027-02-26: the first day of the warning
        assertThat(alerts.on(LocalDate.of(2026, 11, 28), List.of(expiring)))
                .containsExactly(new LicenceAlert("G-1", LicenceAlert.Kind.EXPIRES, LocalDate.of(2027, 2, 26), null,
                        null, 90));
        assertThat(alerts.on(LocalDate.of(2026, 11, 27), List.of(expiring))).isEmpty();
        assertThat(alerts.on(LocalDate.of(2027, 2, 27), List.of(expiring))).isEmpty();
    }

    @Test
    void a_report_is_due_thirty_days_after_the_period_that_ended_last() {
        LicenceAlerts alerts = new LicenceAlerts(90, 30);
        Licence quarterly = licence("G-2", LocalDate.of(2026, 1, 1), null, ReportingPeriod.QUARTERLY);
        // on 2026-10-15 the last ended quarter is Q3 (07-01..09-30), due 09-30 + 30 = 10-30, 15 days ahead
        assertThat(alerts.on(LocalDate.of(2026, 10, 15), List.of(quarterly))).containsExactly(new LicenceAlert("G-2",
                LicenceAlert.Kind.REPORT_DUE, LocalDate.of(2026, 10, 30), LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 9, 30), 15));
        // after the due date the reminder is gone until the next period ends
        assertThat(alerts.on(LocalDate.of(2026, 11, 28), List.of(quarterly))).isEmpty();
        // a yearly report on 2027-01-10: period 2026-01-01..2026-12-31, due 2027-01-30
        Licence yearly = licence("G-3", LocalDate.of(2026, 5, 1), null, ReportingPeriod.YEARLY);
        assertThat(alerts.on(LocalDate.of(2027, 1, 10), List.of(yearly)).get(0).due())
                .isEqualTo(LocalDate.of(2027, 1, 30));
        // a licence that was not yet valid in the period that ended has nothing to report
        Licence fresh = licence("G-4", LocalDate.of(2026, 10, 1), null, ReportingPeriod.QUARTERLY);
        assertThat(alerts.on(LocalDate.of(2026, 10, 15), List.of(fresh))).isEmpty();
    }

    @Test
    void half_years_start_in_january_and_july() {
        assertThat(ReportingPeriod.HALF_YEARLY.periodStart(LocalDate.of(2026, 9, 14))).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(ReportingPeriod.HALF_YEARLY.periodEnd(LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(ReportingPeriod.QUARTERLY.periodEnd(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2024, 3, 31));
    }
}
