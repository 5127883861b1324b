package be.veerkracht.web.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.exposure.PartExposure;
import be.veerkracht.exposure.SourcingClass;
import be.veerkracht.portfolio.Criticality;
import be.veerkracht.portfolio.PartId;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bands' edges are those of the DOJ/FTC Horizontal Merger Guidelines (2010) §5.3 on the 0..1 scale: below 0.15
 * unconcentrated, 0.15 to 0.25 moderately concentrated (both edges included there), above 0.25 highly.
 */
class HhiBandTest {

    private static PartExposure part(int activeSources, double hhi) {
        return new PartExposure(new PartId("P"), Criticality.A, activeSources, activeSources, hhi, hhi, hhi,
                SourcingClass.DIVERSIFIED, 0, 0, null, BigDecimal.ZERO, List.of(), List.of());
    }

    @Test
    void each_hhi_falls_in_the_band_of_the_guidelines() {
        assertThat(HhiBand.of(part(8, 0.1499))).contains(HhiBand.UNCONCENTRATED);
        assertThat(HhiBand.of(part(6, 0.15))).contains(HhiBand.MODERATE);
        assertThat(HhiBand.of(part(4, 0.25))).contains(HhiBand.MODERATE);   // four equal shares: 4 × 0.25² = 0.25
        assertThat(HhiBand.of(part(2, 0.2501))).contains(HhiBand.HIGH);
        assertThat(HhiBand.of(part(2, 0.5))).contains(HhiBand.HIGH);        // two equal shares: 2 × 0.5² = 0.5
        assertThat(HhiBand.of(part(1, 1.0))).contains(HhiBand.SOLE);
    }

    @Test
    void a_part_without_an_active_source_has_no_band() {
        assertThat(HhiBand.of(part(0, 0.0))).isEmpty();
    }
}
