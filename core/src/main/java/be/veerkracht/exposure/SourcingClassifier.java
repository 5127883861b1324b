package be.veerkracht.exposure;

import be.veerkracht.geo.Footprint;
import be.veerkracht.geo.FootprintKind;
import be.veerkracht.geo.ReferenceGeography;
import java.util.List;
import java.util.Optional;

/** Puts a part's active sources in a {@link SourcingClass}, and names the footprint that makes it SAME_FOOTPRINT. */
final class SourcingClassifier {

    private final ReferenceGeography geography;

    SourcingClassifier(ReferenceGeography geography) {
        this.geography = geography;
    }

    SourcingClass classify(List<ActiveSource> active) {
        if (active.isEmpty()) {
            return SourcingClass.NONE;
        }
        if (active.size() == 1) {
            return SourcingClass.SINGLE;
        }
        if (active.stream().map(ActiveSource::origin).distinct().count() == 1) {
            return SourcingClass.SAME_COUNTRY;
        }
        if (active.stream().map(ActiveSource::zone).distinct().count() == 1) {
            return SourcingClass.SAME_ZONE;
        }
        return sharedNamedFootprint(active).isPresent() ? SourcingClass.SAME_FOOTPRINT : SourcingClass.DIVERSIFIED;
    }

    /** A named outage footprint (not a zone's own) that covers every active source. */
    Optional<Footprint> sharedNamedFootprint(List<ActiveSource> active) {
        return geography.footprints().stream()
                .filter(f -> f.kind() == FootprintKind.OUTAGE && geography.zone(f.code()).isEmpty())
                .filter(f -> active.stream().allMatch(s -> f.covers(s.origin())))
                .findFirst();
    }
}
