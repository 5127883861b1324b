package be.veerkracht.ingest.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.veerkracht.portfolio.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken override files: every problem is reported with file, row and column, and nothing is applied. */
class ReferenceOverrideProblemsTest {

    private static final String ZONES = "ANTARCTICA|ASEAN|CENTRAL_ASIA_CAUCASUS|CN_SPHERE|EUROPE_PARTNER|"
            + "EU_NEIGHBOURHOOD|EU_SINGLE_MARKET|INDO_PACIFIC_PARTNER|LATAM|MENA|NORTH_AMERICA_ALLY|PACIFIC_ISLANDS|"
            + "SANCTIONED|SOUTH_ASIA|SUB_SAHARAN_AFRICA";

    @TempDir
    Path folder;

    private void write(String name, String text) throws Exception {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<String> problems() {
        InvalidReferenceDataException invalid = catchThrowableOfType(InvalidReferenceDataException.class,
                () -> new ReferenceGeographyLoader(folder).load());
        assertThat(invalid).as("expected the overrides to be refused").isNotNull();
        return invalid.problems().stream().map(p -> p.message(Locale.ENGLISH)).toList();
    }

    private String file(String name) {
        return folder.resolve(name).toString();
    }

    @Test
    void unknown_zone_unknown_country_and_bad_number_name_file_row_and_column() throws Exception {
        write("countries.csv", "code,zone,days_sea,wgi_pv_percentile_2023\n"
                + "TW,TAIWAN,,\n"
                + "XY,ASEAN,,\n"
                + "VN,ASEAN,2O,\n"
                + "TH,ASEAN,,120\n");

        assertThat(problems()).containsExactly(
                file("countries.csv") + ": row 3, code: unknown country code 'XY': use ISO 3166-1 alpha-2, such as"
                        + " BE, DE or CN",
                // then in the shipped order of the rows (by code): TH, TW, VN
                file("countries.csv") + ": row 5, wgi_pv_percentile_2023: must be between 0% and 100%, got 120",
                file("countries.csv") + ": row 2, zone: must be one of " + ZONES + ", got 'TAIWAN'",
                file("countries.csv") + ": row 4, days_sea: not a number: '2O'");
    }

    @Test
    void each_problem_carries_its_origin_for_the_caller() throws Exception {
        write("countries.csv", "code,zone\nTW,TAIWAN\n");

        InvalidReferenceDataException invalid = catchThrowableOfType(InvalidReferenceDataException.class,
                () -> new ReferenceGeographyLoader(folder).load());

        Problem problem = invalid.problems().get(0);
        assertThat(problem.origin().file()).isEqualTo(file("countries.csv"));
        assertThat(problem.origin().row()).isEqualTo(2);
        assertThat(problem.field()).isEqualTo("zone");
        assertThat(invalid.report(new Locale("nl"))).contains("rij 2, zone: moet een van");
    }

    @Test
    void a_decimal_comma_in_a_comma_separated_file_says_how_to_write_it() throws Exception {
        write("footprints.csv", "code,delay_days\nPANAMA,\"9,5\"\n");

        assertThat(problems()).containsExactly(file("footprints.csv") + ": row 2, delay_days: '9,5': a ','-separated"
                + " file uses decimal points and no thousands grouping; write 9.5, or save the file with ';'"
                + " separators");
    }

    @Test
    void a_misspelt_or_missing_column_is_refused_rather_than_ignored() throws Exception {
        write("countries.csv", "code,zonez\nTW,CN_SPHERE\n");
        write("zones.csv", "name_en,name_nl\nSomething,Iets\n");

        assertThat(problems()).containsExactly(
                file("zones.csv") + ": required column 'code' is missing from the header row",
                file("countries.csv") + ": row 1, zonez: must be one of " + String.join("|",
                        ReferenceFile.COUNTRIES.columns()) + ", got 'zonez'");
    }

    @Test
    void footprints_are_checked_against_their_kind_the_zones_and_the_lanes_in_use() throws Exception {
        write("footprints.csv", "code,kind,countries,delay_days\n"
                + "BALTIC,outage,,\n"
                + "SUEZ_2,delay,EG,\n"
                + "ASEAN,outage,SG,\n"
                + "ALPS,avalanche,CH AT,\n"
                + "BALTIC,outage,EE,\n");
        write("countries.csv", "code,sea_lanes\nEG,SUEZ_3\n");

        assertThat(problems()).containsExactly(
                file("footprints.csv") + ": row 6, code: 'BALTIC' appears more than once (first on row 2)",
                file("footprints.csv") + ": row 2, countries: required, but empty",
                file("footprints.csv") + ": row 3, delay_days: required, but empty",
                file("footprints.csv") + ": row 3, countries: must be one of " + FootprintRows.BLANK_FOR_DELAY
                        + ", got 'EG'",
                file("footprints.csv") + ": row 4, code: 'ASEAN' appears more than once (first on row 8,"
                        + " zones.csv (shipped))",
                file("footprints.csv") + ": row 5, kind: must be one of OUTAGE|DELAY, got 'avalanche'",
                file("countries.csv") + ": row 2, sea_lanes: must be one of PANAMA|RED_SEA_SUEZ|STRAIT_OF_HORMUZ|"
                        + "SUEZ_2, got 'SUEZ_3'");
    }

    @Test
    void a_missing_folder_or_one_without_reference_files_is_an_error() throws Exception {
        Path missing = folder.resolve("nope");
        InvalidReferenceDataException invalid = catchThrowableOfType(InvalidReferenceDataException.class,
                () -> new ReferenceGeographyLoader(missing).load());
        assertThat(invalid.report(Locale.ENGLISH)).isEqualTo(missing + ": file or folder not found: " + missing);

        write("readme.txt", "nothing here");
        assertThat(problems()).containsExactly(folder + ": file or folder not found: zones.csv, countries.csv,"
                + " footprints.csv or events.csv in " + folder);
    }

    @Test
    void a_folder_with_only_the_stress_test_s_events_file_overrides_no_geography() throws Exception {
        write("events.csv", "scope,event,applies_to,annual_rate,median_days,p90_days,delay_days,use_recovery_days,"
                + "source\nfootprint,TAIWAN_STRAIT,,0.5,180,730,,,war game\n");
        assertThat(new ReferenceGeographyLoader(folder).load().version()).doesNotContain("overrides");
    }
}
