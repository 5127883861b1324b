package be.veerkracht.ingest.write;

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
import java.util.List;
import java.util.Map;

/**
 * A portfolio typed in by hand, so every expected value in the writer tests can be traced to a line here: two
 * parts, two suppliers, four sources (80/20, 100 + candidate at 0), one tool.
 */
final class SmallPortfolio {

    static final String CASTING_DESCRIPTION = "Carter usiné, Ø80";
    static final String BOLT_DESCRIPTION = "Bolt M12 \"special\"";
    static final String FOUNDRY_NAME = "Fonderie Lefèvre SA";

    private SmallPortfolio() {
    }

    static Portfolio withTools() {
        return build(List.of(tool()));
    }

    static Portfolio withoutTools() {
        return build(List.of());
    }

    private static Portfolio build(List<Tool> tools) {
        try {
            return PortfolioAssembly.of(List.of(casting(), bolt()), List.of(foundry(), ningbo()),
                    List.of(castingFromFoundry(), castingFromNingbo(), boltFromNingbo(), boltCandidate()), tools);
        } catch (InvalidPortfolioException e) {
            throw new AssertionError(e.report(java.util.Locale.ENGLISH), e);
        }
    }

    static Part casting() {
        return new Part(new PartId("P-1"), CASTING_DESCRIPTION, "castings", "housings", 12_345, 8.5, "pcs",
                Criticality.A, new BigDecimal("145.5"), null, 350, null, "7325", 12.4,
                Map.of("buyer", "B01", "drawing", "DRW-1"));
    }

    static Part bolt() {
        return new Part(new PartId("P-2"), BOLT_DESCRIPTION, "fasteners", null, 1_000_000, 0, "pcs", Criticality.C,
                null, null, 0, "3A001.a.1", null, null, Map.of("buyer", "B02"));
    }

    static Supplier foundry() {
        return new Supplier(new SupplierId("S-1"), FOUNDRY_NAME, new CountryCode("BE"), "Liège", null, null,
                Map.of("certification", "ISO 9001, ISO 14001"));
    }

    static Supplier ningbo() {
        return new Supplier(new SupplierId("S-2"), "Ningbo Hengda Co., Ltd.", new CountryCode("CN"), "Ningbo",
                "Hengda Group", 50_000.0, Map.of());
    }

    static SourcingLink castingFromFoundry() {
        return new SourcingLink(new PartId("P-1"), new SupplierId("S-1"), null, 0.8, Price.perUnit("12.5"),
                new LeadTime(14, 2, 2.0), new CountryCode("BE"), TransportMode.ROAD, "FCA", null, null, null,
                Qualification.QUALIFIED, 60, Map.of());
    }

    static SourcingLink castingFromNingbo() {
        return new SourcingLink(new PartId("P-1"), new SupplierId("S-2"), null, 0.2, Price.perUnit("9.8765"),
                new LeadTime(56, 7.5, 35.0), new CountryCode("CN"), TransportMode.SEA, "FOB", 3_000.0, 120, 30,
                Qualification.QUALIFIED, 90, Map.of("contract_id", "FC-2024-0001"));
    }

    static SourcingLink boltFromNingbo() {
        return new SourcingLink(new PartId("P-2"), new SupplierId("S-2"), null, 1.0,
                new Price(new BigDecimal("12.5"), new BigDecimal("100")), new LeadTime(60, 0, null),
                new CountryCode("CN"), TransportMode.SEA, null, null, null, null, Qualification.QUALIFIED, null,
                Map.of());
    }

    static SourcingLink boltCandidate() {
        return new SourcingLink(new PartId("P-2"), new SupplierId("S-1"), null, 0, Price.perUnit("0.2"),
                new LeadTime(10, 0, null), new CountryCode("BE"), TransportMode.ROAD, null, null, null, null,
                new Qualification(false, 90, new BigDecimal("15000")), null, Map.of());
    }

    static Tool tool() {
        return new Tool(new ToolId("T-1"), new SupplierId("S-1"), List.of(new PartId("P-1")),
                new BigDecimal("150000"), 120, ToolOwner.US, 250_000L);
    }
}
