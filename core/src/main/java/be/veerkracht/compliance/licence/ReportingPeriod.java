package be.veerkracht.compliance.licence;

import java.time.LocalDate;
import java.time.Month;

/**
 * How often the use of an authorisation must be reported to the authority. The period is set per licence from the
 * licence conditions (the Flemish CSG states it in each licence or UGEA registration); Veerkracht does not assume
 * one. Periods are calendar periods.
 */
public enum ReportingPeriod {
    NONE(0),
    QUARTERLY(3),
    HALF_YEARLY(6),
    YEARLY(12);

    private final int months;

    ReportingPeriod(int months) {
        this.months = months;
    }

    /** First day of the calendar period holding {@code day}; {@code day} itself for {@link #NONE}. */
    public LocalDate periodStart(LocalDate day) {
        if (this == NONE) {
            return day;
        }
        int index = (day.getMonthValue() - 1) / months;
        return LocalDate.of(day.getYear(), Month.of(index * months + 1), 1);
    }

    /** Last day of the calendar period holding {@code day}. */
    public LocalDate periodEnd(LocalDate day) {
        if (this == NONE) {
            return day;
        }
        return periodStart(day).plusMonths(months).minusDays(1);
    }
}
