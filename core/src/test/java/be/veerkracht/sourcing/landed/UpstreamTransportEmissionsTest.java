package be.veerkracht.sourcing.landed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.veerkracht.geo.TransportMode;
import org.junit.jupiter.api.Test;

/** Scope 3 category 4 over the two routes of {@link TwoRoutes}, by hand. */
class UpstreamTransportEmissionsTest {

    @Test
    void planned_volumes_times_emissions_per_unit_by_mode_and_in_total() throws Exception {
        UpstreamTransportEmissions estimate = UpstreamTransportEmissions.estimate(TwoRoutes.portfolio(12.0),
                new Routes(TwoRoutes.transport()));
        // Shanghai: 0.7 x 10,000 = 7,000 units x 3.076632 kg = 21,536.424 kg CO2e/year
        // Poznań:   0.3 x 10,000 = 3,000 units x 1.0836 kg   =  3,250.8 kg CO2e/year; total 24,787.224
        assertThat(estimate.kgCo2eByMode().get(TransportMode.SEA)).isCloseTo(21536.424, within(1e-6));
        assertThat(estimate.kgCo2eByMode().get(TransportMode.ROAD)).isCloseTo(3250.8, within(1e-6));
        assertThat(estimate.totalKgCo2ePerYear()).isCloseTo(24787.224, within(1e-6));
        assertThat(estimate.coverage()).isEqualTo(new UpstreamTransportEmissions.Coverage(2, 2, 0, 0, 0));
    }

    @Test
    void links_without_weight_are_counted_as_missing_and_left_out_of_the_total() throws Exception {
        UpstreamTransportEmissions estimate = UpstreamTransportEmissions.estimate(TwoRoutes.portfolio(null),
                new Routes(TwoRoutes.transport()));
        assertThat(estimate.totalKgCo2ePerYear()).isZero();
        assertThat(estimate.coverage()).isEqualTo(new UpstreamTransportEmissions.Coverage(2, 0, 2, 0, 0));
        assertThat(estimate.links()).allSatisfy(l -> assertThat(l.kgCo2ePerYear()).isNull());
    }
}
