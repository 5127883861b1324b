package be.veerkracht.sourcing.landed;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.geo.TransportMode;
import be.veerkracht.portfolio.LeadTime;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Price;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.SupplierId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutesTest {

    private final Routes routes = new Routes(TwoRoutes.transport());

    @Test
    void the_links_own_distance_km_column_wins_over_the_reference() {
        Route route = routes.route(link(Map.of("distance_km", "1250,5")));
        assertThat(route.km()).isEqualTo(1250.5);
        assertThat(route.distanceNote()).contains("own distance_km 1250.5 km");
        assertThat(routes.route(link(Map.of("Distance km", "800"))).km()).isEqualTo(800);
    }

    @Test
    void an_unreadable_distance_km_falls_back_to_the_reference_and_says_so() {
        Route route = routes.route(link(Map.of("distance_km", "far")));
        // the shipped PL road distance, 1,000 km
        assertThat(route.km()).isEqualTo(1000);
        assertThat(route.distanceNote()).startsWith("the link's distance_km 'far' is not a distance above 0 km");
        assertThat(Routes.parseKm("-3")).isNull();
        assertThat(Routes.parseKm("1 250")).isEqualTo(1250);
    }

    @Test
    void a_sea_link_uses_the_short_sea_distance_when_only_that_one_is_known() {
        SourcingLink gdansk = new SourcingLink(new PartId("GEAR"), new SupplierId("S-PL"), null, 0.3,
                Price.perUnit("46"), LeadTime.of(10), TwoRoutes.PL, TransportMode.SEA, null, null, null, null, null,
                null, Map.of());
        assertThat(routes.route(gdansk).km()).isEqualTo(1278);
    }

    private static SourcingLink link(Map<String, String> attributes) {
        return new SourcingLink(new PartId("GEAR"), new SupplierId("S-PL"), null, 0.3, Price.perUnit("46"),
                LeadTime.of(10), TwoRoutes.PL, TransportMode.ROAD, null, null, null, null, null, null, attributes);
    }
}
