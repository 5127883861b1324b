package be.veerkracht.sourcing.landed;

import be.veerkracht.geo.TransportMode;
import be.veerkracht.portfolio.ExactAmounts;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What freight by one mode costs: {@code eurPerTonneKm} for every tonne-kilometre, with a floor of
 * {@code minEurPerKg} for every kilogram (short hauls and small lots pay handling, not distance). Freight of one unit
 * of mass m kg over d km: max(m/1000 &times; d &times; rate, m &times; minimum), EUR, exact.
 *
 * @param eurPerTonneKm EUR per t-km, &ge; 0
 * @param minEurPerKg   the least EUR charged per kg, &ge; 0
 * @param source        where the rate comes from (the shipped rates are indicative assumptions)
 */
public record FreightRate(TransportMode mode, BigDecimal eurPerTonneKm, BigDecimal minEurPerKg, String source) {

    private static final BigDecimal KG_PER_TONNE = BigDecimal.valueOf(1000);

    public FreightRate {
        Objects.requireNonNull(mode, "mode");
        nonNegative(eurPerTonneKm, "eur_per_tkm");
        nonNegative(minEurPerKg, "min_eur_per_kg");
        Objects.requireNonNull(source, "source");
    }

    /** Freight of one unit of {@code weightKg} over {@code km}, EUR. */
    public BigDecimal eurPerUnit(double weightKg, double km) {
        BigDecimal weight = BigDecimal.valueOf(weightKg);
        BigDecimal byDistance = weight.multiply(BigDecimal.valueOf(km)).multiply(eurPerTonneKm).divide(KG_PER_TONNE);
        BigDecimal floor = weight.multiply(minEurPerKg);
        return ExactAmounts.normalised(byDistance.max(floor));
    }

    /** True when the per-kg minimum, not the distance, sets the freight of {@code km}. */
    public boolean minimumApplies(double km) {
        return BigDecimal.valueOf(km).multiply(eurPerTonneKm).divide(KG_PER_TONNE).compareTo(minEurPerKg) < 0;
    }

    private static void nonNegative(BigDecimal value, String what) {
        Objects.requireNonNull(value, what);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(what + " must be >= 0, got " + value.toPlainString());
        }
    }
}
