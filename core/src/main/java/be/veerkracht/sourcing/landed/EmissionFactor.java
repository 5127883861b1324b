package be.veerkracht.sourcing.landed;

import be.veerkracht.geo.TransportMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Greenhouse-gas emissions per tonne-kilometre of one transport mode, with where the number comes from.
 *
 * @param gramsCo2ePerTonneKm g CO2e per t-km, &ge; 0
 * @param basis               what the factor covers (WTW is what ISO 14083 asks for)
 * @param source              the publication, or the reasoning of an assumption
 * @param version             the version of the source (e.g. {@code GLEC v3.0})
 * @param date                the date of the source or assumption
 * @param verified            true when the number was checked against its source; false for an assumption
 */
public record EmissionFactor(TransportMode mode, double gramsCo2ePerTonneKm, EmissionBasis basis, String source,
                             String version, LocalDate date, boolean verified) {

    public EmissionFactor {
        Objects.requireNonNull(mode, "mode");
        if (!(gramsCo2ePerTonneKm >= 0 && gramsCo2ePerTonneKm < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("g_co2e_per_tkm must be a finite number >= 0, got "
                    + gramsCo2ePerTonneKm);
        }
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(date, "date");
    }

    /** kg CO2e for {@code tonneKm} t-km. */
    public double kgCo2e(double tonneKm) {
        return tonneKm * gramsCo2ePerTonneKm / GRAMS_PER_KG;
    }

    /** Grams in a kilogram. */
    public static final double GRAMS_PER_KG = 1000;
}
