package be.veerkracht.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.portfolio.Criticality;
import be.veerkracht.portfolio.InvalidPortfolioException;
import be.veerkracht.portfolio.LeadTime;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.Price;
import be.veerkracht.portfolio.Qualification;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.portfolio.Tool;
import be.veerkracht.portfolio.ToolId;
import be.veerkracht.portfolio.ToolOwner;
import be.veerkracht.geo.TransportMode;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One small portfolio written four ways: an .xlsx saved by LibreOffice Calc from the comma CSVs
 * ({@code src/test/fixture-tools/csv_folder_to_xlsx.py}), {@code ,}-CSV, Belgian {@code ;}-CSV with decimal commas,
 * thousands grouping, percentages, a BOM and CRLF, and the same in Windows-1252. The expected portfolio is typed
 * in below from the fixture by hand.
 */
class PortfolioReaderFormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"portfolio.xlsx", "comma", "semicolon", "windows1252"})
    void every_format_gives_the_hand_typed_portfolio(String fixture) throws Exception {
        Portfolio read = new PortfolioReader().read(fixture(fixture)).portfolio();

        assertThat(read.parts()).isEqualTo(expected().parts());
        assertThat(read.suppliers()).isEqualTo(expected().suppliers());
        assertThat(read.links()).isEqualTo(expected().links());
        assertThat(read.tools()).isEqualTo(expected().tools());
        assertThat(read).isEqualTo(expected());
    }

    @Test
    void reports_the_format_and_hashes_the_bytes() throws Exception {
        ImportedPortfolio semicolon = new PortfolioReader().read(fixture("semicolon"));
        ImportedPortfolio cp1252 = new PortfolioReader().read(fixture("windows1252"));

        assertThat(semicolon.format()).isEqualTo("csv (;)");
        assertThat(new PortfolioReader().read(fixture("comma")).format()).isEqualTo("csv (,)");
        assertThat(new PortfolioReader().read(fixture("portfolio.xlsx")).format()).isEqualTo("xlsx");
        assertThat(semicolon.contentSha256()).hasSize(64).isNotEqualTo(cp1252.contentSha256());
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(PortfolioReaderFormatsTest.class.getResource("/formats/" + name).toURI());
    }

    private static Portfolio expected() throws InvalidPortfolioException {
        List<Part> parts = List.of(
                new Part(new PartId("P-1"), "Behuizing, gietstuk", "castings", "HOUSING", 1234.5, 8.25, "pcs",
                        Criticality.A, new BigDecimal("850"), null, 60, null, "84839089", 18.5,
                        Map.of("buyer", "Els")),
                new Part(new PartId("P-2"), "Pièce détachée spéciale", "electronics", "CONTROL", 300, 0, null,
                        Criticality.B, new BigDecimal("980.5"), new BigDecimal("2500"), 30, "3A001.a.7",
                        "84715000", 0.3, Map.of()),
                new Part(new PartId("P-3"), "Bout M8x30", "fasteners", "BOLTS", 250_000, 2400, "pcs",
                        Criticality.C, new BigDecimal("0.04"), null, 30_000, null, null, 0.018,
                        Map.of("buyer", "Els")),
                new Part(new PartId("P-4"), "Kogellager 6205", "bearings", null, 24_000, 300, "pcs", null,
                        new BigDecimal("1.9"), null, 5200, null, null, null, Map.of()));
        List<Supplier> suppliers = List.of(
                new Supplier(new SupplierId("S-CN"), "Ningbo Precision Castings Co., Ltd.", new CountryCode("CN"),
                        "Ningbo", null, null, Map.of()),
                new Supplier(new SupplierId("S-DE"), "Gießerei Müller GmbH", new CountryCode("DE"), "Köln",
                        "Müller Gruppe", 50_000.0, Map.of()),
                new Supplier(new SupplierId("S-BE"), "Bevestigingstechniek Claes BV", new CountryCode("BE"),
                        "Aalst", null, null, Map.of()));
        List<SourcingLink> links = List.of(
                new SourcingLink(new PartId("P-1"), new SupplierId("S-CN"), null, 0.8,
                        Price.perUnit("212.4"), new LeadTime(70, 9, 38.0), null, TransportMode.SEA, "FOB Ningbo",
                        1500.0, 120, 30, Qualification.QUALIFIED, 60, Map.of()),
                new SourcingLink(new PartId("P-1"), new SupplierId("S-DE"), "Pilsen", 0.2,
                        Price.perUnit("268.9012"), new LeadTime(21, 3, 3.0), new CountryCode("CZ"),
                        TransportMode.ROAD, "DAP", 900.0, 60, 45,
                        new Qualification(false, 120, new BigDecimal("18000")), 45, Map.of()),
                new SourcingLink(new PartId("P-2"), new SupplierId("S-DE"), null, 1.0, Price.perUnit("412"),
                        new LeadTime(49.5, 6, 7.0), null, TransportMode.AIR, null, null, null, null,
                        Qualification.QUALIFIED, null, Map.of()),
                new SourcingLink(new PartId("P-3"), new SupplierId("S-BE"), null, 1.0,
                        new Price(new BigDecimal("4.85"), new BigDecimal("100")), new LeadTime(7, 1, 1.0),
                        new CountryCode("DE"), TransportMode.ROAD, "DAP", 400_000.0, 14, 7,
                        Qualification.QUALIFIED, 30, Map.of()),
                SourcingLink.of("P-4", "S-BE", 1.0, "1.18", 14));
        List<Tool> tools = List.of(new Tool(new ToolId("T-1"), new SupplierId("S-CN"),
                List.of(new PartId("P-1"), new PartId("P-2")), new BigDecimal("150000"), 84, ToolOwner.US,
                40_000L));
        return PortfolioAssembly.of(parts, suppliers, links, tools);
    }
}
