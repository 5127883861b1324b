package be.veerkracht.simulation;

import java.util.Objects;

/**
 * Daily demand mean + sd · Z, truncated at 0, with Z standard normal drawn from
 * (seed, scenario, part, day, DEMAND).
 * Days are independent, so a weekly standard deviation σ<sub>w</sub> becomes σ<sub>w</sub>/√7 per day. Truncation
 * raises the mean slightly when sd is not small against the mean (by sd·φ(m/sd) − m·Φ(−m/sd)); stated, not corrected.
 */
public record NoisyDemand(double meanUnitsPerDay, double sdUnitsPerDay, RandomStreams streams, long scenario,
                          int partIndex) implements DemandPath {

    /** Days per week: a weekly variance is the sum of 7 independent daily ones. */
    public static final int DAYS_PER_WEEK = 7;

    public NoisyDemand {
        if (!(meanUnitsPerDay >= 0 && meanUnitsPerDay < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("daily demand must be a finite number >= 0, got " + meanUnitsPerDay);
        }
        if (!(sdUnitsPerDay >= 0 && sdUnitsPerDay < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("daily demand sd must be a finite number >= 0, got " + sdUnitsPerDay);
        }
        Objects.requireNonNull(streams, "streams");
    }

    /** From the portfolio's annual demand and weekly standard deviation. */
    public static NoisyDemand fromPortfolio(double annualDemandUnits, double weeklyDemandSdUnits,
                                            RandomStreams streams, long scenario, int partIndex) {
        return new NoisyDemand(annualDemandUnits / SupplySource.DAYS_PER_YEAR,
                weeklyDemandSdUnits / Math.sqrt(DAYS_PER_WEEK), streams, scenario, partIndex);
    }

    @Override
    public double unitsOn(int day) {
        if (sdUnitsPerDay == 0) {
            return meanUnitsPerDay;
        }
        double z = streams.standardNormal(scenario, partIndex, day, DrawPurpose.DEMAND);
        return Math.max(0.0, meanUnitsPerDay + sdUnitsPerDay * z);
    }
}
