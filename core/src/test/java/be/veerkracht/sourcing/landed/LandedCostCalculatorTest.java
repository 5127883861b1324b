package be.veerkracht.sourcing.landed;

import static be.veerkracht.sourcing.landed.TwoRoutes.calculator;
import static be.veerkracht.sourcing.landed.TwoRoutes.gear;
import static be.veerkracht.sourcing.landed.TwoRoutes.poznan;
import static be.veerkracht.sourcing.landed.TwoRoutes.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.veerkracht.portfolio.Portfolio;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two routes of issue 11 by hand (see {@link TwoRoutes} for the inputs). Settings: carrying rate 0.20 per year,
 * service level 0.95 (k = Φ⁻¹(0.95) = 1.6448536, scipy.stats.norm.ppf), ordering cost EUR 100, carbon price
 * EUR 80/t. Demand d = 10,000/365 = 27.39726 units/day, σ_d = 70/√7 = 26.45751 (σ_d² = 700).
 */
class LandedCostCalculatorTest {

    private static final BigDecimal CARBON_PRICE = new BigDecimal("80");

    @Test
    void shanghai_to_antwerp_by_sea_by_hand() {
        LandedCost cn = calculator(CARBON_PRICE).option(gear(12.0), shanghai());
        // price: 40.00 EUR/unit; x 10,000 = 400,000 EUR/year
        assertThat(amount(cn, CostItem.PRICE)).isEqualByComparingTo("40");
        assertThat(cn.line(CostItem.PRICE).orElseThrow().eurPerYear()).isEqualByComparingTo("400000");
        // freight: 12 kg / 1000 x 19,722 km = 236.664 t-km x 0.005 EUR/t-km = 1.18332 EUR/unit
        // (the minimum, 0.05 EUR/kg, is below 19,722 x 0.005 / 1000 = 0.09861 EUR/kg); x 10,000 = 11,833.20
        assertThat(amount(cn, CostItem.FREIGHT)).isEqualByComparingTo("1.18332");
        assertThat(cn.line(CostItem.FREIGHT).orElseThrow().eurPerYear()).isEqualByComparingTo("11833.2");
        // duty: CIF = 40 + 1.18332 = 41.18332 EUR x 2.7 % (MFN, CN has no FTA) = 1.11194964 EUR/unit
        assertThat(amount(cn, CostItem.DUTY)).isEqualByComparingTo("1.11194964");
        assertThat(cn.line(CostItem.DUTY).orElseThrow().eurPerYear()).isEqualByComparingTo("11119.4964");
        // pipeline: 27.7 days / 365 x 40 EUR x 0.20 = 221.6 / 365 = 0.607123 EUR/unit; 6,071.2329 EUR/year
        assertThat(amount(cn, CostItem.PIPELINE_CARRYING)).isEqualByComparingTo("0.6071");
        assertThat(cn.line(CostItem.PIPELINE_CARRYING).orElseThrow().eurPerYear().doubleValue())
                .isCloseTo(6071.2329, within(1e-4));
        // safety stock: σ_LTD² = 60 x 700 + 27.39726² x 10² = 42,000 + 75,061.93 = 117,061.93, σ_LTD = 342.14176;
        // SS = 1.6448536 x 342.14176 = 562.77312 units x 40 EUR x 0.20 = 4,502.1850 EUR/year = 0.4502 EUR/unit
        // (python3 with scipy on this machine)
        assertThat(cn.line(CostItem.SAFETY_STOCK_CARRYING).orElseThrow().eurPerYear().doubleValue())
                .isCloseTo(4502.1850, within(1e-3));
        assertThat(amount(cn, CostItem.SAFETY_STOCK_CARRYING)).isEqualByComparingTo("0.4502");
        // EOQ: Q = √(2 x 10,000 x 100 / (40 x 0.20)) = √250,000 = 500; cycle stock 250 x 8 = 2,000 EUR/year,
        // ordering 20 orders x 100 = 2,000 EUR/year; 0.20 EUR/unit each
        assertThat(cn.line(CostItem.CYCLE_STOCK_CARRYING).orElseThrow().eurPerYear()).isEqualByComparingTo("2000");
        assertThat(cn.line(CostItem.ORDERING).orElseThrow().eurPerYear()).isEqualByComparingTo("2000");
        assertThat(amount(cn, CostItem.ORDERING)).isEqualByComparingTo("0.2");
        // CO2e: 236.664 t-km x 13 g/t-km / 1000 = 3.076632 kg/unit; carbon 3.076632 / 1000 x 80 = 0.2461 EUR/unit
        assertThat(cn.emissions().tonneKmPerUnit()).isCloseTo(236.664, within(1e-9));
        assertThat(cn.emissions().kgCo2ePerUnit()).isCloseTo(3.076632, within(1e-9));
        assertThat(amount(cn, CostItem.CARBON)).isEqualByComparingTo("0.2461");
        // total: 40 + 1.18332 + 1.11194964 + 0.6071 + 0.4502 + 0.2 + 0.2 + 0.2461 = 43.99866964 EUR/unit
        assertThat(cn.complete()).isTrue();
        assertThat(cn.totalEurPerUnit()).isEqualByComparingTo("43.99866964");
        assertThat(cn.route().distanceNote()).contains("Shanghai", "19722 km");
    }

    @Test
    void poznan_to_antwerp_by_road_by_hand() {
        LandedCost pl = calculator(CARBON_PRICE).option(gear(12.0), poznan());
        // freight: 12 kg / 1000 x 1,000 km = 12 t-km x 0.10 EUR/t-km = 1.20 EUR/unit (0.10 EUR/kg > 0.05 minimum)
        assertThat(amount(pl, CostItem.FREIGHT)).isEqualByComparingTo("1.2");
        // duty: EU origin, 0
        assertThat(amount(pl, CostItem.DUTY)).isEqualByComparingTo("0");
        assertThat(pl.line(CostItem.DUTY).orElseThrow().explanation()).contains("EU origin");
        // pipeline: 2 days / 365 x 46 x 0.20 = 18.4 / 365 = 0.050411 EUR/unit
        assertThat(amount(pl, CostItem.PIPELINE_CARRYING)).isEqualByComparingTo("0.0504");
        // safety stock: σ_LTD² = 10 x 700 + 27.39726² x 2² = 7,000 + 3,002.48 = 10,002.48, σ = 100.01220;
        // SS = 164.50542 units x 46 x 0.20 = 1,513.4499 EUR/year = 0.1513 EUR/unit (python3 + scipy)
        assertThat(pl.line(CostItem.SAFETY_STOCK_CARRYING).orElseThrow().eurPerYear().doubleValue())
                .isCloseTo(1513.4499, within(1e-3));
        // EOQ: Q = √(2,000,000 / 9.2) = 466.2524; cycle Q/2 x 9.2 = ordering 10,000/Q x 100 = 2,144.7611 EUR/year
        assertThat(pl.line(CostItem.ORDERING).orElseThrow().eurPerYear().doubleValue()).isCloseTo(2144.7611,
                within(1e-4));
        assertThat(amount(pl, CostItem.CYCLE_STOCK_CARRYING)).isEqualByComparingTo("0.2145");
        // CO2e: 12 t-km x 90.3 g/t-km / 1000 = 1.0836 kg/unit; carbon 1.0836 / 1000 x 80 = 0.086688 -> 0.0867
        assertThat(pl.emissions().kgCo2ePerUnit()).isCloseTo(1.0836, within(1e-9));
        assertThat(amount(pl, CostItem.CARBON)).isEqualByComparingTo("0.0867");
        // the road factor's basis is not stated in its source: the explanation says so
        assertThat(pl.emissions().explanation()).contains("not well-to-wheel");
        // total: 46 + 1.2 + 0 + 0.0504 + 0.1513 + 0.2145 + 0.2145 + 0.0867 = 47.9174 EUR/unit
        assertThat(pl.totalEurPerUnit()).isEqualByComparingTo("47.9174");
    }

    @Test
    void near_against_far_line_by_line() throws Exception {
        Portfolio portfolio = TwoRoutes.portfolio(12.0);
        List<LandedCost> options = calculator(CARBON_PRICE).options(portfolio, gear(12.0).id());
        ShortChainComparison comparison = ShortChainComparison.of(options).orElseThrow();
        assertThat(comparison.near().link().supplier().value()).isEqualTo("S-PL");
        assertThat(comparison.far().link().supplier().value()).isEqualTo("S-CN");
        // price 40 - 46 = -6; duty 1.11194964 - 0 ; total 43.99866964 - 47.9174 = -3.91873036
        assertThat(difference(comparison, CostItem.PRICE)).isEqualByComparingTo("-6");
        assertThat(difference(comparison, CostItem.DUTY)).isEqualByComparingTo("1.11194964");
        assertThat(comparison.farMinusNearTotalEurPerUnit()).isEqualByComparingTo("-3.91873036");
        // CO2e 3.076632 - 1.0836 = 1.993032 kg/unit
        assertThat(comparison.farMinusNearKgCo2ePerUnit()).isCloseTo(1.993032, within(1e-9));
    }

    @Test
    void without_a_weight_freight_and_emissions_are_unknown_not_zero() {
        LandedCost cn = calculator(null).option(gear(null), shanghai());
        assertThat(cn.line(CostItem.FREIGHT).orElseThrow().known()).isFalse();
        assertThat(cn.line(CostItem.CARBON)).isEmpty();
        assertThat(cn.emissions().known()).isFalse();
        assertThat(cn.complete()).isFalse();
        assertThat(cn.missing()).containsExactly(CostItem.FREIGHT);
        // the duty falls back to the price as customs value, and says it is understated: 40 x 2.7 % = 1.08
        assertThat(amount(cn, CostItem.DUTY)).isEqualByComparingTo("1.08");
        assertThat(cn.line(CostItem.DUTY).orElseThrow().explanation()).contains("understated");
    }

    @Test
    void a_link_without_a_mode_takes_its_countrys_main_mode_and_says_so() {
        var link = TwoRoutes.link("S-PL", 0.3, "46.00", new be.veerkracht.portfolio.LeadTime(10, 2, null),
                TwoRoutes.PL, null);
        LandedCost pl = calculator(null).option(gear(12.0), link);
        assertThat(pl.route().mode()).isEqualTo(be.veerkracht.geo.TransportMode.ROAD);
        assertThat(pl.route().modeAssumed()).isTrue();
        assertThat(pl.line(CostItem.FREIGHT).orElseThrow().explanation()).contains("mode assumed");
    }

    private static BigDecimal amount(LandedCost cost, CostItem item) {
        return cost.line(item).orElseThrow().eurPerUnit();
    }

    private static BigDecimal difference(ShortChainComparison comparison, CostItem item) {
        return comparison.differences().stream().filter(d -> d.item() == item).findFirst().orElseThrow()
                .farMinusNearEurPerUnit();
    }
}
