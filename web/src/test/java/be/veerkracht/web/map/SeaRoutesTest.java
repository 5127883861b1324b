package be.veerkracht.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The schematic routes pass the chokepoints of a country's lanes, in order, and end in Antwerp. */
class SeaRoutesTest {

    private static List<String> names(GeoPoint origin, Set<String> lanes) {
        return SeaRoutes.toAntwerp(origin, lanes).orElseThrow().stream().map(SeaRoutes.Waypoint::name)
                .filter(n -> !n.isEmpty()).toList();
    }

    @Test
    void a_gulf_origin_passes_hormuz_before_bab_el_mandeb_and_suez() {
        // AE: sea_lanes RED_SEA_SUEZ STRAIT_OF_HORMUZ (docs/reference-data.md, Sea lanes)
        assertThat(names(new GeoPoint(54.2, 23.9), Set.of(SeaRoutes.RED_SEA_SUEZ, SeaRoutes.STRAIT_OF_HORMUZ)))
                .containsSubsequence("Strait of Hormuz", "Bab-el-Mandeb", "Suez Canal (Suez)", "Strait of Gibraltar",
                        "Antwerp")
                .doesNotContain("Singapore Strait");
    }

    @Test
    void east_asia_comes_through_the_singapore_strait_and_india_straight_to_the_red_sea() {
        assertThat(names(new GeoPoint(121.0, 23.7), Set.of(SeaRoutes.RED_SEA_SUEZ)))
                .startsWith("Singapore Strait", "Dondra Head", "Bab-el-Mandeb");
        assertThat(names(new GeoPoint(79.6, 22.9), Set.of(SeaRoutes.RED_SEA_SUEZ))).startsWith("Bab-el-Mandeb");
    }

    @Test
    void the_pacific_coast_of_south_america_passes_panama() {
        assertThat(names(new GeoPoint(-71.7, -37.4), Set.of(SeaRoutes.PANAMA)))
                .containsExactly("Panama Canal (Balboa)", "Panama Canal (Colón)", "Ushant", "Dover Strait", "Antwerp");
    }

    @Test
    void draws_nothing_it_cannot_draw() {
        // no lane: nothing to show; NZ to Panama would cross 180°, which a flat line cannot
        assertThat(SeaRoutes.toAntwerp(new GeoPoint(10, 51), Set.of())).isEmpty();
        assertThat(SeaRoutes.toAntwerp(new GeoPoint(170.5, -44.0), Set.of(SeaRoutes.PANAMA))).isEmpty();
    }
}
