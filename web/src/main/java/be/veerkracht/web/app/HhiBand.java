package be.veerkracht.web.app;

import be.veerkracht.exposure.PartExposure;
import java.util.Locale;
import java.util.Optional;

/**
 * How concentrated a part's supplier base is, by its Herfindahl–Hirschman index over supplier shares (0..1).
 * The thresholds 0.15 and 0.25 are those of the U.S. Department of Justice and Federal Trade Commission,
 * Horizontal Merger Guidelines (2010), section 5.3 (1,500 and 2,500 on their 0..10,000 scale); a single supplier
 * (HHI 1) gets its own band because that is the case a purchasing director acts on first. Parts without an active
 * source have no band.
 */
public enum HhiBand {
    /** HHI below 0.15. */
    UNCONCENTRATED,
    /** 0.15 to 0.25. */
    MODERATE,
    /** Above 0.25, but more than one supplier. */
    HIGH,
    /** One supplier: HHI 1. */
    SOLE;

    static final double MODERATE_FROM = 0.15;
    static final double HIGH_ABOVE = 0.25;

    /** The band of a part; empty when it has no active source. */
    public static Optional<HhiBand> of(PartExposure part) {
        if (part.qualifiedSources() == 0) {
            return Optional.empty();
        }
        double hhi = part.hhiSupplier();
        if (hhi >= 1.0 - 1e-9) {
            return Optional.of(SOLE);
        }
        if (hhi > HIGH_ABOVE) {
            return Optional.of(HIGH);
        }
        return Optional.of(hhi >= MODERATE_FROM ? MODERATE : UNCONCENTRATED);
    }

    /** The parameter value, {@code high}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<HhiBand> parse(String given) {
        for (HhiBand band : values()) {
            if (band.parameter().equalsIgnoreCase(given)) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }
}
