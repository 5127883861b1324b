package be.veerkracht.quality.equivalence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import be.veerkracht.quality.capability.SpecificationLimits;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SupplierCrossValidationTest {

    private static final SpecificationLimits SPEC = SpecificationLimits.twoSided(9.9, 10.1);

    private static CrossValidation validate(double[] primary, double[] secondary, Double margin) {
        return new SupplierCrossValidation("bore", primary, secondary, SPEC, margin, 0.05, 0.8).validate();
    }

    @Test
    void equivalent_suppliers_within_the_default_margin_of_ten_percent_of_the_tolerance() {
        CrossValidation v = validate(TwoSampleComparisonTest.PRIMARY, TwoSampleComparisonTest.SECONDARY, null);
        // margin 10 % of 0.2 = 0.02; statsmodels ttost_ind(S, P, -0.02, 0.02, usevar='unequal') p 0.0015949547
        assertThat(v.margin()).isCloseTo(0.02, within(1e-15));
        assertThat(v.marginFromTolerance()).isTrue();
        assertThat(v.tost().pValue()).isCloseTo(0.00159495474433966, within(1e-9));
        assertThat(v.verdict()).isEqualTo(EquivalenceVerdict.EQUIVALENT);
        assertThat(v.requiredPerSupplier()).isNull();
        assertThat(v.primaryCapability().observations()).isEqualTo(20);
        assertThat(v.secondaryCapability().observations()).isEqualTo(15);
        assertThat(v.reason().in(Locale.ENGLISH)).startsWith("EQUIVALENT");
    }

    @Test
    void a_shift_beyond_the_margin_is_not_equivalent_whatever_the_sample_size() {
        double[] shifted = Arrays.stream(TwoSampleComparisonTest.SECONDARY).map(x -> x + 0.03).toArray();
        CrossValidation v = validate(TwoSampleComparisonTest.PRIMARY, shifted, null);
        assertThat(Math.abs(v.tost().difference())).isGreaterThan(0.02);
        assertThat(v.verdict()).isEqualTo(EquivalenceVerdict.NOT_EQUIVALENT);
        assertThat(v.reason().in(Locale.ENGLISH)).contains("more data will not change that");
    }

    @Test
    void a_small_sample_within_the_margin_says_how_many_values_are_still_needed() {
        double[] primary = {10.00, 10.02, 9.98};
        double[] secondary = {10.01, 9.99, 10.03};
        CrossValidation v = validate(primary, secondary, null);
        // statsmodels ttost_ind(S, P, -0.02, 0.02, usevar='unequal'): p 0.28669612691266994 (not shown)
        assertThat(v.tost().pValue()).isCloseTo(0.28669612691266994, within(1e-9));
        assertThat(v.verdict()).isEqualTo(EquivalenceVerdict.INSUFFICIENT_DATA);
        // Chow–Shao–Wang by hand with SciPy: 2·(z.95 + z.90)²·0.02²/(0.02 − 0.01)² = 68.5107788 → 69 per supplier
        assertThat(v.requiredPerSupplier()).isEqualTo(69);
        assertThat(v.additionalPerSupplier()).isEqualTo(66);
        assertThat(v.reason().in(Locale.ENGLISH)).contains("About 69 values per supplier", "66 more");
    }

    @Test
    void a_larger_spread_at_the_secondary_is_not_equivalent_even_when_the_means_agree() {
        double[] pattern = {-1.5, -1, -0.5, 0.5, 1, 1.5};
        double[] primary = new double[30];
        double[] secondary = new double[30];
        for (int i = 0; i < 30; i++) {
            primary[i] = 10 + 0.002 * pattern[i % 6];
            secondary[i] = 10 + 0.008 * pattern[i % 6];
        }
        CrossValidation v = validate(primary, secondary, null);
        assertThat(v.tost().equivalent()).isTrue();
        assertThat(v.brownForsythe().pValue()).isLessThan(0.05);
        assertThat(v.verdict()).isEqualTo(EquivalenceVerdict.NOT_EQUIVALENT);
        assertThat(v.reason().in(Locale.ENGLISH)).contains("spread");
        // the other way round (the secondary tighter) the verdict is EQUIVALENT
        assertThat(validate(secondary, primary, null).verdict()).isEqualTo(EquivalenceVerdict.EQUIVALENT);
    }

    @Test
    void too_few_values_are_insufficient_data_and_a_one_sided_spec_needs_a_margin() {
        CrossValidation v = validate(new double[] {10.0}, new double[] {10.01, 9.99}, 0.02);
        assertThat(v.verdict()).isEqualTo(EquivalenceVerdict.INSUFFICIENT_DATA);
        assertThat(v.tost()).isNull();
        assertThat(v.additionalPerSupplier()).isEqualTo(1);
        assertThatThrownBy(() -> new SupplierCrossValidation("bore", new double[] {1, 2}, new double[] {1, 2},
                SpecificationLimits.upperOnly(3), null, 0.05, 0.8)).hasMessageContaining("margin is needed");
    }
}
