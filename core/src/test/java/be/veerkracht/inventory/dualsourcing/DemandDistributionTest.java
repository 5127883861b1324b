package be.veerkracht.inventory.dualsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DemandDistributionTest {

    @Test
    void uniform_is_flat_on_its_support() {
        DemandDistribution d = DemandDistribution.parse("uniform:0:4");
        assertThat(d).isInstanceOf(UniformDemand.class);
        assertThat(d.min()).isZero();
        assertThat(d.max()).isEqualTo(4);
        assertThat(d.probability(3)).isEqualTo(0.2);
        assertThat(d.probability(5)).isZero();
        assertThat(d.mean()).isCloseTo(2.0, within(1e-12));
        assertThat(d.text()).isEqualTo("uniform:0:4");
    }

    @Test
    void poisson_is_truncated_where_the_tail_mass_is_below_1e_9_and_renormalised() {
        PoissonDemand d = (PoissonDemand) DemandDistribution.parse("poisson:3");
        // P(D > 17) = 3.6e-9 and P(D > 18) = 5.6e-10 for Poisson(3) (Python: 1 - sum of e^-3 3^k / k!).
        assertThat(d.max()).isEqualTo(18);
        double sum = 0;
        for (int k = 0; k <= d.max(); k++) {
            sum += d.probability(k);
        }
        assertThat(sum).isCloseTo(1.0, within(1e-12));
        // P(D = 0) = e^-3 = 0.049787068 before renormalising, which changes it by about 1e-10.
        assertThat(d.probability(0)).isCloseTo(Math.exp(-3), within(1e-9));
        assertThat(d.mean()).isCloseTo(3.0, within(1e-7));
    }

    @Test
    void a_pmf_is_read_as_given_and_leading_zeros_shrink_the_support() {
        DemandDistribution d = DemandDistribution.parse("pmf:0,0.25,0.75");
        assertThat(d.min()).isEqualTo(1);
        assertThat(d.max()).isEqualTo(2);
        assertThat(d.probability(2)).isEqualTo(0.75);
        assertThat(d.mean()).isCloseTo(1.75, within(1e-12));
    }

    @Test
    void bad_text_is_refused_with_the_accepted_forms() {
        assertThatThrownBy(() -> DemandDistribution.parse("normal:3:1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown kind 'normal'")
                .hasMessageContaining("uniform:A:B, poisson:MEAN or pmf:p0,p1,...");
        assertThatThrownBy(() -> DemandDistribution.parse("uniform:4:0"))
                .hasMessageContaining("0 <= A <= B");
        assertThatThrownBy(() -> DemandDistribution.parse("uniform:0:x")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> DemandDistribution.parse("pmf:0.5,0.4")).hasMessageContaining("sum to 1");
        assertThatThrownBy(() -> DemandDistribution.parse("pmf:1.5,-0.5")).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> DemandDistribution.parse("poisson:0")).hasMessageContaining("mean");
        assertThatThrownBy(() -> DemandDistribution.parse("")).hasMessageContaining("empty");
    }
}
