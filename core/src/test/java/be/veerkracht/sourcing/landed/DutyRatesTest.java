package be.veerkracht.sourcing.landed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.TradeRelation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule order of {@link DutyRates}; the rates are test inputs, not tariff facts. */
class DutyRatesTest {

    private final DutyRates rates = new DutyRates(List.of(
            new DutyRate("8401", "MFN", new BigDecimal("1.7"), null),
            new DutyRate("8483", "MFN", new BigDecimal("2.7"), null),
            new DutyRate("8483", "PREFERENTIAL", new BigDecimal("0"), null),
            new DutyRate("848340", "cn", new BigDecimal("4.5"), "anti-dumping, say")));

    @Test
    void eu_origin_is_free_whatever_the_table_says() {
        assertThat(rate("8483409000", "PL", TradeRelation.EU)).isEqualByComparingTo("0");
    }

    @Test
    void the_countrys_own_row_then_preference_then_mfn_each_longest_prefix_first() {
        assertThat(rate("8483409000", "CN", TradeRelation.MFN)).isEqualByComparingTo("4.5");
        assertThat(rate("8483109000", "CN", TradeRelation.MFN)).isEqualByComparingTo("2.7");
        assertThat(rate("8483409000", "VN", TradeRelation.FTA)).isEqualByComparingTo("0");
        assertThat(rate("8401000000", "VN", TradeRelation.FTA)).isEqualByComparingTo("1.7");
        assertThat(rates.decide("8401000000", CountryCode.parse("VN"), TradeRelation.FTA).rule())
                .contains("no preferential rate entered");
        assertThat(rate("8401000000", "US", TradeRelation.MFN)).isEqualByComparingTo("1.7");
    }

    @Test
    void no_row_or_no_hs_code_means_unknown_not_zero() {
        assertThat(rates.decide("7318150000", CountryCode.parse("CN"), TradeRelation.MFN).ratePercent()).isEmpty();
        assertThat(rates.decide(null, CountryCode.parse("CN"), TradeRelation.MFN).ratePercent()).isEmpty();
    }

    @Test
    void bad_rows_are_refused() {
        assertThatThrownBy(() -> new DutyRate("848", "MFN", BigDecimal.ONE, null)).hasMessageContaining("hs_prefix");
        assertThatThrownBy(() -> new DutyRate("8483", "CHN", BigDecimal.ONE, null)).hasMessageContaining("origin");
        assertThatThrownBy(() -> new DutyRate("8483", "MFN", new BigDecimal("101"), null))
                .hasMessageContaining("0..100");
        assertThatThrownBy(() -> new DutyRates(List.of(new DutyRate("8483", "MFN", BigDecimal.ONE, null),
                new DutyRate("8483", "mfn", BigDecimal.TEN, null)))).hasMessageContaining("two duty rates");
    }

    private BigDecimal rate(String hs, String country, TradeRelation relation) {
        return rates.decide(hs, CountryCode.parse(country), relation).ratePercent().orElseThrow();
    }
}
