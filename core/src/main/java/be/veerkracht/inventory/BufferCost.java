package be.veerkracht.inventory;

import java.math.BigDecimal;

/**
 * What holding a buffer one way costs a year, and the capital it ties up on our balance sheet.
 *
 * @param capitalTiedEur capital on our balance sheet for it (negative: the arrangement frees more than the buffer
 *                       ties up), EUR
 * @param annualCostEur  yearly cost: capital cost, holding, uplift or finance fee, EUR
 */
public record BufferCost(BufferOwnership ownership, BigDecimal capitalTiedEur, BigDecimal annualCostEur) {
}
