package be.veerkracht.tooling;

import java.math.BigDecimal;

/**
 * The second tool as an investment. Amounts in EUR to the cent, computed exactly from the inputs (they are
 * expectations, not bookings, but the arithmetic is exact so the article's figures come out to the euro).
 *
 * @param expectedAnnualLossWithoutEur stop share × 365 days × cost per day, one tool
 * @param expectedAnnualLossWithEur    the same with the second tool
 * @param annualSavingEur              the difference minus the second tool's yearly cost
 * @param netInvestmentEur             investment minus the subsidy
 * @param paybackMonths                net investment / annual saving × 12 (null when nothing is saved)
 * @param npvEur                       −net investment + the savings of each year discounted, over the tool's life
 * @param irr                          the rate at which the NPV is 0 (null when there is none: no saving)
 * @param breakEvenStopShareWithout    the stop share without a second tool at which the NPV is 0 (the tool pays
 *                                     for itself above it); null when even a share of 1 does not
 */
public record ToolingRoiResult(ToolingRoiInput input, BigDecimal expectedAnnualLossWithoutEur,
                               BigDecimal expectedAnnualLossWithEur, BigDecimal annualSavingEur,
                               BigDecimal subsidyEur, BigDecimal netInvestmentEur, BigDecimal paybackMonths,
                               BigDecimal npvEur, Double irr, BigDecimal breakEvenStopShareWithout) {
}
