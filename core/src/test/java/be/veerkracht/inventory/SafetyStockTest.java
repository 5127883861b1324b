package be.veerkracht.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Expected values: the standard normal loss table (Silver, Pyke and Thomas 2017, appendix B: G(0) = 0.3989,
 * G(1) = 0.0833, G(1.5) = 0.0293) and one-off scipy computations (scipy.stats.norm, scipy.optimize.brentq,
 * 2026-11-28) of the formulas' definitions.
 */
class SafetyStockTest {

    /** 20 a day (sd 5), lead time 10 days (sd 2). */
    private static final LeadTimeDemand DEMAND = new LeadTimeDemand(20, 5, 10, 2);

    @Test
    void the_loss_function_matches_the_table_and_inverts() {
        assertThat(StandardNormalLoss.of(0)).isCloseTo(0.3989423, within(1e-7));
        assertThat(StandardNormalLoss.of(1)).isCloseTo(0.0833155, within(1e-7));
        assertThat(StandardNormalLoss.of(1.5)).isCloseTo(0.0293068, within(1e-7));
        assertThat(StandardNormalLoss.of(-1)).isCloseTo(1.0833155, within(1e-7)); // G(−k) = G(k) + k
        assertThat(StandardNormalLoss.inverse(0.0833155)).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void lead_time_variability_enters_the_standard_deviation() {
        // σ² = 10·5² + 20²·2² = 250 + 1,600 = 1,850 → σ = 43.0116; the shortcut 5·√10 = 15.8 ignores the 1,600
        assertThat(DEMAND.mean()).isEqualTo(200.0);
        assertThat(DEMAND.sd()).isCloseTo(43.0116263, within(1e-6));
        assertThat(LeadTimeDemand.fixedLeadTime(20, 5, 10).sd()).isCloseTo(5 * Math.sqrt(10), within(1e-12));
    }

    @Test
    void a_95_percent_cycle_service_level_needs_k_1_645() {
        BufferTarget target = SafetyStock.forCycleServiceLevel(DEMAND, 0.95);
        assertThat(target.safetyFactor()).isCloseTo(1.6448536, within(1e-6));
        assertThat(target.safetyStockUnits()).isCloseTo(70.747830, within(1e-5));
        assertThat(target.reorderPointUnits()).isCloseTo(270.747830, within(1e-5));
    }

    @Test
    void a_99_percent_fill_rate_with_orders_of_500_needs_k_0_819() {
        // G(k) = (1 − 0.99)·500 / 43.0116 = 0.116248 → k = 0.818934 (scipy brentq)
        BufferTarget target = SafetyStock.forFillRate(DEMAND, 0.99, 500);
        assertThat(target.safetyFactor()).isCloseTo(0.818934, within(1e-5));
        assertThat(target.safetyStockUnits()).isCloseTo(35.22368, within(1e-3));
        assertThat(target.expectedShortUnits()).isCloseTo(0.01 * 500, within(1e-6));
    }

    @Test
    void periodic_review_protects_review_period_plus_lead_time() {
        // R = 7, L = 10: σ over 17 days = √(17·25 + 400·4) = 45; a cycle's demand 140; G(k) = 0.02·140/45
        BufferTarget target = SafetyStock.periodicForFillRate(DEMAND, 7, 0.98);
        assertThat(target.safetyFactor()).isCloseTo(1.1490519, within(1e-5));
        assertThat(target.reorderPointUnits()).isCloseTo(391.70733, within(1e-3));
        assertThat(SafetyStock.periodicForCycleServiceLevel(DEMAND, 7, 0.95).reorderPointUnits())
                .isCloseTo(340 + 1.6448536 * 45, within(1e-4));
    }

    @Test
    void targets_outside_zero_and_one_are_refused() {
        assertThatThrownBy(() -> SafetyStock.forCycleServiceLevel(DEMAND, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle service level");
        assertThatThrownBy(() -> SafetyStock.forFillRate(DEMAND, 0.9, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order quantity");
        assertThatThrownBy(() -> new LeadTimeDemand(-1, 0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
