package be.veerkracht.simulation.events;

import be.veerkracht.portfolio.SupplierId;
import java.util.Objects;

/**
 * An event that stops one supplier site: fire, insolvency, strike, quality stop, or one a user adds. The rate
 * applies per site (a supplier's source: the supplier, or supplier/site); each site draws its own occurrences.
 *
 * @param event             e.g. {@code FIRE}
 * @param stability         the stability band of the site's producing country this rate is for; null when
 *                          {@code supplier} is given
 * @param supplier          a single supplier this rate is for, overriding the band's rate for the same event; null
 *                          for a band default
 * @param usesRecoveryDays  whether a link's {@code recovery_days}, where given, replace the drawn duration (a site
 *                          lost to fire takes as long to replace as the portfolio says; a strike does not)
 */
public record SupplierEventRate(String event, StabilityBand stability, SupplierId supplier, double annualRate,
                                DurationDistribution duration, boolean usesRecoveryDays, String source)
        implements EventRate {

    public SupplierEventRate {
        Objects.requireNonNull(event, "event");
        if ((stability == null) == (supplier == null)) {
            throw new IllegalArgumentException("supplier event " + event
                    + " applies either to a stability band or to one supplier");
        }
        EventRate.checkedRate(annualRate, event);
        Objects.requireNonNull(duration, "duration");
        source = source == null ? "" : source;
    }

    public static SupplierEventRate forBand(String event, StabilityBand band, double annualRate,
                                            DurationDistribution duration, boolean usesRecoveryDays, String source) {
        return new SupplierEventRate(event, band, null, annualRate, duration, usesRecoveryDays, source);
    }

    public static SupplierEventRate forSupplier(String event, SupplierId supplier, double annualRate,
                                                DurationDistribution duration, boolean usesRecoveryDays,
                                                String source) {
        return new SupplierEventRate(event, null, supplier, annualRate, duration, usesRecoveryDays, source);
    }

    /** {@code stability:HIGH} or {@code supplier:S01}, as the catalogue file writes it. */
    public String appliesTo() {
        return supplier == null ? "stability:" + stability.name() : "supplier:" + supplier.value();
    }
}
