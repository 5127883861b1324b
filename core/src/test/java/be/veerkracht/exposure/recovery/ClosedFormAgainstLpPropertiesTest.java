package be.veerkracht.exposure.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.SourcingLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Contract of the two solution methods: a part alone in its component is solved in closed form ({@link PartAlone});
 * the LP ({@link CoupledLp}, GLOP) must give the same shortage at any horizon and the same time to survive, with
 * ramp-ups, standby sources and a supplier's capacity. And 0 ≤ shortage ≤ demand over the horizon.
 */
class ClosedFormAgainstLpPropertiesTest {

    @Property(tries = 200)
    void closed_form_equals_the_lp(@ForAll @IntRange(min = 1, max = 3) int sources,
                                   @ForAll @IntRange(min = 0, max = 400) int stock,
                                   @ForAll @IntRange(min = 1, max = 60) int lead,
                                   @ForAll @IntRange(min = 0, max = 40) int ramp,
                                   @ForAll @IntRange(min = 0, max = 20) int rate,
                                   @ForAll @IntRange(min = 0, max = 15) int limitRate,
                                   @ForAll boolean standby, @ForAll boolean limited,
                                   @ForAll @IntRange(min = 1, max = 200) int horizon) {
        double daily = 10;
        List<SourceFlow> flows = new ArrayList<>();
        for (int i = 0; i < sources; i++) {
            SourcingLink link = SourcingLink.of("P", "S" + i, 0.5, "1", lead + 7 * i);
            boolean isStandby = standby && i == sources - 1;
            double planned = isStandby ? 0 : daily / (sources + 1);
            flows.add(new SourceFlow(link, !isStandby, planned, Math.max(planned, rate - i), lead + 7 * i,
                    ramp + 5 * i));
        }
        PartFlow part = new PartFlow(Part.of("P", daily * 365), daily, stock, daily * 0.5 * lead, 3, flows);
        Map<String, SupplierLimit> limits = limited ? Map.of("S0", new SupplierLimit("S0", limitRate, lead))
                : Map.of();
        PartAlone closed = new PartAlone(part, flows, limits);
        CoupledLp lp = new CoupledLp(List.of(part), List.of(flows), limits);

        double shortage = closed.shortage(horizon);
        assertThat(lp.shortages(horizon)[0]).isCloseTo(shortage, within(1e-6 * (1 + daily * horizon)));
        assertThat(shortage).isBetween(0.0, daily * horizon);
        Double tts = closed.timeToSurvive();
        Double lpTts = lp.timeToSurvive();
        if (tts == null) {
            assertThat(lpTts).isNull();
        } else {
            assertThat(lpTts).isNotNull();
            assertThat(lpTts).isCloseTo(tts, within(1e-6 * (1 + tts)));
        }
    }
}
