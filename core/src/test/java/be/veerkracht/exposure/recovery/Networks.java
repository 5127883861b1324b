package be.veerkracht.exposure.recovery;

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
import be.veerkracht.simulation.events.DurationDistribution;
import be.veerkracht.simulation.events.EventCatalogue;
import be.veerkracht.simulation.events.FootprintEventRate;
import be.veerkracht.simulation.events.StabilityBand;
import be.veerkracht.simulation.events.SupplierEventRate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small networks solved by hand. Demand 3,650 a year is 10 a day. Geography: DE and PL (EU, stability percentile
 * 80: HIGH), CN (CN_SPHERE, 30: LOW), TW (INDO_PACIFIC_PARTNER, 60: MEDIUM); footprint TAIWAN_STRAIT = CN + TW.
 * Catalogue: FIRE median 90 days (HIGH, MEDIUM, UNKNOWN), 120 (LOW); TAIWAN_STRAIT median 180; no zone rates.
 */
final class Networks {

    final List<Part> parts = new ArrayList<>();
    final List<Supplier> suppliers = new ArrayList<>();
    final List<SourcingLink> links = new ArrayList<>();
    final List<Tool> tools = new ArrayList<>();

    Networks supplier(String id, String country) {
        suppliers.add(Supplier.of(id, "Supplier " + id, country));
        return this;
    }

    Networks supplier(String id, String country, double capacityPerYear) {
        suppliers.add(new Supplier(new SupplierId(id), "Supplier " + id, CountryCode.parse(country), null, null,
                capacityPerYear, Map.of()));
        return this;
    }

    /** A part with demand per year, stock and shortage cost (EUR per unit). */
    Networks part(String id, double annualDemand, double stock, String shortageCost) {
        parts.add(new Part(new PartId(id), null, null, null, annualDemand, 0, null, null, null,
                new BigDecimal(shortageCost), stock, null, null, null, Map.of()));
        return this;
    }

    Networks link(String part, String supplier, double share, double leadDays, Double capacityPerYear,
                  Integer rampUpDays, Integer recoveryDays) {
        return link(part, supplier, null, share, leadDays, capacityPerYear, rampUpDays, recoveryDays);
    }

    Networks link(String part, String supplier, String site, double share, double leadDays, Double capacityPerYear,
                  Integer rampUpDays, Integer recoveryDays) {
        links.add(new SourcingLink(new PartId(part), new SupplierId(supplier), site, share, Price.perUnit("10"),
                LeadTime.of(leadDays), null, null, null, capacityPerYear, recoveryDays, rampUpDays, null, null,
                Map.of()));
        return this;
    }

    Networks tool(String id, String supplier, String part, Integer rebuildDays) {
        tools.add(new Tool(new be.veerkracht.portfolio.ToolId(id), new SupplierId(supplier),
                List.of(new PartId(part)), null, rebuildDays, null, null));
        return this;
    }

    Portfolio portfolio() {
        try {
            return PortfolioAssembly.of(parts, suppliers, links, tools);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    RecoveryAssessment assess() {
        return new TimeToSurviveAnalysis(geography(), catalogue()).assess(portfolio());
    }

    static NodeRecovery node(RecoveryAssessment assessment, String id) {
        return assessment.nodes().stream().filter(n -> n.node().id().equals(id)).findFirst().orElseThrow();
    }

    static PartRecovery part(NodeRecovery node, String id) {
        return node.parts().stream().filter(p -> p.partId().equals(id)).findFirst().orElseThrow();
    }

    static ReferenceGeography geography() {
        return new ReferenceGeography("test geography", List.of(zone("EU_SINGLE_MARKET"), zone("CN_SPHERE"),
                zone("INDO_PACIFIC_PARTNER")),
                List.of(country("DE", "EU_SINGLE_MARKET", 80), country("PL", "EU_SINGLE_MARKET", 80),
                        country("CN", "CN_SPHERE", 30), country("TW", "INDO_PACIFIC_PARTNER", 60)),
                List.of(new Footprint("TAIWAN_STRAIT", FootprintKind.OUTAGE,
                        Set.of(new CountryCode("CN"), new CountryCode("TW")), 0, "test")));
    }

    static EventCatalogue catalogue() {
        DurationDistribution ninety = new DurationDistribution(90, 270);
        return new EventCatalogue("test catalogue", List.of(
                SupplierEventRate.forBand("FIRE", StabilityBand.HIGH, 0.005, ninety, true, "test"),
                SupplierEventRate.forBand("FIRE", StabilityBand.MEDIUM, 0.008, ninety, true, "test"),
                SupplierEventRate.forBand("FIRE", StabilityBand.LOW, 0.012, new DurationDistribution(120, 365), true,
                        "test"),
                SupplierEventRate.forBand("FIRE", StabilityBand.UNKNOWN, 0.008, ninety, true, "test")),
                List.of(new FootprintEventRate("TAIWAN_STRAIT", 0.02, new DurationDistribution(180, 730), "test")),
                List.of());
    }

    private static Zone zone(String code) {
        return new Zone(code, code, code, code, "test");
    }

    private static CountryProfile country(String code, String zone, double percentile) {
        return new CountryProfile(new CountryCode(code), zone, TradeRelation.MFN, percentile, Map.of(), Set.of(),
                Set.of());
    }
}
