package be.veerkracht.simulation;

import java.util.Objects;

/**
 * One active source of a part as the supply model sees it.
 *
 * @param id                   names the source within the part (outages refer to it), e.g. the supplier id
 * @param share                fraction of the part's orders placed here in normal operation, in [0, 1]; 0 for a
 *                             standby source (a qualified source without a share, or a candidate): it ships only
 *                             while another source of the part is down, once ramped up (or qualified), up to its
 *                             capacity
 * @param leadTimeDays         whole days from order to receipt, &ge; 1
 * @param capacityUnitsPerYear the most it can deliver when flexing, units per year; null means no flex beyond its
 *                             planned rate
 * @param rampUpDays           days from the start of another source's outage until this one can flex, &ge; 0; for a
 *                             candidate, its qualification days plus its ramp-up
 */
public record SupplySource(String id, double share, int leadTimeDays, Double capacityUnitsPerYear, int rampUpDays) {

    /** Days per year used to turn annual rates into daily ones. */
    public static final double DAYS_PER_YEAR = 365.0;

    public SupplySource {
        Objects.requireNonNull(id, "id");
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("share of a source must be within [0, 1], got " + share);
        }
        if (leadTimeDays < 1) {
            throw new IllegalArgumentException("lead time must be at least 1 day, got " + leadTimeDays);
        }
        if (capacityUnitsPerYear != null
                && !(capacityUnitsPerYear >= 0 && capacityUnitsPerYear < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("capacity must be a finite number >= 0, got " + capacityUnitsPerYear);
        }
        if (rampUpDays < 0) {
            throw new IllegalArgumentException("ramp-up days must be >= 0, got " + rampUpDays);
        }
    }

    /** Whether it ships only while another source is down (share 0). */
    public boolean standby() {
        return share == 0;
    }

    /** Units per day this source ships in normal operation: its share of mean daily demand. */
    public double plannedUnitsPerDay(double meanDailyDemandUnits) {
        return share * meanDailyDemandUnits;
    }

    /**
     * The most it ships in a day while another source of the part is down: its planned rate, or its capacity once
     * ramped up (never less than the planned rate, which it delivers anyway).
     */
    public double limitPerDay(double meanDailyDemandUnits, boolean rampedUp) {
        double planned = plannedUnitsPerDay(meanDailyDemandUnits);
        if (!rampedUp || capacityUnitsPerYear == null) {
            return planned;
        }
        return Math.max(planned, capacityUnitsPerYear / DAYS_PER_YEAR);
    }
}
