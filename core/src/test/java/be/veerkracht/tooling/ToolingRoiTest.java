package be.veerkracht.tooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ToolingRoiTest {

    private static final ToolingRoiInput ARTICLE = ToolingRoiInput.of(new BigDecimal("150000"),
            new BigDecimal("0.05"), new BigDecimal("0.005"), new BigDecimal("20000"));

    @Test
    void reproduces_the_article_s_table() {
        // The seed article's table: investment EUR 150,000; stop risk 5 % vs 0.5 %; EUR 20,000 a day; expected loss
        // EUR 365,000 vs EUR 36,500; "ROI periode 6 maanden" (150,000 / 328,500 × 12 = 5.48, rounded up there).
        ToolingRoiResult result = ToolingRoi.evaluate(ARTICLE);
        assertThat(result.expectedAnnualLossWithoutEur()).isEqualByComparingTo("365000");
        assertThat(result.expectedAnnualLossWithEur()).isEqualByComparingTo("36500");
        assertThat(result.annualSavingEur()).isEqualByComparingTo("328500");
        assertThat(result.paybackMonths()).isEqualByComparingTo("5.48");
    }

    @Test
    void npv_irr_and_break_even_over_five_years_at_eight_percent() {
        // scipy (2026-11-28): annuity factor Σ 1.08^−t, t = 1..5 = 3.992710; NPV = 328,500 × 3.992710 − 150,000
        // = 1,161,605.25; IRR (brentq) = 2.1833 (218 % a year); break-even stop share 0.005 + (150,000 / 3.992710)
        // / (365 × 20,000) = 0.010146.
        ToolingRoiResult result = ToolingRoi.evaluate(ARTICLE);
        assertThat(ToolingRoi.annuityFactor(new BigDecimal("0.08"), 5).doubleValue())
                .isCloseTo(3.992710037, within(1e-9));
        assertThat(result.npvEur()).isEqualByComparingTo("1161605.25");
        assertThat(result.irr()).isCloseTo(2.1833003, within(1e-6));
        assertThat(result.breakEvenStopShareWithout()).isEqualByComparingTo("0.010146");
    }

    @Test
    void a_subsidy_and_a_yearly_cost_change_every_figure() {
        // 50 % up to EUR 25,000 → EUR 25,000, net EUR 125,000; EUR 5,000 a year to keep the tool: saving 323,500;
        // payback 125,000 / 323,500 × 12 = 4.64 months; NPV 1,166,641.70; IRR 2.5836; break-even 0.009974 (scipy).
        ToolingRoiInput input = new ToolingRoiInput(new BigDecimal("150000"), new BigDecimal("0.05"),
                new BigDecimal("0.005"), new BigDecimal("20000"), 5, new BigDecimal("0.08"), new BigDecimal("5000"),
                new Subsidy(new BigDecimal("0.5"), new BigDecimal("25000")));
        ToolingRoiResult result = ToolingRoi.evaluate(input);
        assertThat(result.subsidyEur()).isEqualByComparingTo("25000");
        assertThat(result.netInvestmentEur()).isEqualByComparingTo("125000");
        assertThat(result.annualSavingEur()).isEqualByComparingTo("323500");
        assertThat(result.paybackMonths()).isEqualByComparingTo("4.64");
        assertThat(result.npvEur()).isEqualByComparingTo("1166641.70");
        assertThat(result.irr()).isCloseTo(2.5836212, within(1e-6));
        assertThat(result.breakEvenStopShareWithout()).isEqualByComparingTo("0.009974");
    }

    @Test
    void a_tool_that_saves_nothing_has_no_payback_and_a_negative_npv() {
        ToolingRoiResult result = ToolingRoi.evaluate(ToolingRoiInput.of(new BigDecimal("150000"),
                new BigDecimal("0.01"), new BigDecimal("0.01"), new BigDecimal("20000")));
        assertThat(result.paybackMonths()).isNull();
        assertThat(result.irr()).isNull();
        assertThat(result.npvEur()).isEqualByComparingTo("-150000");
        assertThatThrownBy(() -> ToolingRoiInput.of(new BigDecimal("1"), new BigDecimal("0.01"),
                new BigDecimal("0.02"), new BigDecimal("1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot exceed");
    }
}
