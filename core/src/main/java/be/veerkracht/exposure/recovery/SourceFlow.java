package be.veerkracht.exposure.recovery;

import be.veerkracht.portfolio.SourcingLink;

/**
 * One source of one part as the time-to-survive model sees it: what it can ship, from when, and how long its goods
 * take to arrive.
 *
 * <p>Over [0, t] a surviving source ships during τ = max(0, t − L) days (what it ships later arrives after t). An
 * active source ships its planned rate p for its first R ramp-up days and up to its rate c after:
 * available(t) = p·min(R, τ) + c·max(0, τ − R). A standby source ships nothing for R days (its ramp-up, plus its
 * qualification for a candidate) and up to c after: c·max(0, τ − R). Piecewise linear in t, kinks at L and L + R.
 *
 * @param link     the portfolio's link
 * @param active   qualified with a share above 0
 * @param planned  planned rate p, units per day (0 for a standby source)
 * @param rate     the most it ships per day once ramped up, c ≥ p
 * @param leadDays L: lead time rounded up, days
 * @param rampDays R: days before it ships more than p, days
 */
record SourceFlow(SourcingLink link, boolean active, double planned, double rate, double leadDays, double rampDays) {

    /** Units it can ship over [0, t] that arrive by t. */
    double available(double t) {
        double tau = Math.max(0, t - leadDays);
        return planned * Math.min(rampDays, tau) + rate * Math.max(0, tau - rampDays);
    }

    /** The slope of {@link #available} just after t (its right derivative), units per day. */
    double slopeAfter(double t) {
        double tau = t - leadDays;
        if (tau < 0) {
            return 0;
        }
        return tau < rampDays ? planned : rate;
    }

    /** Where {@link #available} changes slope, days. */
    double[] kinks() {
        return new double[] {leadDays, leadDays + rampDays};
    }

    String supplierId() {
        return link.supplier().value();
    }
}
