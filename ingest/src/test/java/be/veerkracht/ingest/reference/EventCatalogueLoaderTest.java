package be.veerkracht.ingest.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.veerkracht.geo.Footprint;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.simulation.events.DurationDistribution;
import be.veerkracht.simulation.events.EventCatalogue;
import be.veerkracht.simulation.events.FootprintEventRate;
import be.veerkracht.simulation.events.GlobalEventRate;
import be.veerkracht.simulation.events.StabilityBand;
import be.veerkracht.simulation.events.SupplierEventRate;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped event catalogue ({@code events.csv}) and a user's overrides of it. The exact values asserted here are
 * the ones chosen in the shipped {@code events.csv} (sources in that file and in {@code docs/event-catalogue.md}):
 * change them together.
 */
class EventCatalogueLoaderTest {

    private static final String HEADER =
            "scope,event,applies_to,annual_rate,median_days,p90_days,delay_days,use_recovery_days,source\n";

    @TempDir
    Path folder;

    private void write(String text) throws Exception {
        Files.writeString(folder.resolve("events.csv"), text, StandardCharsets.UTF_8);
    }

    private EventCatalogue load() throws Exception {
        return new EventCatalogueLoader(folder).load();
    }

    private List<String> problems() {
        InvalidReferenceDataException invalid = catchThrowableOfType(InvalidReferenceDataException.class,
                () -> new EventCatalogueLoader(folder).load());
        assertThat(invalid).as("expected the overrides to be refused").isNotNull();
        return invalid.problems().stream().map(p -> p.message(Locale.ENGLISH)).toList();
    }

    private String file() {
        return folder.resolve("events.csv").toString();
    }

    private static SupplierEventRate band(EventCatalogue catalogue, String event, StabilityBand band) {
        return catalogue.supplierEvents().stream()
                .filter(r -> r.event().equals(event) && r.stability() == band).findFirst().orElseThrow();
    }

    private static FootprintEventRate footprint(EventCatalogue catalogue, String code) {
        return catalogue.footprintEvents().stream().filter(r -> r.event().equals(code)).findFirst().orElseThrow();
    }

    // --- the shipped catalogue ---

    @Test
    void the_shipped_catalogue_has_four_supplier_events_in_every_band() {
        EventCatalogue shipped = EventCatalogueLoader.shipped();

        assertThat(shipped.version()).isEqualTo("veerkracht-events 2026-11");
        assertThat(shipped.supplierEvents()).hasSize(16);
        assertThat(shipped.supplierEventCodes()).containsExactly("FIRE", "INSOLVENCY", "STRIKE", "QUALITY_STOP");
        for (String event : shipped.supplierEventCodes()) {
            for (StabilityBand band : StabilityBand.values()) {
                assertThat(shipped.supplierRate(event, new SupplierId("ANY"), band)).as(event + " " + band)
                        .isPresent();
            }
        }
        assertThat(shipped.all()).allSatisfy(rate -> assertThat(rate.source()).isNotBlank());
    }

    @Test
    void fire_and_insolvency_use_recovery_days_strike_and_quality_stop_do_not() {
        for (SupplierEventRate rate : EventCatalogueLoader.shipped().supplierEvents()) {
            boolean replaced = rate.event().equals("FIRE") || rate.event().equals("INSOLVENCY");
            assertThat(rate.usesRecoveryDays()).as(rate.event() + " " + rate.appliesTo()).isEqualTo(replaced);
        }
    }

    @Test
    void the_shipped_catalogue_has_a_rate_for_every_footprint_of_footprints_csv() throws Exception {
        List<String> named = ReferenceGeographyLoader.shipped().footprints().stream().map(Footprint::code)
                .filter(code -> ReferenceGeographyLoader.shipped().zone(code).isEmpty()).toList();

        assertThat(named).hasSize(7);
        assertThat(EventCatalogueLoader.shipped().footprintEvents()).extracting(FootprintEventRate::event)
                .containsExactlyElementsOf(named);
    }

    @Test
    void some_shipped_values_as_chosen_in_events_csv() {
        EventCatalogue shipped = EventCatalogueLoader.shipped();

        SupplierEventRate fire = band(shipped, "FIRE", StabilityBand.HIGH);
        assertThat(fire.annualRate()).isEqualTo(0.005);
        assertThat(fire.duration()).isEqualTo(new DurationDistribution(90, 270));
        assertThat(fire.source()).contains("NFPA").contains("7,770");
        assertThat(band(shipped, "INSOLVENCY", StabilityBand.LOW).annualRate()).isEqualTo(0.025);
        assertThat(band(shipped, "STRIKE", StabilityBand.MEDIUM).duration()).isEqualTo(new DurationDistribution(3, 14));
        assertThat(band(shipped, "QUALITY_STOP", StabilityBand.UNKNOWN).annualRate()).isEqualTo(0.07);

        FootprintEventRate taiwan = footprint(shipped, "TAIWAN_STRAIT");
        assertThat(taiwan.annualRate()).isEqualTo(0.02);
        assertThat(taiwan.duration()).isEqualTo(new DurationDistribution(180, 730));
        assertThat(taiwan.source()).startsWith("Judgement, not measurement");
        assertThat(footprint(shipped, "RED_SEA_SUEZ").annualRate()).isEqualTo(0.06);

        assertThat(shipped.globalEvents()).singleElement().satisfies(global -> {
            assertThat(global.event()).isEqualTo("GLOBAL_LOGISTICS");
            assertThat(global.annualRate()).isEqualTo(0.07);
            assertThat(global.delayDays()).isEqualTo(7.0);
            assertThat(global.duration()).isEqualTo(new DurationDistribution(365, 730));
        });
    }

    @Test
    void the_shipped_catalogue_is_loaded_once() {
        assertThat(EventCatalogueLoader.shipped()).isSameAs(EventCatalogueLoader.shipped());
        assertThat(EventCatalogueLoader.shippedVersion()).isEqualTo("veerkracht-events 2026-11");
    }

    // --- overrides ---

    @Test
    void an_override_replaces_a_rate_and_adds_one_for_a_supplier() throws Exception {
        write(HEADER
                + "supplier,FIRE,stability:HIGH,0.01,60.0,200.0,,yes,\"our insurer, 2026\"\n"
                + "supplier,FIRE,supplier:S01,0.2,120,365,,yes,\"our own audit 2026\"\n");

        EventCatalogue catalogue = load();

        SupplierEventRate high = band(catalogue, "FIRE", StabilityBand.HIGH);
        assertThat(high.annualRate()).isEqualTo(0.01);
        assertThat(high.duration()).isEqualTo(new DurationDistribution(60, 200));
        assertThat(high.source()).isEqualTo("our insurer, 2026");
        assertThat(catalogue.supplierRate("FIRE", new SupplierId("S01"), StabilityBand.HIGH)).get()
                .satisfies(own -> {
                    assertThat(own.annualRate()).isEqualTo(0.2);
                    assertThat(own.supplier()).isEqualTo(new SupplierId("S01"));
                    assertThat(own.usesRecoveryDays()).isTrue();
                    assertThat(own.source()).isEqualTo("our own audit 2026");
                });
        assertThat(catalogue.supplierRate("FIRE", new SupplierId("S02"), StabilityBand.HIGH)).contains(high);
        assertThat(catalogue.supplierEvents()).hasSize(17);
        assertThat(catalogue.version()).isEqualTo("veerkracht-events 2026-11 + overrides from " + folder
                + " (events.csv)");
    }

    @Test
    void an_override_of_some_columns_keeps_the_others_and_is_credited_to_the_override() throws Exception {
        write("scope,event,annual_rate\nfootprint,taiwan strait,0.05\n");

        FootprintEventRate taiwan = footprint(load(), "TAIWAN_STRAIT");

        assertThat(taiwan.annualRate()).isEqualTo(0.05);
        assertThat(taiwan.duration()).isEqualTo(new DurationDistribution(180, 730));
        assertThat(taiwan.source()).isEqualTo("override: " + file() + ", row 2");
    }

    @Test
    void a_file_saved_by_dutch_excel_reads_too() throws Exception {
        Files.write(folder.resolve("Events.csv"), ("Scope;Event;Applies to;Annual rate;Median days;P90 days;"
                + "Delay days;Use recovery days;Source\r\n"
                + "supplier;STRIKE;stability:HIGH;0,04;2,5;10;;no;ons eigen logboek (één staking)\r\n"
                + "supplier;QUALITY_STOP;supplier:S01;0,5;7;30;;no;audit 2026\r\n"
                + "global;GLOBAL_LOGISTICS;;0,1;365;730;10,5;;eigen inschatting\r\n")
                .getBytes(Charset.forName("windows-1252")));

        EventCatalogue catalogue = load();

        SupplierEventRate strike = band(catalogue, "STRIKE", StabilityBand.HIGH);
        assertThat(strike.annualRate()).isEqualTo(0.04);
        assertThat(strike.duration()).isEqualTo(new DurationDistribution(2.5, 10));
        assertThat(strike.source()).isEqualTo("ons eigen logboek (één staking)");
        assertThat(catalogue.supplierRate("QUALITY_STOP", new SupplierId("S01"), StabilityBand.LOW)).get()
                .extracting(SupplierEventRate::annualRate).isEqualTo(0.5);
        assertThat(catalogue.globalEvents()).singleElement().extracting(GlobalEventRate::delayDays).isEqualTo(10.5);
        assertThat(catalogue.version()).endsWith("(events.csv)");
    }

    @Test
    void a_zone_footprint_may_be_given_a_rate() throws Exception {
        write(HEADER + "footprint,CN_SPHERE,,0.01,30,90,,,judgement\n");

        assertThat(footprint(load(), "CN_SPHERE").annualRate()).isEqualTo(0.01);
    }

    @Test
    void a_folder_without_events_csv_gives_the_shipped_catalogue() throws Exception {
        Files.writeString(folder.resolve("countries.csv"), "code,zone\nTW,CN_SPHERE\n");

        EventCatalogue catalogue = load();

        assertThat(catalogue.version()).isEqualTo("veerkracht-events 2026-11");
        assertThat(catalogue.all()).containsExactlyElementsOf(EventCatalogueLoader.shipped().all());
    }

    @Test
    void the_shipped_files_copied_as_a_starting_point_include_events_csv_and_change_nothing() throws Exception {
        ReferenceGeographyLoader.copyShippedFiles(folder);

        assertThat(folder.resolve("events.csv")).exists();
        assertThat(load().all()).containsExactlyElementsOf(EventCatalogueLoader.shipped().all());
    }

    // --- problems ---

    @Test
    void each_bad_value_names_file_row_and_column() throws Exception {
        write(HEADER
                + "season,FIRE,stability:HIGH,0.01,10,20,,yes,x\n"
                + "supplier,FIRE,stability:SHAKY,0.01,10,20,,yes,x\n"
                + "footprint,ATLANTIS,,0.01,10,20,,,x\n"
                + "supplier,STRIKE,stability:LOW,-0.5,10,20,,no,x\n"
                + "supplier,STRIKE,stability:HIGH,often,10,20,,no,x\n"
                + "supplier,INSOLVENCY,stability:HIGH,0.01,60,30,,yes,x\n"
                + "global,PORT_CRISIS,,0.1,60,120,,,x\n"
                + "supplier,FIRE,supplier:S01,0.1,60,120,,maybe,x\n");

        assertThat(problems()).containsExactly(
                file() + ": row 2, scope: must be one of supplier|footprint|global, got 'season'",
                file() + ": row 3, applies_to: must be one of stability:LOW|stability:MEDIUM|stability:HIGH|"
                        + "stability:UNKNOWN|supplier:ID, got 'stability:SHAKY'",
                // then the rows in catalogue order: shipped keys in shipped order, new keys after them
                file() + ": row 7, p90_days: must be one of a number of days >= median_days (60), got '30'",
                file() + ": row 6, annual_rate: not a number: 'often'",
                file() + ": row 5, annual_rate: must be >= 0, got -0.5",
                file() + ": row 4, event: must be one of " + footprintCodes() + ", got 'ATLANTIS'",
                file() + ": row 8, delay_days: required, but empty",
                file() + ": row 9, use_recovery_days: must be one of yes|no, got 'maybe'");
    }

    @Test
    void each_problem_carries_its_origin_for_the_caller() throws Exception {
        write(HEADER + "supplier,FIRE,supplier:S01,0.1,60,120,,maybe,x\n");

        InvalidReferenceDataException invalid = catchThrowableOfType(InvalidReferenceDataException.class,
                () -> new EventCatalogueLoader(folder).load());

        Problem problem = invalid.problems().get(0);
        assertThat(problem.origin().file()).isEqualTo(file());
        assertThat(problem.origin().row()).isEqualTo(2);
        assertThat(problem.field()).isEqualTo("use_recovery_days");
    }

    @Test
    void blank_columns_must_stay_blank_and_a_new_row_needs_its_numbers() throws Exception {
        write(HEADER
                + "footprint,PANAMA,stability:HIGH,0.1,10,20,,,x\n"
                + "supplier,FIRE,stability:HIGH,0.1,10,20,5,yes,x\n"
                + "supplier,FLOOD,stability:HIGH,,,,,yes,x\n"
                + "supplier,FIRE,stability:LOW,0.1,0.5,20,,yes,x\n");

        assertThat(problems()).containsExactly(
                file() + ": row 2, applies_to: must be one of (blank for this scope), got 'stability:HIGH'",
                file() + ": row 3, delay_days: must be one of (blank for this scope), got '5'",
                file() + ": row 5, median_days: must be one of a number of days >= 1, got '0.5'",
                file() + ": row 4, annual_rate: required, but empty",
                file() + ": row 4, median_days: required, but empty",
                file() + ": row 4, p90_days: required, but empty");
    }

    @Test
    void a_decimal_comma_in_a_comma_separated_file_says_how_to_write_it() throws Exception {
        write("scope,event,annual_rate\nfootprint,PANAMA,\"0,1\"\n");

        assertThat(problems()).containsExactly(file() + ": row 2, annual_rate: '0,1': a ','-separated file uses"
                + " decimal points and no thousands grouping; write 0.1, or save the file with ';' separators");
    }

    @Test
    void an_unknown_column_and_a_repeated_key_are_refused() throws Exception {
        write("scope,event,anual_rate\nfootprint,PANAMA,0.1\n");
        assertThat(problems()).containsExactly(file() + ": row 1, anual_rate: must be one of "
                + String.join("|", EventRows.COLUMNS) + ", got 'anual_rate'");

        write("scope,event,annual_rate\nfootprint,PANAMA,0.1\nfootprint,panama,0.2\n");
        assertThat(problems()).containsExactly(
                file() + ": row 3, event: 'footprint,PANAMA,' appears more than once (first on row 2)");
    }

    @Test
    void a_broken_override_applies_nothing() throws Exception {
        write(HEADER
                + "supplier,FIRE,stability:HIGH,0.5,10,20,,yes,fine\n"
                + "supplier,STRIKE,stability:HIGH,0.5,10,20,,perhaps,broken\n");

        assertThat(problems()).hasSize(1);
        // the shipped catalogue is untouched and a later load without the file gives it whole
        assertThat(band(EventCatalogueLoader.shipped(), "FIRE", StabilityBand.HIGH).annualRate()).isEqualTo(0.005);
        Files.delete(folder.resolve("events.csv"));
        assertThat(load().all()).containsExactlyElementsOf(EventCatalogueLoader.shipped().all());
    }

    @Test
    void a_missing_folder_is_a_problem() {
        Path missing = folder.resolve("nope");

        InvalidReferenceDataException invalid = catchThrowableOfType(InvalidReferenceDataException.class,
                () -> new EventCatalogueLoader(missing).load());

        assertThat(invalid.report(Locale.ENGLISH)).isEqualTo(missing + ": file or folder not found: " + missing);
    }

    private static String footprintCodes() {
        return String.join("|", ReferenceGeographyLoader.shipped().footprints().stream().map(Footprint::code)
                .toList());
    }
}
