package be.veerkracht.web.app;

import java.util.Locale;
import java.util.Optional;

/** How a list of parts is ordered; {@link #RISK} unless asked otherwise. */
public enum PartOrder {
    /** The part with the most severe, highest-scored finding first (the findings' ranking), then by spend. */
    RISK,
    /** Largest planned annual spend first. */
    SPEND,
    /** Most concentrated supplier base (HHI by supplier) first, then by spend. */
    HHI,
    /** By part id. */
    PART;

    /** The parameter value, {@code risk}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<PartOrder> parse(String given) {
        for (PartOrder order : values()) {
            if (order.parameter().equalsIgnoreCase(given)) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
