package be.veerkracht.allocation;

import be.veerkracht.compliance.Confidence;
import be.veerkracht.compliance.ControlStatus;
import be.veerkracht.compliance.EuMemberState;
import be.veerkracht.compliance.ExportCheck;
import be.veerkracht.compliance.ExportRuleSet;
import be.veerkracht.compliance.SourcingCheck;
import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.CountryProfile;
import be.veerkracht.geo.Footprint;
import be.veerkracht.geo.FootprintKind;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.geo.TradeRelation;
import be.veerkracht.geo.Zone;
import be.veerkracht.portfolio.Part;
import be.veerkracht.simulation.events.DurationDistribution;
import be.veerkracht.simulation.events.EventCatalogue;
import be.veerkracht.simulation.events.FootprintEventRate;
import be.veerkracht.simulation.events.StabilityBand;
import be.veerkracht.simulation.events.SupplierEventRate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Geography, events and export rules for the portfolio tests (rates far above the shipped ones: many events). */
final class AllocationFixtures {

    private AllocationFixtures() {
    }

    static ReferenceGeography geography() {
        return new ReferenceGeography("test geography", List.of(zone("EU_SINGLE_MARKET"), zone("CN_SPHERE")),
                List.of(country("DE", "EU_SINGLE_MARKET"), country("PL", "EU_SINGLE_MARKET"),
                        country("CN", "CN_SPHERE"), country("TW", "CN_SPHERE")),
                List.of(new Footprint("TAIWAN_STRAIT", FootprintKind.OUTAGE,
                        Set.of(new CountryCode("CN"), new CountryCode("TW")), 0, "test")));
    }

    static EventCatalogue busyCatalogue() {
        List<SupplierEventRate> supplier = new ArrayList<>();
        for (StabilityBand band : StabilityBand.values()) {
            supplier.add(SupplierEventRate.forBand("FIRE", band, 0.2, new DurationDistribution(40, 120), true, "t"));
        }
        return new EventCatalogue("busy test catalogue", supplier,
                List.of(new FootprintEventRate("TAIWAN_STRAIT", 0.3, new DurationDistribution(60, 200), "t")),
                List.of());
    }

    static SourcingCheck sourcing() {
        return new SourcingCheck(new ExportCheck(new ExportRuleSet("test", LocalDate.of(2026, 11, 28),
                List.of(new EuMemberState("EU-MEMBER BE", "A member state.", "TEU, Art. 52(1)", Confidence.VERIFIED,
                        new CountryCode("BE"))))));
    }

    /** Listed when the part has a dual-use code, else explicitly not listed (the tests' own assumption). */
    static Function<Part, ControlStatus> classification() {
        return part -> part.dualUseCode() == null ? ControlStatus.notListed("test: no dual-use code")
                : ControlStatus.listed(part.dualUseCode());
    }

    private static Zone zone(String code) {
        return new Zone(code, code, code, code, "test");
    }

    private static CountryProfile country(String code, String zone) {
        return new CountryProfile(new CountryCode(code), zone, TradeRelation.MFN, 50.0, Map.of(), Set.of(),
                Set.of());
    }
}
