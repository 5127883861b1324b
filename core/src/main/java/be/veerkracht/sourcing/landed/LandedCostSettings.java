package be.veerkracht.sourcing.landed;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The money terms of a landed-cost calculation, each an assumption the user can change.
 *
 * @param carryingRatePerYear   cost of holding stock, share of its value per year (capital, storage, insurance,
 *                              obsolescence), 0..1; default {@value #DEFAULT_CARRYING_RATE}
 * @param serviceLevel          cycle service level of the safety stock, in (0, 1); default
 *                              {@value #DEFAULT_SERVICE_LEVEL}
 * @param orderingCostEur       cost of placing and receiving one order, EUR, &ge; 0; default 100
 * @param carbonPriceEurPerTonne price of a tonne of CO2e, EUR, &ge; 0; null: emissions are not priced
 */
public record LandedCostSettings(double carryingRatePerYear, double serviceLevel, BigDecimal orderingCostEur,
                                 BigDecimal carbonPriceEurPerTonne) {

    public static final double DEFAULT_CARRYING_RATE = 0.20;
    public static final double DEFAULT_SERVICE_LEVEL = 0.95;
    public static final BigDecimal DEFAULT_ORDERING_COST_EUR = BigDecimal.valueOf(100);

    public LandedCostSettings {
        if (!(carryingRatePerYear >= 0 && carryingRatePerYear <= 1)) {
            throw new IllegalArgumentException("carrying rate must be within 0..1 per year, got " + carryingRatePerYear);
        }
        if (!(serviceLevel > 0 && serviceLevel < 1)) {
            throw new IllegalArgumentException("service level must be within (0, 1), got " + serviceLevel);
        }
        Objects.requireNonNull(orderingCostEur, "orderingCostEur");
        if (orderingCostEur.signum() < 0) {
            throw new IllegalArgumentException("ordering cost must be >= 0 EUR, got " + orderingCostEur.toPlainString());
        }
        if (carbonPriceEurPerTonne != null && carbonPriceEurPerTonne.signum() < 0) {
            throw new IllegalArgumentException("carbon price must be >= 0 EUR/t, got "
                    + carbonPriceEurPerTonne.toPlainString());
        }
    }

    public static LandedCostSettings defaults() {
        return new LandedCostSettings(DEFAULT_CARRYING_RATE, DEFAULT_SERVICE_LEVEL, DEFAULT_ORDERING_COST_EUR, null);
    }

    public LandedCostSettings withCarbonPrice(BigDecimal eurPerTonne) {
        return new LandedCostSettings(carryingRatePerYear, serviceLevel, orderingCostEur, eurPerTonne);
    }
}
