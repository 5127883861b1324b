package be.veerkracht.ingest.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.TransportMode;
import be.veerkracht.portfolio.LeadTime;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Price;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.sourcing.landed.CostItem;
import be.veerkracht.sourcing.landed.DutyRate;
import be.veerkracht.sourcing.landed.DutyRates;
import be.veerkracht.sourcing.landed.EmissionBasis;
import be.veerkracht.sourcing.landed.EmissionFactor;
import be.veerkracht.sourcing.landed.LandedCost;
import be.veerkracht.sourcing.landed.LandedCostCalculator;
import be.veerkracht.sourcing.landed.LandedCostSettings;
import be.veerkracht.sourcing.landed.TransportReference;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransportReferenceLoaderTest {

    private static final CountryCode CN = CountryCode.parse("CN");
    private static final CountryCode PL = CountryCode.parse("PL");

    @TempDir
    Path folder;

    @Test
    void the_shipped_tables_hold_the_numbers_the_hand_calculations_use() {
        TransportReference shipped = TransportReferenceLoader.shipped();
        assertThat(shipped.version()).isEqualTo("veerkracht-transport 2026-11");
        // /work/shared/reference/sea_distances_to_antwerp.csv, CN Shanghai, km_shortest
        assertThat(shipped.distance(CN, TransportMode.SEA).orElseThrow().km()).isEqualTo(19722);
        // /work/shared/reference/countries.csv, PL, "~1000 / ~1250 km" (Poznan / Warsaw)
        assertThat(shipped.distance(PL, TransportMode.ROAD).orElseThrow().km()).isEqualTo(1000);
        assertThat(shipped.distance(PL, TransportMode.ROAD).orElseThrow().origin()).isEqualTo("Poznan");
        assertThat(shipped.rate(TransportMode.SEA).orElseThrow().eurPerTonneKm()).isEqualByComparingTo("0.005");
        assertThat(shipped.rate(TransportMode.ROAD).orElseThrow().eurPerTonneKm()).isEqualByComparingTo("0.10");
        EmissionFactor sea = shipped.factor(TransportMode.SEA).orElseThrow();
        assertThat(sea.gramsCo2ePerTonneKm()).isEqualTo(13);
        assertThat(sea.verified()).isFalse();
        assertThat(sea.source()).startsWith("ASSUMPTION, not a GLEC default");
        assertThat(shipped.factor(TransportMode.ROAD).orElseThrow().gramsCo2ePerTonneKm()).isEqualTo(90.3);
    }

    @Test
    void only_the_points_of_the_reference_notes_are_marked_verified() {
        // /work/shared/reference/README.md, "Transport emissions": air freighter > 1,500 km 0.498 kg CO2e/t-km TTW
        // (GLEC v3.0); CE Delft 2014: road 90.3, rail 11.3, inland waterway 38.6 g CO2/t-km.
        Map<TransportMode, Double> verified = Map.of(TransportMode.AIR, 498.0, TransportMode.ROAD, 90.3,
                TransportMode.RAIL, 11.3, TransportMode.BARGE, 38.6);
        for (EmissionFactor factor : TransportReferenceLoader.shipped().factors()) {
            assertThat(factor.verified()).as(factor.mode().code()).isEqualTo(verified.containsKey(factor.mode()));
            if (factor.verified()) {
                assertThat(factor.gramsCo2ePerTonneKm()).isEqualTo(verified.get(factor.mode()));
            } else {
                assertThat(factor.source()).contains("ASSUMPTION");
            }
        }
        assertThat(TransportReferenceLoader.shipped().factor(TransportMode.AIR).orElseThrow().basis())
                .isEqualTo(EmissionBasis.TTW);
    }

    /**
     * The two routes of issue 11 on the shipped data end to end (reference geography and transport tables):
     * freight, CO2e and pipeline as in core's LandedCostCalculatorTest, by hand:
     * Shanghai: 12 kg / 1000 x 19,722 km = 236.664 t-km; x 0.005 EUR = 1.18332 EUR; x 13 g / 1000 = 3.076632 kg;
     * pipeline 27.7 days (countries.csv CN days_sea) / 365 x 40 x 0.20 = 0.6071 EUR.
     * Poznań: 12 t-km x 0.10 = 1.20 EUR; x 90.3 g / 1000 = 1.0836 kg; pipeline 2 days / 365 x 46 x 0.20 = 0.0504.
     */
    @Test
    void the_two_routes_by_hand_on_the_shipped_data() {
        LandedCostCalculator calculator = new LandedCostCalculator(ReferenceGeographyLoader.shipped(),
                TransportReferenceLoader.shipped(), new DutyRates(List.of(new DutyRate("8483", "MFN",
                new BigDecimal("2.7"), "test input"))), LandedCostSettings.defaults());
        Part gear = new Part(new PartId("GEAR"), null, null, null, 10_000, 70, null, null, null, null, 0, null,
                "8483409000", 12.0, Map.of());
        LandedCost cn = calculator.option(gear, link("S-CN", "40.00", 60, 10, CN, TransportMode.SEA));
        LandedCost pl = calculator.option(gear, link("S-PL", "46.00", 10, 2, PL, TransportMode.ROAD));
        assertThat(cn.line(CostItem.FREIGHT).orElseThrow().eurPerUnit()).isEqualByComparingTo("1.18332");
        assertThat(cn.emissions().kgCo2ePerUnit()).isCloseTo(3.076632, within(1e-9));
        assertThat(cn.line(CostItem.PIPELINE_CARRYING).orElseThrow().eurPerUnit()).isEqualByComparingTo("0.6071");
        // duty: (40 + 1.18332) x 2.7 % = 1.11194964; CN trades on MFN terms in the shipped countries.csv
        assertThat(cn.line(CostItem.DUTY).orElseThrow().eurPerUnit()).isEqualByComparingTo("1.11194964");
        assertThat(pl.line(CostItem.FREIGHT).orElseThrow().eurPerUnit()).isEqualByComparingTo("1.2");
        assertThat(pl.emissions().kgCo2ePerUnit()).isCloseTo(1.0836, within(1e-9));
        assertThat(pl.line(CostItem.PIPELINE_CARRYING).orElseThrow().eurPerUnit()).isEqualByComparingTo("0.0504");
        assertThat(pl.line(CostItem.DUTY).orElseThrow().eurPerUnit()).isEqualByComparingTo("0");
    }

    @Test
    void an_override_row_replaces_the_shipped_one_and_without_a_source_is_credited_and_unverified() throws Exception {
        write("emission-factors.csv", "mode;g_co2e_per_tkm\nsea;16,5\n");
        TransportReference reference = new TransportReferenceLoader(folder).load();
        EmissionFactor sea = reference.factor(TransportMode.SEA).orElseThrow();
        assertThat(sea.gramsCo2ePerTonneKm()).isEqualTo(16.5);
        assertThat(sea.verified()).isFalse();
        assertThat(sea.source()).startsWith("override: ").contains("emission-factors.csv, row 2");
        assertThat(reference.version()).contains("+ overrides from").contains("emission-factors.csv");
        assertThat(reference.factor(TransportMode.ROAD).orElseThrow().gramsCo2ePerTonneKm()).isEqualTo(90.3);
    }

    @Test
    void bad_override_rows_are_all_reported_with_file_row_and_column() throws Exception {
        write("distances.csv", "country,mode,km\nXX,road,100\nCN,ship,100\nCN,rail,-5\n");
        write("emission-factors.csv", "mode,date,verified\nair,28-11-2026,maybe\n");
        write("freight-rates.csv", "mode,eur_per_tkm\nroad,abc\n");
        String report = problems();
        Path transport = folder.resolve("transport");
        assertThat(report.lines()).containsExactlyInAnyOrder(
                transport.resolve("distances.csv") + ": row 2, country: unknown country code 'XX': use ISO 3166-1 "
                        + "alpha-2, such as BE, DE or CN",
                transport.resolve("distances.csv") + ": row 3, mode: must be one of "
                        + "sea|short_sea|road|rail|air|barge, got 'ship'",
                // row 4 adds a key (CN by rail), so it needs every column: origin is missing too
                transport.resolve("distances.csv") + ": row 4, origin: required, but empty",
                transport.resolve("distances.csv") + ": row 4, km: must be > 0, got -5",
                transport.resolve("emission-factors.csv") + ": row 2, date: must be one of a date YYYY-MM-DD, got "
                        + "'28-11-2026'",
                transport.resolve("emission-factors.csv") + ": row 2, verified: " + booleanMessage("maybe"),
                transport.resolve("freight-rates.csv") + ": row 2, eur_per_tkm: not a number: 'abc'");
    }

    @Test
    void an_unknown_column_makes_the_override_unusable() throws Exception {
        write("freight-rates.csv", "mode,eur_per_tonne\nroad,0.2\n");
        assertThat(problems()).contains("freight-rates.csv", "eur_per_tonne", "must be one of");
    }

    @Test
    void a_missing_override_folder_is_a_problem() {
        Path missing = folder.resolve("nope");
        InvalidReferenceDataException invalid = catchThrowableOfType(InvalidReferenceDataException.class,
                () -> new TransportReferenceLoader(missing).load());
        assertThat(invalid.report(Locale.ENGLISH)).isEqualTo(missing + ": file or folder not found: " + missing);
    }

    private static String booleanMessage(String value) {
        return be.veerkracht.i18n.Messages.format(be.veerkracht.portfolio.ProblemKey.NOT_A_BOOLEAN, Locale.ENGLISH,
                value);
    }

    private String problems() {
        InvalidReferenceDataException invalid = catchThrowableOfType(InvalidReferenceDataException.class,
                () -> new TransportReferenceLoader(folder).load());
        assertThat(invalid).isNotNull();
        return invalid.report(Locale.ENGLISH);
    }

    private void write(String name, String text) throws Exception {
        Files.createDirectories(folder.resolve("transport"));
        Files.writeString(folder.resolve("transport").resolve(name), text, StandardCharsets.UTF_8);
    }

    private static SourcingLink link(String supplier, String price, double lead, double sd, CountryCode origin,
                                     TransportMode mode) {
        return new SourcingLink(new PartId("GEAR"), new SupplierId(supplier), null, 0.5, Price.perUnit(price),
                new LeadTime(lead, sd, null), origin, mode, null, null, null, null, null, null, Map.of());
    }
}
