package be.veerkracht.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioEventSyntaxTest {

    @Test
    void reads_every_kind_and_upper_cases_codes_but_not_ids() {
        assertThat(ScenarioEventSyntax.parse("zone:cn_sphere:90"))
                .isEqualTo(new ScenarioEvent.ZoneOutage("CN_SPHERE", 90));
        assertThat(ScenarioEventSyntax.parse("Footprint:taiwan_strait:60"))
                .isEqualTo(new ScenarioEvent.FootprintOutage("TAIWAN_STRAIT", 60));
        assertThat(ScenarioEventSyntax.parse("lane:red_sea_suez:120"))
                .isEqualTo(new ScenarioEvent.LaneClosure("RED_SEA_SUEZ", 120));
        assertThat(ScenarioEventSyntax.parse("supplier:s01:30"))
                .isEqualTo(new ScenarioEvent.SupplierOutage("s01", 30));
        assertThat(ScenarioEventSyntax.parse("tool:t01")).isEqualTo(new ScenarioEvent.ToolLoss("t01", null));
        assertThat(ScenarioEventSyntax.parse("tool:T01:45")).isEqualTo(new ScenarioEvent.ToolLoss("T01", 45));
        assertThat(ScenarioEventSyntax.parse(" zone : CN_SPHERE : 7 "))
                .isEqualTo(new ScenarioEvent.ZoneOutage("CN_SPHERE", 7));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "zone|expected zone:CODE:DAYS, footprint:CODE:DAYS, lane:CODE:DAYS, supplier:ID:DAYS or tool:ID[:DAYS]",
        "zone::90|expected zone:CODE:DAYS, footprint:CODE:DAYS, lane:CODE:DAYS, supplier:ID:DAYS or tool:ID[:DAYS]",
        "zone:A:1:2|expected zone:CODE:DAYS, footprint:CODE:DAYS, lane:CODE:DAYS, supplier:ID:DAYS or tool:ID[:DAYS]",
        "planet:MARS:3|unknown kind 'planet'; expected zone:CODE:DAYS, footprint:CODE:DAYS, lane:CODE:DAYS,"
                + " supplier:ID:DAYS or tool:ID[:DAYS]",
        "zone:CN_SPHERE|give the days the event lasts, e.g. zone:CN_SPHERE:90",
        "supplier:S01:ten|days must be a whole number, got 'ten'",
        "supplier:S01:2.5|days must be a whole number, got '2.5'",
        "zone:CN_SPHERE:0|days must be at least 1, got 0",
        "tool:T01:-3|days must be at least 1, got -3"})
    void refuses_with_the_reason_and_keeps_the_text(String text, String reason) {
        assertThatThrownBy(() -> ScenarioEventSyntax.parse(text))
                .isInstanceOf(ScenarioEventSyntax.BadEventException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(reason)
                .satisfies(e -> assertThat(((ScenarioEventSyntax.BadEventException) e).text()).isEqualTo(text));
    }
}
