package be.veerkracht.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.veerkracht.portfolio.Criticality;
import be.veerkracht.portfolio.LeadTime;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.Price;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.portfolio.SupplierId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BufferPlannerTest {

    @Test
    void a_dual_sourced_part_gets_the_mixture_lead_time_and_its_variance() throws Exception {
        // 3,650 a year (10 a day), weekly sd 3·√7 so that σ_day = 3; criticality A (99 %).
        // Sources: 70 % from S-CN at 40 days (sd 5), 30 % from S-PL at 5 days (sd 1).
        // Mean lead time 0.7·40 + 0.3·5 = 29.5; E[L²] = 0.7·(25 + 1600) + 0.3·(1 + 25) = 1,137.5 + 7.8 = 1,145.3;
        // var L = 1,145.3 − 870.25 = 275.05; σ_L = 16.5846.
        // σ_LTD² = 29.5·9 + 100·275.05 = 265.5 + 27,505 = 27,770.5 → σ = 166.6448; k = Φ⁻¹(0.99) = 2.326348;
        // SS = 387.674 units = 38.77 days; ROP = 295 + 387.674 = 682.674 (checked with scipy.stats.norm).
        // Unit value 0.7·10 + 0.3·14 = EUR 11.20; SS value 387.674·11.20 = EUR 4,341.95.
        Portfolio portfolio = PortfolioAssembly.of(
                List.of(new Part(new PartId("P1"), null, null, null, 3650, 3 * Math.sqrt(7), null, Criticality.A,
                        null, null, 100, null, null, null, Map.of())),
                List.of(Supplier.of("S-CN", "Ningbo", "CN"), Supplier.of("S-PL", "Odlewnia", "PL")),
                List.of(link("S-CN", 0.7, "10", new LeadTime(40, 5, null)),
                        link("S-PL", 0.3, "14", new LeadTime(5, 1, null))),
                List.of());
        PartBufferPlan plan = new BufferPlanner(ServiceLevels.DEFAULT).plan(portfolio).get(0);
        assertThat(plan.leadTimeDemand().meanLeadTimeDays()).isCloseTo(29.5, within(1e-12));
        assertThat(plan.leadTimeDemand().sdLeadTimeDays()).isCloseTo(16.58463, within(1e-5));
        assertThat(plan.leadTimeDemand().sd()).isCloseTo(166.6448, within(1e-4));
        assertThat(plan.serviceLevel()).isEqualTo(0.99);
        assertThat(plan.target().safetyStockUnits()).isCloseTo(387.6739, within(1e-3));
        assertThat(plan.safetyStockDays()).isCloseTo(38.76739, within(1e-4));
        assertThat(plan.target().reorderPointUnits()).isCloseTo(682.6739, within(1e-3));
        assertThat(plan.unitValueEur()).isEqualByComparingTo("11.20");
        assertThat(plan.safetyStockValueEur()).isEqualByComparingTo("4341.95");
    }

    private static SourcingLink link(String supplier, double share, String price, LeadTime leadTime) {
        return new SourcingLink(new PartId("P1"), new SupplierId(supplier), null, share, Price.perUnit(price), leadTime,
                null, null, null, null, null, null, null, null, Map.of());
    }
}
