package be.veerkracht.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Expected values: a one-off computation with Python/scipy (2026-11-28): σ_L = √(10·10² + 100²·2²) = 202.4846,
 * k = Φ⁻¹(0.95) = 1.644854, SS = 333.0575, EOQ = √(2·36,500·100 / 3.6) = 1,424.0006, and the Hadley–Whitin iteration
 * Q ← √(2λ(K + p·σ·G(k))/h), k ← Φ⁻¹(1 − Qh/(pλ)) run to convergence: Q* = 1,486.327, r* = 1,557.905, Φ((r* − μ)/σ)
 * = 0.997068.
 */
class ReorderPolicyPlannerTest {

    /** 100 units a day (σ 10), lead time 10 days (σ 2), unit value EUR 20, 95 % cycle service level. */
    private static PartBufferPlan plan() {
        LeadTimeDemand demand = new LeadTimeDemand(100, 10, 10, 2);
        BufferTarget target = SafetyStock.forCycleServiceLevel(demand, 0.95);
        return new PartBufferPlan("P-1", demand, 0.95, target, target.safetyStockUnits() / 100, 500,
                new BigDecimal("20.0000"), BigDecimal.ZERO);
    }

    private static final ReorderPolicyPlanner PLANNER = new ReorderPolicyPlanner(CapitalTerms.DEFAULT,
            new BigDecimal("100"));

    @Test
    void reorder_point_from_the_service_level_and_the_economic_order_quantity() {
        RecommendedReorderPolicy policy = PLANNER.plan(plan(), null);

        assertThat(policy.reorderPointUnits()).isCloseTo(1333.0575, within(1e-3));
        // h = 20 × (0.08 + 0.10) = 3.6 EUR per unit and year
        assertThat(policy.holdingCostEurPerUnitYear()).isCloseTo(3.6, within(1e-12));
        assertThat(policy.economicOrderQuantity()).isCloseTo(1424.0006, within(1e-3));
        assertThat(policy.orderQuantityUnits()).isEqualTo(1425);
        assertThat(policy.ordersPerYear()).isCloseTo(36_500.0 / 1425, within(1e-12));
        // SS + Q/2 = 333.0575 + 712.5; its value at EUR 20; ordering + holding 100·36,500/1,425 + 3.6·1,045.5575
        assertThat(policy.averageStockUnits()).isCloseTo(1045.5575, within(1e-3));
        assertThat(policy.averageStockValueEur()).isEqualByComparingTo("20911.15");
        assertThat(policy.annualCostEur()).isCloseTo(6325.4104, within(1e-3));
        assertThat(policy.costOptimal()).isNull();
        assertThat(policy.costOptimalServiceLevel()).isNaN();
    }

    @Test
    void with_a_shortage_cost_the_cost_optimal_policy_and_the_service_level_it_implies() {
        RecommendedReorderPolicy policy = PLANNER.plan(plan(), new BigDecimal("50"));

        assertThat(policy.costOptimal().orderQuantity()).isCloseTo(1486.327, within(1e-2));
        assertThat(policy.costOptimal().reorderPoint()).isCloseTo(1557.905, within(1e-2));
        assertThat(policy.costOptimalServiceLevel()).isCloseTo(0.997068, within(1e-5));
        // The recommendation itself still follows the service level.
        assertThat(policy.reorderPointUnits()).isCloseTo(1333.0575, within(1e-3));
    }

    @Test
    void a_free_order_means_ordering_one_unit_at_a_time() {
        RecommendedReorderPolicy policy = new ReorderPolicyPlanner(CapitalTerms.DEFAULT, BigDecimal.ZERO)
                .plan(plan(), null);
        assertThat(policy.orderQuantityUnits()).isEqualTo(1);
        assertThat(policy.ordersPerYear()).isEqualTo(36_500);
    }

    @Test
    void a_negative_ordering_cost_is_refused() {
        assertThatThrownBy(() -> new ReorderPolicyPlanner(CapitalTerms.DEFAULT, new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ordering cost");
    }
}
