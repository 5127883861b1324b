package be.veerkracht.ingest.reference;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.CountryProfile;
import be.veerkracht.geo.Footprint;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.geo.TransportMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's override folder applied on top of the shipped set, row by row. */
class ReferenceOverridesTest {

    @TempDir
    Path folder;

    private ReferenceGeography load() throws Exception {
        return new ReferenceGeographyLoader(folder).load();
    }

    private static CountryProfile country(ReferenceGeography geography, String code) {
        return geography.country(new CountryCode(code)).orElseThrow();
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void one_row_with_one_column_changes_that_value_only() throws Exception {
        write("countries.csv", "code,zone\nTW,CN_SPHERE\n");

        ReferenceGeography geography = load();

        assertThat(country(geography, "TW").zone()).isEqualTo("CN_SPHERE");
        // the columns the override leaves out keep their shipped value
        assertThat(country(geography, "TW").stabilityPercentile()).isEqualTo(74.4);
        assertThat(country(geography, "TW").seaLanes()).containsExactly("RED_SEA_SUEZ");
        assertThat(country(geography, "JP").zone()).isEqualTo("INDO_PACIFIC_PARTNER");
        assertThat(geography.outagesCovering(new CountryCode("TW"))).extracting(Footprint::code)
                .containsExactly("TAIWAN_STRAIT", "CN_SPHERE");
        assertThat(geography.version()).isEqualTo("veerkracht-reference 2026-11 (zones, countries, footprints)"
                + " + overrides from " + folder + " (countries.csv)");
    }

    @Test
    void a_blank_cell_in_an_override_column_clears_the_value() throws Exception {
        write("countries.csv", "code,sea_lanes,wgi_pv_percentile_2023\nCN,,\n");

        CountryProfile china = country(load(), "CN");

        assertThat(china.seaLanes()).isEmpty();
        assertThat(china.stabilityPercentile()).isNull();
    }

    @Test
    void new_zones_and_footprints_are_added_and_existing_ones_changed() throws Exception {
        write("zones.csv", "code,name_en,name_nl,name_fr,source\n"
                + "NEAR_SHORE,Near shore,Nabij,Proche,our own grouping\n");
        write("countries.csv", "code,zone,sea_lanes\nMA,NEAR_SHORE,\nTN,near-shore,GIBRALTAR\n");
        write("footprints.csv", "code,kind,countries,delay_days,source\n"
                + "GIBRALTAR,delay,,2.5,our estimate\n"
                + "RED_SEA_SUEZ,delay,,12,our carrier's schedule\n"
                + "MAGHREB,outage,MA TN DZ,,regional conflict\n");

        ReferenceGeography geography = load();

        assertThat(geography.zone("NEAR_SHORE")).isPresent();
        assertThat(country(geography, "TN").zone()).isEqualTo("NEAR_SHORE");
        assertThat(country(geography, "TN").seaLanes()).containsExactly("GIBRALTAR");
        assertThat(geography.footprints()).filteredOn(f -> f.code().equals("RED_SEA_SUEZ"))
                .singleElement().extracting(Footprint::delayDays).isEqualTo(12.0);
        assertThat(geography.outagesCovering(new CountryCode("DZ"))).extracting(Footprint::code)
                .containsExactly("MAGHREB", "MENA");
        assertThat(geography.version()).endsWith("(zones.csv, countries.csv, footprints.csv)");
    }

    @Test
    void a_file_saved_by_dutch_excel_reads_too() throws Exception {
        // ';'-separated, decimal comma, Windows-1252, header as a person types it
        Files.write(folder.resolve("Countries.csv"),
                "Code;Days road;Zone basis\r\nCZ;1,75;Praag, via Neurenberg (één dag rijden)\r\n"
                        .getBytes(Charset.forName("windows-1252")));

        assertThat(country(load(), "CZ").transitDaysToAntwerp()).containsEntry(TransportMode.ROAD, 1.75);
    }

    @Test
    void the_shipped_files_can_be_copied_as_a_starting_point() throws Exception {
        ReferenceGeographyLoader.copyShippedFiles(folder);

        assertThat(folder.resolve("countries.csv")).exists();
        // an unchanged copy as override gives the shipped data
        assertThat(load().countries()).containsExactlyElementsOf(ReferenceGeographyLoader.shipped().countries());
    }
}
