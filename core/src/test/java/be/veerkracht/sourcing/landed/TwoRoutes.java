package be.veerkracht.sourcing.landed;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.CountryProfile;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.geo.TradeRelation;
import be.veerkracht.geo.TransportMode;
import be.veerkracht.geo.Zone;
import be.veerkracht.portfolio.InvalidPortfolioException;
import be.veerkracht.portfolio.LeadTime;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.Price;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.portfolio.SupplierId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The issue's two routes, Shanghai-Antwerp by sea and Poznań-Antwerp by road, for one gear of 12 kg (HS 8483 40),
 * 10,000 a year, weekly demand sd 70 units. Every reference number is the shipped one (ingest's
 * {@code transport/*.csv} and {@code countries.csv}; {@code TransportReferenceLoaderTest} checks they still are):
 * <ul>
 *   <li>distances.csv: {@code CN,sea,Shanghai,19722} (Eurostat SeaRoute, via Suez) and {@code PL,road,Poznan,1000};</li>
 *   <li>freight-rates.csv: sea 0.005 EUR/t-km, road 0.10 EUR/t-km, minimum 0.05 EUR/kg both;</li>
 *   <li>emission-factors.csv: sea 13 g CO2e/t-km (WTW, an unverified assumption), road 90.3 g/t-km (CE Delft 2014);</li>
 *   <li>countries.csv: CN MFN, 27.7 days by sea; PL EU, 2 days by road.</li>
 * </ul>
 * The duty rate, 2.7 % MFN on 8483, is a test input standing for what a user enters, not a claim about the tariff.
 */
final class TwoRoutes {

    static final CountryCode CN = CountryCode.parse("CN");
    static final CountryCode PL = CountryCode.parse("PL");

    private TwoRoutes() {
    }

    static ReferenceGeography geography() {
        return new ReferenceGeography("test", List.of(new Zone("CN_SPHERE", "CN", "CN", "CN", "test"),
                new Zone("EU_SINGLE_MARKET", "EU", "EU", "EU", "test")),
                List.of(new CountryProfile(CN, "CN_SPHERE", TradeRelation.MFN, 25.1,
                                Map.of(TransportMode.SEA, 27.7), Set.of(), Set.of()),
                        new CountryProfile(PL, "EU_SINGLE_MARKET", TradeRelation.EU, 64.0,
                                Map.of(TransportMode.ROAD, 2.0, TransportMode.SHORT_SEA, 1.8), Set.of(), Set.of())),
                List.of());
    }

    static TransportReference transport() {
        LocalDate date = LocalDate.parse("2026-11-28");
        return new TransportReference("test",
                List.of(new RouteDistance(CN, TransportMode.SEA, "Shanghai", 19722, true, "SeaRoute"),
                        new RouteDistance(PL, TransportMode.ROAD, "Poznan", 1000, true, "approximate"),
                        new RouteDistance(PL, TransportMode.SHORT_SEA, "Gdansk", 1278, false, "SeaRoute")),
                List.of(new FreightRate(TransportMode.SEA, new BigDecimal("0.005"), new BigDecimal("0.05"), "test"),
                        new FreightRate(TransportMode.ROAD, new BigDecimal("0.10"), new BigDecimal("0.05"), "test")),
                List.of(new EmissionFactor(TransportMode.SEA, 13, EmissionBasis.WTW, "assumption", "v", date, false),
                        new EmissionFactor(TransportMode.ROAD, 90.3, EmissionBasis.UNSTATED, "CE Delft 2014",
                                "CE Delft 2014", LocalDate.parse("2014-01-01"), true)));
    }

    static DutyRates duties() {
        return new DutyRates(List.of(new DutyRate("8483", "MFN", new BigDecimal("2.7"), "test input")));
    }

    static Part gear(Double weightKg) {
        return new Part(new PartId("GEAR"), null, null, null, 10_000, 70, null, null, null, null, 0, null,
                "8483409000", weightKg, Map.of());
    }

    /** Shanghai by sea: EUR 40.00, lead time 60 days (sd 10), transit from the reference; 70 % of the demand. */
    static SourcingLink shanghai() {
        return link("S-CN", 0.7, "40.00", new LeadTime(60, 10, null), CN, TransportMode.SEA);
    }

    /** Poznań by road: EUR 46.00, lead time 10 days (sd 2), transit from the reference; 30 %. */
    static SourcingLink poznan() {
        return link("S-PL", 0.3, "46.00", new LeadTime(10, 2, null), PL, TransportMode.ROAD);
    }

    static SourcingLink link(String supplier, double share, String price, LeadTime leadTime, CountryCode origin,
                             TransportMode mode) {
        return new SourcingLink(new PartId("GEAR"), new SupplierId(supplier), null, share, Price.perUnit(price),
                leadTime, origin, mode, null, null, null, null, null, null, Map.of());
    }

    static Portfolio portfolio(Double weightKg) throws InvalidPortfolioException {
        return PortfolioAssembly.of(List.of(gear(weightKg)),
                List.of(Supplier.of("S-CN", "Shanghai Gears", "CN"), Supplier.of("S-PL", "Poznań Koła", "PL")),
                List.of(shanghai(), poznan()), List.of());
    }

    static LandedCostCalculator calculator(BigDecimal carbonPrice) {
        return new LandedCostCalculator(geography(), transport(), duties(),
                LandedCostSettings.defaults().withCarbonPrice(carbonPrice));
    }
}
