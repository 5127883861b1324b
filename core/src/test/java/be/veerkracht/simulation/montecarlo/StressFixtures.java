package be.veerkracht.simulation.montecarlo;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.CountryProfile;
import be.veerkracht.geo.Footprint;
import be.veerkracht.geo.FootprintKind;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.geo.TradeRelation;
import be.veerkracht.geo.TransportMode;
import be.veerkracht.geo.Zone;
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
import be.veerkracht.simulation.events.DurationDistribution;
import be.veerkracht.simulation.events.EventCatalogue;
import be.veerkracht.simulation.events.FootprintEventRate;
import be.veerkracht.simulation.events.GlobalEventRate;
import be.veerkracht.simulation.events.StabilityBand;
import be.veerkracht.simulation.events.SupplierEventRate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Portfolios, geography and catalogues of the Monte Carlo tests. The "busy" catalogue has rates far above the
 * shipped ones so that most scenarios have events: the tests compare engines and thread counts, not realism.
 */
final class StressFixtures {

    private StressFixtures() {
    }

    static ReferenceGeography geography() {
        return new ReferenceGeography("test geography", List.of(zone("EU_SINGLE_MARKET"), zone("CN_SPHERE"),
                zone("INDO_PACIFIC_PARTNER")),
                List.of(country("DE", "EU_SINGLE_MARKET", 70.0), country("PL", "EU_SINGLE_MARKET", 60.0),
                        country("CN", "CN_SPHERE", 25.0, "RED_SEA_SUEZ"),
                        country("TW", "INDO_PACIFIC_PARTNER", 55.0, "RED_SEA_SUEZ")),
                List.of(new Footprint("TAIWAN_STRAIT", FootprintKind.OUTAGE,
                                Set.of(new CountryCode("CN"), new CountryCode("TW")), 0, "test"),
                        new Footprint("RED_SEA_SUEZ", FootprintKind.DELAY, Set.of(), 9, "test")));
    }

    /** High rates: a few events per scenario, every kind of event represented. */
    static EventCatalogue busyCatalogue() {
        List<SupplierEventRate> supplier = new ArrayList<>();
        for (StabilityBand band : StabilityBand.values()) {
            supplier.add(SupplierEventRate.forBand("FIRE", band, 0.3, new DurationDistribution(40, 120), true, "t"));
            supplier.add(SupplierEventRate.forBand("STRIKE", band, 1.0, new DurationDistribution(3, 12), false, "t"));
        }
        return new EventCatalogue("busy test catalogue", supplier,
                List.of(new FootprintEventRate("TAIWAN_STRAIT", 0.4, new DurationDistribution(60, 200), "t"),
                        new FootprintEventRate("RED_SEA_SUEZ", 0.6, new DurationDistribution(60, 150), "t")),
                List.of(new GlobalEventRate("GLOBAL_LOGISTICS", 0.3, new DurationDistribution(90, 200), 7, "t")));
    }

    /** One supplier event, fixed duration: the hand-checked expectation. */
    static EventCatalogue oneFixedEvent(double annualRate, int days) {
        List<SupplierEventRate> supplier = new ArrayList<>();
        for (StabilityBand band : StabilityBand.values()) {
            supplier.add(SupplierEventRate.forBand("FIRE", band, annualRate, DurationDistribution.fixed(days), false,
                    "t"));
        }
        return new EventCatalogue("one fixed event", supplier, List.of(), List.of());
    }

    /**
     * Twelve parts over four suppliers in four countries: single and dual sources with uneven shares (0.3 / 0.7,
     * whose floating-point sum is not exactly 1), capacity and ramp-up, a candidate with qualification days, a
     * recovery_days link, sea and road freight, lead times 5 to 45 days, stocks 0 to 40 days.
     */
    static Portfolio mixed() throws Exception {
        List<Supplier> suppliers = List.of(Supplier.of("S-CN", "Ningbo", "CN"), Supplier.of("S-PL", "Odlewnia", "PL"),
                Supplier.of("S-DE", "Antrieb", "DE"), Supplier.of("S-TW", "Hsinchu", "TW"));
        List<Part> parts = new ArrayList<>();
        List<SourcingLink> links = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = String.format("P%02d", i);
            double demand = 1000 + 250 * i;
            double stockDays = (i * 7) % 41;
            // weekly demand sd 30 % of a week's demand for odd parts (used only with demand noise on)
            double weeklySd = i % 2 == 1 ? 0.3 * demand / 52 : 0;
            parts.add(part(id, demand, weeklySd, demand / 365 * stockDays, new BigDecimal(10 + i)));
            int lead = 5 + (i * 11) % 41;
            switch (i % 4) {
                case 0 -> links.add(link(id, "S-CN", 1.0, lead, null, null, null, TransportMode.SEA, null));
                case 1 -> {
                    links.add(link(id, "S-CN", 0.3, lead, null, null, 90, TransportMode.SEA, null));
                    links.add(link(id, "S-PL", 0.7, 4, demand * 1.2, 14, null, TransportMode.ROAD, null));
                }
                case 2 -> {
                    links.add(link(id, "S-TW", 0.7, lead, 2.0 * demand, 20, null, null, null));
                    links.add(link(id, "S-DE", 0.3, 3, null, null, null, TransportMode.ROAD, null));
                }
                default -> {
                    links.add(link(id, "S-TW", 1.0, lead, null, null, 60, TransportMode.SEA, null));
                    links.add(link(id, "S-PL", 0.0, 4, demand, 10, null, TransportMode.ROAD,
                            new Qualification(false, 45, null)));
                }
            }
        }
        return PortfolioAssembly.of(parts, suppliers, links, List.of());
    }

    /** One part, 10 a day, single-sourced from S-DE (stability HIGH) with lead time 20 and no stock, EUR 2 a unit. */
    static Portfolio single() throws Exception {
        return PortfolioAssembly.of(List.of(part("P1", 3650, 0, 0, new BigDecimal("2"))),
                List.of(Supplier.of("S-DE", "Antrieb", "DE")),
                List.of(link("P1", "S-DE", 1.0, 20, null, null, null, TransportMode.ROAD, null)), List.of());
    }

    private static Part part(String id, double annualDemand, double weeklySd, double onHand,
                             BigDecimal shortageCost) {
        return new Part(new PartId(id), null, null, null, annualDemand, weeklySd, null, null, null, shortageCost, onHand,
                null, null, null, Map.of());
    }

    private static SourcingLink link(String part, String supplier, double share, int leadDays, Double capacity,
                                     Integer rampUp, Integer recovery, TransportMode mode,
                                     Qualification qualification) {
        return new SourcingLink(new PartId(part), new SupplierId(supplier), null, share, Price.perUnit("10"),
                LeadTime.of(leadDays), null, mode, null, capacity, recovery, rampUp, qualification, null, Map.of());
    }

    private static Zone zone(String code) {
        return new Zone(code, code, code, code, "test");
    }

    private static CountryProfile country(String code, String zone, double stability, String... seaLanes) {
        return new CountryProfile(new CountryCode(code), zone, TradeRelation.MFN, stability, Map.of(), Set.of(),
                Set.of(seaLanes));
    }
}
