package be.veerkracht.sourcing.landed;

import java.util.Locale;

/** The lines of a landed cost, in the order they are shown. */
public enum CostItem {
    /** Purchase price as booked. */
    PRICE,
    /** Freight to our dock by the link's mode and distance. */
    FREIGHT,
    /** Import duty on the customs value (CIF). */
    DUTY,
    /** Carrying cost of the goods in transit (pipeline stock). */
    PIPELINE_CARRYING,
    /** Carrying cost of the safety stock the lead time and its variability call for. */
    SAFETY_STOCK_CARRYING,
    /** Carrying cost of the cycle stock at the economic order quantity. */
    CYCLE_STOCK_CARRYING,
    /** Cost of placing orders at the economic order quantity. */
    ORDERING,
    /** Transport emissions priced at the carbon price (only with a carbon price). */
    CARBON;

    /** The spelling in JSON: lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
