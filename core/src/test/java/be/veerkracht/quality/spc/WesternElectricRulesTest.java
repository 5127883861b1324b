package be.veerkracht.quality.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Constructed series (in σ, centre 0) where the firing points are known by construction. */
class WesternElectricRulesTest extends RunRulesContractTest {

    @Override
    RunRules createRules() {
        return new WesternElectricRules();
    }

    private static java.util.List<String> fire(double... x) {
        return described(new WesternElectricRules().firings(x, UNIT));
    }

    @Test
    void rule_1_one_point_beyond_three_sigma_either_side() {
        assertThat(fire(0, 0.5, 3.5, 0, -3.2, 0)).containsExactly(
                "WESTERN_ELECTRIC_1@2:[2]", "WESTERN_ELECTRIC_1@4:[4]");
    }

    @Test
    void rule_2_two_of_three_beyond_two_sigma_on_one_side() {
        // 2.5 and 2.1 at indices 1 and 3 with -0.5 between: fires at 3; 2.5 and -2.1 are on opposite sides: no
        assertThat(fire(0, 2.5, -0.5, 2.1, 0)).containsExactly("WESTERN_ELECTRIC_2@3:[1, 3]");
        assertThat(fire(0, 2.5, -2.1, 0)).isEmpty();
        // exactly 2 σ is not beyond
        assertThat(fire(0, 2.0, 2.0, 0)).isEmpty();
    }

    @Test
    void rule_3_four_of_five_beyond_one_sigma_on_one_side() {
        assertThat(fire(0, -1.5, -1.2, 0.3, -1.1, -1.8, 0)).containsExactly("WESTERN_ELECTRIC_3@5:[1, 2, 4, 5]");
    }

    @Test
    void rule_4_eight_in_a_row_on_one_side_fires_at_the_eighth_and_every_further_point() {
        assertThat(fire(0.5, 0.2, 0.8, 0.1, 0.4, 0.3, 0.9, 0.6, 0.2, -0.1)).containsExactly(
                "WESTERN_ELECTRIC_4@7:[0, 1, 2, 3, 4, 5, 6, 7]", "WESTERN_ELECTRIC_4@8:[1, 2, 3, 4, 5, 6, 7, 8]");
        // a point on the centre line breaks the run
        assertThat(fire(0.5, 0.2, 0.8, 0.1, 0, 0.4, 0.3, 0.9, 0.6)).isEmpty();
    }

    @Test
    void several_rules_on_one_series_in_point_order() {
        // 3.4 at 2 (rule 1 and, with 2.2 at 1, rule 2); then 2.6 at 3 completes rule 2 again and rule 3 (1..4 > 1σ)
        assertThat(fire(0, 2.2, 3.4, 2.6, 1.5, 0)).containsExactly(
                "WESTERN_ELECTRIC_1@2:[2]", "WESTERN_ELECTRIC_2@2:[1, 2]", "WESTERN_ELECTRIC_2@3:[1, 2, 3]",
                "WESTERN_ELECTRIC_3@4:[1, 2, 3, 4]");
    }

    @Test
    void each_firing_describes_its_rule_in_words() {
        RuleFiring firing = new WesternElectricRules().firings(new double[] {0, 2.5, -0.5, 2.1}, UNIT).get(0);
        assertThat(firing.description().in(Locale.ENGLISH)).isEqualTo(
                "Western Electric rule 2: two of three consecutive points beyond 2 σ on the same side.");
        assertThat(firing.description().in(new Locale("nl"))).startsWith("Western Electric-regel 2");
    }
}
