package be.veerkracht.simulation;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.CountryProfile;
import be.veerkracht.geo.Footprint;
import be.veerkracht.geo.FootprintKind;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.geo.TradeRelation;
import be.veerkracht.geo.Zone;
import be.veerkracht.portfolio.LeadTime;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.Price;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.portfolio.Tool;
import be.veerkracht.portfolio.ToolId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hand-computed portfolio of the named-scenario tests: the parts of {@link HandCheckedParts}, as portfolio
 * records. Demand 3,650 a year (10 a day), lead time 20 days throughout.
 * <ul>
 *   <li>P1: stock 100, single-sourced from S-CN (China), shortage cost EUR 12.50.</li>
 *   <li>P2: stock 0, half from S-CN, half from S-PL (Poland) that can make 3,650 a year after 10 days of ramp-up;
 *       no shortage cost, margin EUR 20.</li>
 *   <li>P3: stock 0, only from S-DE (Germany), margin EUR 50.</li>
 * </ul>
 * Tool T01 at S-CN makes P1 and takes 60 days to rebuild; tool T02 at S-DE has no known rebuild time.
 */
final class ScenarioPortfolio {

    private ScenarioPortfolio() {
    }

    static Portfolio build() throws Exception {
        List<Supplier> suppliers = List.of(Supplier.of("S-CN", "Ningbo", "CN"), Supplier.of("S-PL", "Odlewnia", "PL"),
                Supplier.of("S-DE", "Antrieb", "DE"));
        List<Part> parts = List.of(part("P1", 100, new BigDecimal("12.50"), null),
                part("P2", 0, null, new BigDecimal("20")), part("P3", 0, null, new BigDecimal("50")));
        List<SourcingLink> links = List.of(link("P1", "S-CN", 1.0, null, null), link("P2", "S-CN", 0.5, null, null),
                link("P2", "S-PL", 0.5, 3650.0, 10), link("P3", "S-DE", 1.0, null, null));
        List<Tool> tools = List.of(
                new Tool(new ToolId("T01"), new SupplierId("S-CN"), List.of(new PartId("P1")), null, 60, null, null),
                new Tool(new ToolId("T02"), new SupplierId("S-DE"), List.of(new PartId("P3")), null, null, null,
                        null));
        return PortfolioAssembly.of(parts, suppliers, links, tools);
    }

    /** Two zones and CN + TW as an outage footprint, a sea lane (passed by CN's freight) as a delay footprint. */
    static ReferenceGeography geography() {
        return new ReferenceGeography("test geography", List.of(zone("EU_SINGLE_MARKET"), zone("CN_SPHERE"),
                zone("INDO_PACIFIC_PARTNER")),
                List.of(country("DE", "EU_SINGLE_MARKET"), country("PL", "EU_SINGLE_MARKET"),
                        country("CN", "CN_SPHERE", "RED_SEA_SUEZ"), country("TW", "INDO_PACIFIC_PARTNER")),
                List.of(new Footprint("TAIWAN_STRAIT", FootprintKind.OUTAGE,
                                Set.of(new CountryCode("CN"), new CountryCode("TW")), 0, "test"),
                        new Footprint("RED_SEA_SUEZ", FootprintKind.DELAY, Set.of(), 9, "test")));
    }

    private static Part part(String id, double onHand, BigDecimal shortageCost, BigDecimal margin) {
        return new Part(new PartId(id), null, null, null, 3650, 0, null, null, margin, shortageCost, onHand, null,
                null, null, Map.of());
    }

    private static SourcingLink link(String part, String supplier, double share, Double capacity, Integer rampUp) {
        return new SourcingLink(new PartId(part), new SupplierId(supplier), null, share, Price.perUnit("10"),
                LeadTime.of(20), null, null, null, capacity, null, rampUp, null, null, Map.of());
    }

    private static Zone zone(String code) {
        return new Zone(code, code, code, code, "test");
    }

    private static CountryProfile country(String code, String zone, String... seaLanes) {
        return new CountryProfile(new CountryCode(code), zone, TradeRelation.MFN, 50.0, Map.of(), Set.of(),
                Set.of(seaLanes));
    }
}
