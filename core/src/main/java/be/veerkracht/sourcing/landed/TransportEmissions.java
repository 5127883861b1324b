package be.veerkracht.sourcing.landed;

/**
 * Transport emissions of one unit of a link: t-km &times; the mode's factor. Unknown (nulls) when the weight, the
 * distance or the factor is missing; {@code explanation} says which.
 *
 * @param tonneKmPerUnit t-km per unit (mass in tonnes &times; km)
 * @param kgCo2ePerUnit  kg CO2e per unit
 * @param factor         the factor used; null when none
 */
public record TransportEmissions(Double tonneKmPerUnit, Double kgCo2ePerUnit, EmissionFactor factor,
                                 String explanation) {

    public boolean known() {
        return kgCo2ePerUnit != null;
    }
}
