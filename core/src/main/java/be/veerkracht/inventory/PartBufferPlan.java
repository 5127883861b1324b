package be.veerkracht.inventory;

import java.math.BigDecimal;

/**
 * The buffer one part needs for its service level, with the inputs it came from.
 *
 * @param leadTimeDemand     demand over the lead time of its source mix
 * @param serviceLevel       the cycle service level used
 * @param target             safety factor, safety stock, reorder point
 * @param safetyStockDays    safety stock in days of mean demand
 * @param onHandUnits        stock today (for comparison: it also holds cycle stock)
 * @param unitValueEur       value of one unit: the share-weighted price of the active sources, exact
 * @param safetyStockValueEur working capital the safety stock ties up, EUR to the cent
 */
public record PartBufferPlan(String partId, LeadTimeDemand leadTimeDemand, double serviceLevel, BufferTarget target,
                             double safetyStockDays, double onHandUnits, BigDecimal unitValueEur,
                             BigDecimal safetyStockValueEur) {
}
