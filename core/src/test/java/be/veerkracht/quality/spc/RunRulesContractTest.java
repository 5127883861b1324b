package be.veerkracht.quality.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Invariants every set of run rules keeps; one subclass per implementation adds its own cases. */
abstract class RunRulesContractTest {

    /** Centre 0, limits ±3: σ of the plotted statistic is 1, so the test series are written in σ. */
    static final ControlLimits UNIT = new ControlLimits(-3, 0, 3);

    abstract RunRules createRules();

    @Test
    void every_firing_names_one_of_its_rules_and_points_inside_the_series_ending_at_the_firing() {
        RunRules rules = createRules();
        SplittableRandom random = new SplittableRandom(12);
        for (int round = 0; round < 200; round++) {
            double[] x = random.doubles(40, -4, 4).toArray();
            for (RuleFiring firing : rules.firings(x, UNIT)) {
                assertThat(rules.rules()).contains(firing.rule());
                assertThat(firing.points()).isSorted().allMatch(i -> i >= 0 && i <= firing.index());
                assertThat(firing.points().get(firing.points().size() - 1)).isEqualTo(firing.index());
                assertThat(firing.index()).isLessThan(x.length);
            }
        }
    }

    @Test
    void a_point_beyond_three_sigma_always_fires_rule_one_and_nothing_fires_on_a_quiet_short_series() {
        RunRules rules = createRules();
        List<RuleFiring> firings = rules.firings(new double[] {0.2, -0.3, 3.01, 0.1}, UNIT);
        assertThat(firings).extracting(RuleFiring::rule).containsExactly(rules.rules().get(0));
        assertThat(firings).extracting(RuleFiring::index).containsExactly(2);
        assertThat(rules.firings(new double[] {0.2, -0.3, 0.4, -0.1, 0.3}, UNIT)).isEmpty();
        assertThat(rules.firings(new double[] {}, UNIT)).isEmpty();
    }

    @Test
    void limits_scale_and_shift_the_zones() {
        // the same pattern in another unit: centre 74, σ 0.01 — rule 1 fires at the same point
        RunRules rules = createRules();
        double[] shifted = {74.002, 73.997, 74.0302, 74.001};
        List<RuleFiring> firings = rules.firings(shifted, new ControlLimits(73.97, 74.0, 74.03));
        assertThat(firings).extracting(RuleFiring::index).containsExactly(2);
    }

    /** The firings as "RULE@index:points" strings, for exact comparisons. */
    static List<String> described(List<RuleFiring> firings) {
        return firings.stream().map(f -> f.rule() + "@" + f.index() + ":" + f.points()).toList();
    }
}
