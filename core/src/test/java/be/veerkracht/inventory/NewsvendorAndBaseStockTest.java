package be.veerkracht.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Expected values: published worked examples where noted, else one-off scipy computations (2026-11-28). */
class NewsvendorAndBaseStockTest {

    @Test
    void mac_s_newsstand() {
        // Nahmias, Production and Operations Analysis, the newsboy example "Mac's newsstand": demand approximately
        // N(11.73, 4.74²), a paper costs 25 cents and sells for 75 cents: c_u = 0.50, c_o = 0.25, ratio 2/3,
        // z = 0.4307, Q* = 11.73 + 0.4307·4.74 = 13.77 (Mac buys 14). Cost 0.75·4.74·φ(0.4307) = 1.2926 (scipy).
        Newsvendor.Result mac = Newsvendor.normal(11.73, 4.74, 0.50, 0.25);
        assertThat(mac.criticalRatio()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(mac.orderQuantity()).isCloseTo(13.7716, within(1e-4));
        assertThat(mac.expectedCost()).isCloseTo(1.29260, within(1e-5));
    }

    @Test
    void poisson_newsvendor_orders_the_smallest_quantity_reaching_the_fractile() {
        // mean 10, c_u = 3, c_o = 1: ratio 0.75; F(11) = 0.6968, F(12) = 0.7916 → Q* = 12; cost 4.123665 (scipy)
        Newsvendor.Result result = Newsvendor.poisson(10, 3, 1);
        assertThat(result.orderQuantity()).isEqualTo(12.0);
        assertThat(result.expectedCost()).isCloseTo(4.1236650, within(1e-6));
    }

    @Test
    void base_stock_is_the_newsvendor_over_lead_time_plus_one_period() {
        // Poisson 5 a period, L = 2, h = 1, b = 9: D over 3 periods is Poisson(15), fractile 0.9 → S* = 20 (F(19) =
        // 0.875, F(20) = 0.917); cost 7.123000 (scipy)
        Newsvendor.Result poisson = BaseStockLevel.poisson(5, 2, 1, 9);
        assertThat(poisson.orderQuantity()).isEqualTo(20.0);
        assertThat(poisson.expectedCost()).isCloseTo(7.1230002, within(1e-6));
        // Normal 100 (sd 20) a period, L = 3, h = 1, b = 19: N(400, 40²), fractile 0.95 → S* = 465.794, cost
        // 20·40·φ(1.6449) = 82.5085
        Newsvendor.Result normal = BaseStockLevel.normal(100, 20, 3, 1, 19);
        assertThat(normal.orderQuantity()).isCloseTo(465.79415, within(1e-4));
        assertThat(normal.expectedCost()).isCloseTo(82.50851, within(1e-4));
    }

    @Test
    void reorder_point_and_quantity_minimise_the_annual_cost() {
        // λ = 1,200 a year, K = EUR 50, h = EUR 2 a unit-year, p = EUR 25 a unit short, lead-time demand
        // N(100, 25²). Independent check: scipy Nelder–Mead on G(Q, r) directly gives Q = 254.108, r = 153.037,
        // G = EUR 614.290 (not the iteration, the cost function itself).
        LeadTimeDemand demand = LeadTimeDemand.fixedLeadTime(100, 25, 1);
        ReorderPointQuantity.Result result = ReorderPointQuantity.optimise(1200, demand, 50, 2, 25);
        assertThat(result.orderQuantity()).isCloseTo(254.108, within(0.01));
        assertThat(result.reorderPoint()).isCloseTo(153.037, within(0.01));
        assertThat(result.annualCost()).isCloseTo(614.2902, within(1e-3));
        assertThat(result.safetyStockUnits()).isCloseTo(53.037, within(0.01));
        // the EOQ alone (√(2·1200·50/2) = 244.9) with r at the mean costs more
        assertThat(ReorderPointQuantity.annualCost(1200, 100, 25, 50, 2, 25, 244.9, 100))
                .isGreaterThan(result.annualCost());
    }
}
