package be.veerkracht.sourcing.landed;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.geo.TransportMode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FreightRateTest {

    private final FreightRate road = new FreightRate(TransportMode.ROAD, new BigDecimal("0.10"),
            new BigDecimal("0.05"), "test");

    @Test
    void the_per_kg_minimum_sets_the_freight_of_short_hauls() {
        // 100 km: 2 kg / 1000 x 100 x 0.10 = 0.02 EUR < 2 kg x 0.05 = 0.10 EUR, so 0.10 (hand calc)
        assertThat(road.minimumApplies(100)).isTrue();
        assertThat(road.eurPerUnit(2, 100)).isEqualByComparingTo("0.10");
        // 1,000 km: 2 / 1000 x 1,000 x 0.10 = 0.20 EUR > 0.10
        assertThat(road.minimumApplies(1000)).isFalse();
        assertThat(road.eurPerUnit(2, 1000)).isEqualByComparingTo("0.20");
    }
}
