package be.veerkracht.inventory;

/**
 * Demand over a replenishment lead time when both daily demand and the lead time vary (independently).
 *
 * <p>Mean μ<sub>DL</sub> = μ<sub>D</sub>·μ<sub>L</sub>; variance σ<sub>DL</sub>² = μ<sub>L</sub>·σ<sub>D</sub>² +
 * μ<sub>D</sub>²·σ<sub>L</sub>² (the variance of a random sum: E. A. Silver, D. F. Pyke, D. J. Thomas, <i>Inventory and
 * Production Management in Supply Chains</i>, 4th ed., CRC Press 2017, §6.10.1; S. Axsäter, <i>Inventory Control</i>,
 * 3rd ed., Springer 2015, §5.3). The shortcut z·σ<sub>D</sub>·√L drops the second term, which is what a late ship
 * from Asia adds, and understates the buffer for long, unreliable lead times.
 *
 * @param meanPerDay        mean daily demand, units
 * @param sdPerDay          standard deviation of daily demand, units (days independent)
 * @param meanLeadTimeDays  mean lead time, days
 * @param sdLeadTimeDays    standard deviation of the lead time, days
 */
public record LeadTimeDemand(double meanPerDay, double sdPerDay, double meanLeadTimeDays, double sdLeadTimeDays) {

    public LeadTimeDemand {
        nonNegative(meanPerDay, "mean daily demand");
        nonNegative(sdPerDay, "daily demand standard deviation");
        nonNegative(meanLeadTimeDays, "mean lead time");
        nonNegative(sdLeadTimeDays, "lead time standard deviation");
    }

    /** Fixed lead time. */
    public static LeadTimeDemand fixedLeadTime(double meanPerDay, double sdPerDay, double leadTimeDays) {
        return new LeadTimeDemand(meanPerDay, sdPerDay, leadTimeDays, 0);
    }

    /** From a week's standard deviation (days independent: σ<sub>day</sub> = σ<sub>week</sub>/√7). */
    public static LeadTimeDemand fromWeekly(double annualDemand, double weeklySd, double meanLeadTimeDays,
                                            double sdLeadTimeDays) {
        return new LeadTimeDemand(annualDemand / 365.0, weeklySd / Math.sqrt(7), meanLeadTimeDays, sdLeadTimeDays);
    }

    public double mean() {
        return meanPerDay * meanLeadTimeDays;
    }

    public double sd() {
        return Math.sqrt(meanLeadTimeDays * sdPerDay * sdPerDay
                + meanPerDay * meanPerDay * sdLeadTimeDays * sdLeadTimeDays);
    }

    /** Demand over the lead time plus a review period of {@code reviewDays} (periodic review: protection R + L). */
    public LeadTimeDemand plusReview(double reviewDays) {
        nonNegative(reviewDays, "review period");
        return new LeadTimeDemand(meanPerDay, sdPerDay, meanLeadTimeDays + reviewDays, sdLeadTimeDays);
    }

    static void nonNegative(double value, String what) {
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(what + " must be a finite number >= 0, got " + value);
        }
    }
}
