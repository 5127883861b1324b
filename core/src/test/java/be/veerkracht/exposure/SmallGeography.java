package be.veerkracht.exposure;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.CountryProfile;
import be.veerkracht.geo.Footprint;
import be.veerkracht.geo.FootprintKind;
import be.veerkracht.geo.Overlay;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.geo.TradeRelation;
import be.veerkracht.geo.Zone;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A hand-made reference geography for tests: four zones, one named footprint, one delay lane. */
final class SmallGeography {

    private SmallGeography() {
    }

    static ReferenceGeography build() {
        return new ReferenceGeography("test geography", List.of(
                zone("EU_SINGLE_MARKET"), zone("CN_SPHERE"), zone("INDO_PACIFIC_PARTNER"), zone("SANCTIONED")),
                List.of(country("BE", "EU_SINGLE_MARKET"), country("DE", "EU_SINGLE_MARKET"),
                        country("CZ", "EU_SINGLE_MARKET"), country("PL", "EU_SINGLE_MARKET"),
                        country("CN", "CN_SPHERE"), country("TW", "INDO_PACIFIC_PARTNER"),
                        country("JP", "INDO_PACIFIC_PARTNER"),
                        new CountryProfile(new CountryCode("RU"), "SANCTIONED", TradeRelation.SANCTIONED, 20.0,
                                Map.of(), Set.of(Overlay.EU_ARMS_EMBARGO), Set.of())),
                List.of(new Footprint("TAIWAN_STRAIT", FootprintKind.OUTAGE,
                                Set.of(new CountryCode("CN"), new CountryCode("TW")), 0, "test"),
                        new Footprint("RED_SEA_SUEZ", FootprintKind.DELAY, Set.of(), 9, "test")));
    }

    private static Zone zone(String code) {
        return new Zone(code, code, code, code, "test");
    }

    private static CountryProfile country(String code, String zone) {
        return new CountryProfile(new CountryCode(code), zone, TradeRelation.MFN, 50.0, Map.of(), Set.of(), Set.of());
    }
}
