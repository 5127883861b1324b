package be.veerkracht.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PriceTest {

    @Test
    void a_per_100_price_gives_the_exact_unit_price() {
        // EUR 4.85 per 100 bolts = EUR 0.0485 per bolt (hand division)
        Price price = new Price(new BigDecimal("4.85"), new BigDecimal("100"));
        assertThat(price.perUnitEur()).isEqualByComparingTo("0.0485");
        assertThat(price.perUnitEur().scale()).isEqualTo(4);
        assertThat(price.amountEur().toPlainString()).isEqualTo("4.8500");
    }

    @Test
    void a_non_terminating_unit_price_keeps_34_significant_digits() {
        // 10 / 3 = 3.333... : decimal128 rounds to 34 significant digits
        Price price = new Price(new BigDecimal("10"), new BigDecimal("3"));
        assertThat(price.perUnitEur().toPlainString()).isEqualTo("3.333333333333333333333333333333333");
    }

    @Test
    void amounts_keep_every_digit_given_and_at_least_four_places() {
        assertThat(ExactAmounts.normalised(new BigDecimal("1.5"))).isEqualTo(new BigDecimal("1.5000"));
        assertThat(ExactAmounts.normalised(new BigDecimal("0.123456789"))).isEqualTo(new BigDecimal("0.123456789"));
        assertThat(ExactAmounts.normalised(new BigDecimal("1E+3"))).isEqualTo(new BigDecimal("1000.0000"));
    }

    @Test
    void a_price_quantity_of_zero_is_refused() {
        assertThatThrownBy(() -> new Price(BigDecimal.ONE, BigDecimal.ZERO))
                .hasMessage("price_per_quantity must be > 0, got 0");
    }
}
