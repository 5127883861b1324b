package be.veerkracht.quality.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartSignalsTest {

    @Test
    void phase_two_of_the_piston_rings_signals_with_the_rules_named_in_the_explanation() {
        ChartSignals signals = ChartSignals.of(ShewhartCharts.xbarR(PistonRings.bothPhases(), 25),
                new WesternElectricRules());
        // NumPy z-scores of the 40 means (core/src/test/fixture-tools/quality_reference.py): 33 and 34 at 2.29 σ
        // and 2.61 σ (rule 2 at 34), 36..38 beyond 3 σ (rule 1)
        assertThat(signals.signals()).isTrue();
        assertThat(signals.firings()).extracting(f -> f.rule() + "@" + f.index())
                .contains("WESTERN_ELECTRIC_2@34", "WESTERN_ELECTRIC_1@36", "WESTERN_ELECTRIC_1@37",
                        "WESTERN_ELECTRIC_1@38");
        // phase I (0..24) is in control, as Montgomery concludes in Example 6.1: no rule fires there
        assertThat(signals.firings()).allMatch(f -> f.index() >= 25);
        assertThat(signals.explanation().stream().map(t -> t.in(Locale.ENGLISH)).toList())
                .anyMatch(line -> line.startsWith("Run rules applied to the location chart: [WESTERN_ELECTRIC_1"));
    }

    @Test
    void a_quiet_chart_says_so() {
        ChartSignals quiet = ChartSignals.of(ShewhartCharts.individuals(List.of(1.0, 1.2, 0.9, 1.1, 1.0, 0.95), 6),
                new NelsonRules());
        assertThat(quiet.signals()).isFalse();
        assertThat(quiet.explanation().get(quiet.explanation().size() - 1).in(Locale.ENGLISH))
                .isEqualTo("No run rule fired: no sign of a special cause.");
    }
}
