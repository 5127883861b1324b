package be.veerkracht.simulation;

import static be.veerkracht.simulation.HandCheckedParts.STEADY;
import static be.veerkracht.simulation.HandCheckedParts.dualSourced;
import static be.veerkracht.simulation.HandCheckedParts.run;
import static be.veerkracht.simulation.HandCheckedParts.singleSourced;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the reference simulator over random outages. */
class SupplyLossPropertiesTest {

    private static final int HORIZON_DAYS = 400;
    /** A second source that can make only 8 of the 10 units a day: loss grows with the outage, never disappears. */
    /** Rounding slack: 1e-9 of the horizon's demand (≈ 4,000 units), far below one unit. */
    private static final double SUMMATION_TOLERANCE_UNITS = 4e-6;
    /** Daily sd of the noisy case: coefficient of variation 0.3. */
    private static final double NOISY_SD_PER_DAY = 3.0;
    private static final double PARTIAL_CAPACITY_PER_YEAR = 2920.0;

    @Property
    void loss_does_not_shrink_when_a_single_source_outage_lasts_longer(
            @ForAll @IntRange(min = 0, max = 200) int shorter, @ForAll @IntRange(min = 0, max = 200) int extra,
            @ForAll @IntRange(min = 0, max = 100) int start, @ForAll @IntRange(min = 0, max = 300) int stock) {
        PartSupply part = singleSourced(stock);
        assertThat(lost(part, start, shorter + extra)).isGreaterThanOrEqualTo(lost(part, start, shorter));
    }

    @Property
    void loss_does_not_shrink_when_a_dual_source_outage_lasts_longer(
            @ForAll @IntRange(min = 0, max = 200) int shorter, @ForAll @IntRange(min = 0, max = 200) int extra,
            @ForAll @IntRange(min = 0, max = 40) int rampUpDays, @ForAll @IntRange(min = 0, max = 300) int stock) {
        PartSupply part = dualSourced(stock, PARTIAL_CAPACITY_PER_YEAR, rampUpDays);
        assertThat(lost(part, 0, shorter + extra)).isGreaterThanOrEqualTo(lost(part, 0, shorter));
    }

    @Property
    void loss_does_not_shrink_with_duration_on_the_same_noisy_demand_path(
            @ForAll @IntRange(min = 0, max = 200) int shorter, @ForAll @IntRange(min = 0, max = 200) int extra,
            @ForAll @IntRange(min = 0, max = 300) int stock, @ForAll long seed) {
        PartSupply part = dualSourced(stock, PARTIAL_CAPACITY_PER_YEAR, 10);
        DemandPath noisy = new NoisyDemand(HandCheckedParts.DEMAND_PER_DAY, NOISY_SD_PER_DAY, new RandomStreams(seed),
                0, 0);
        // Different outages order the same units at different times, so the running sums round differently: equal
        // losses may differ in the last bits (seen: 151.5109354283336 vs 151.51093542833362).
        assertThat(lost(part, noisy, shorter + extra))
                .isGreaterThanOrEqualTo(lost(part, noisy, shorter) - SUMMATION_TOLERANCE_UNITS);
    }

    @Property
    void lost_units_stay_between_zero_and_demand(@ForAll @IntRange(min = 0, max = 300) int duration,
                                                 @ForAll @IntRange(min = 0, max = 300) int stock) {
        SupplyOutcome outcome = run(singleSourced(stock), STEADY,
                DisruptionSchedule.of(new Outage("S01", 0, duration)), HORIZON_DAYS);
        assertThat(outcome.lostUnits()).isBetween(0.0, outcome.demandUnits());
        assertThat(outcome.fillRate()).isBetween(0.0, 1.0);
    }

    private static double lost(PartSupply part, DemandPath demand, int duration) {
        return run(part, demand, DisruptionSchedule.of(new Outage("S01", 0, duration)), HORIZON_DAYS).lostUnits();
    }

    private static double lost(PartSupply part, int start, int duration) {
        return run(part, STEADY, DisruptionSchedule.of(new Outage("S01", start, start + duration)), HORIZON_DAYS)
                .lostUnits();
    }
}
