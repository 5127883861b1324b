package be.veerkracht.portfolio;

/**
 * Calendar days from order to receipt at our dock.
 *
 * @param days        mean lead time, days, transit included; &gt; 0
 * @param sdDays      its standard deviation, days; 0 when the ERP has no history
 * @param transitDays the part of {@code days} spent in transport, days; null when not given
 */
public record LeadTime(double days, double sdDays, Double transitDays) {

    public LeadTime {
        if (!(days > 0) || Double.isInfinite(days)) {
            throw new IllegalArgumentException("lead_time_days must be > 0, got " + days);
        }
        Checks.nonNegative(sdDays, "lead_time_sd_days");
        Checks.nonNegativeOrNull(transitDays, "transit_days");
        if (transitDays != null && transitDays > days) {
            throw new IllegalArgumentException(
                    "transit_days (" + transitDays + ") must not exceed lead_time_days (" + days + ")");
        }
    }

    public static LeadTime of(double days) {
        return new LeadTime(days, 0, null);
    }
}
