package be.veerkracht.portfolio;

import java.math.BigDecimal;

/**
 * Planned purchase value per year of one source: annual demand × share × price per unit, EUR. Demand and share are
 * doubles (statistics); their product enters exactly as its decimal expansion and is multiplied by the exact price,
 * so sums stay exact until the caller rounds them for display. The one formula every figure of spend uses.
 */
public final class AnnualSpend {

    private AnnualSpend() {
    }

    public static BigDecimal of(Part part, SourcingLink link) {
        if (link.share() <= 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(part.annualDemandUnits() * link.share()).multiply(link.price().perUnitEur());
    }
}
