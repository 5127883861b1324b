package be.veerkracht.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCapitalTest {

    @Test
    void the_same_buffer_held_four_ways() {
        // Buffer worth EUR 50,000 of a part with EUR 365,000 annual spend; defaults: k 8 %, h 10 %, uplift 2 %,
        // +60 days at 0 %. By hand:
        //   own stock / VMI: capital 50,000; cost 50,000·0.18 = 9,000
        //   consignment: capital 0; cost 365,000·0.02 + 50,000·0.10 = 7,300 + 5,000 = 12,300
        //   supply-chain finance: the last 60 days of purchases (60,000) are unpaid, more than the buffer's 50,000
        //                         (50 days of cover): capital 0; cost 0·0.08 + 50,000·0.10 + 50,000·0 = 5,000
        List<BufferCost> costs = WorkingCapital.compare(new BigDecimal("50000"), new BigDecimal("365000"),
                CapitalTerms.DEFAULT);
        assertThat(costs).extracting(BufferCost::ownership).containsExactly(BufferOwnership.SUPPLY_CHAIN_FINANCE,
                BufferOwnership.OWN_STOCK, BufferOwnership.VMI, BufferOwnership.CONSIGNMENT);
        assertThat(costs.get(0).capitalTiedEur()).isEqualByComparingTo("0");
        assertThat(costs.get(0).annualCostEur()).isEqualByComparingTo("5000");
        assertThat(costs.get(1).annualCostEur()).isEqualByComparingTo("9000");
        assertThat(costs.get(3).capitalTiedEur()).isEqualByComparingTo("0");
        assertThat(costs.get(3).annualCostEur()).isEqualByComparingTo("12300");
        assertThat(WorkingCapital.daysOfInventory(new BigDecimal("50000"), new BigDecimal("365000")))
                .isEqualByComparingTo("50.0");
    }

    @Test
    void a_buffer_longer_than_the_extra_payment_days_keeps_the_rest_on_the_balance_sheet() {
        // Buffer EUR 50,000 of a EUR 73,000-a-year part (250 days of cover); +60 days: 73,000·60/365 = 12,000 unpaid,
        // capital 38,000; cost 38,000·0.08 + 50,000·0.10 + 12,000·0 = 3,040 + 5,000 = 8,040 (own: 9,000).
        List<BufferCost> costs = WorkingCapital.compare(new BigDecimal("50000"), new BigDecimal("73000"),
                CapitalTerms.DEFAULT);
        BufferCost finance = costs.stream().filter(c -> c.ownership() == BufferOwnership.SUPPLY_CHAIN_FINANCE)
                .findFirst().orElseThrow();
        assertThat(finance.capitalTiedEur()).isEqualByComparingTo("38000");
        assertThat(finance.annualCostEur()).isEqualByComparingTo("8040");
    }

    @Test
    void consignment_wins_when_the_uplift_is_small_against_the_carrying_cost() {
        // Uplift 0.5 %: 365,000·0.005 + 5,000 = 6,825 < 9,000 own; finance at 8 % (the buyer pays it): 0 + 5,000
        // + 50,000·0.08 = 9,000, a tie with own stock.
        CapitalTerms terms = new CapitalTerms(new BigDecimal("0.08"), new BigDecimal("0.10"), new BigDecimal("0.005"),
                60, new BigDecimal("0.08"));
        List<BufferCost> costs = WorkingCapital.compare(new BigDecimal("50000"), new BigDecimal("365000"), terms);
        assertThat(costs.get(0).ownership()).isEqualTo(BufferOwnership.CONSIGNMENT);
        assertThat(costs.get(0).annualCostEur()).isEqualByComparingTo("6825");
        assertThat(costs).filteredOn(c -> c.ownership() == BufferOwnership.SUPPLY_CHAIN_FINANCE)
                .singleElement().extracting(BufferCost::annualCostEur).isEqualTo(new BigDecimal("9000.00"));
    }
}
