package be.veerkracht.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The same buffer held four ways, with the capital it ties up and what it costs a year (k = cost of capital,
 * h = holding rate, V = the buffer's value, A = the part's annual spend, e = extra payment days):
 * <ul>
 *   <li>own stock: capital V; cost V·(k + h);</li>
 *   <li>VMI: the supplier plans, we own on receipt: capital V; cost V·(k + h). VMI changes who decides, not who
 *       pays: on its own it frees no cash (any gain comes from a smaller buffer, which the buffer plan shows);</li>
 *   <li>consignment: the supplier owns the stock until we consume it: capital 0 (off our balance sheet); cost
 *       A·uplift (the supplier prices its carrying cost in) + V·h (it still sits in our warehouse);</li>
 *   <li>supply-chain finance: own stock paid e days later. A unit stays in the buffer V/(A/365) days (its days of
 *       cover); the units bought in the last e days are not paid yet, so the buffer ties up max(0, V − A·e/365) and
 *       the supplier's financier carries the rest. Cost: that capital × k + V·h + the carried part × the finance rate
 *       (0 when the supplier pays the financing, as in classic reverse factoring). The payables on the rest of the
 *       year's purchases grow too, but they do not depend on the buffer, so they are not counted here.</li>
 * </ul>
 * Silver, Pyke and Thomas 2017, §2.4 (carrying cost as a share of value) and the practice notes on consignment and
 * reverse factoring (e.g. European Banking Authority / Euro Banking Association, "Supply Chain Finance", 2014).
 * Amounts to the cent, half-even. Days of inventory = V / (A/365).
 */
public final class WorkingCapital {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    private WorkingCapital() {
    }

    /** The four ways, cheapest first (then in {@link BufferOwnership} order). */
    public static List<BufferCost> compare(BigDecimal bufferValueEur, BigDecimal annualSpendEur, CapitalTerms terms) {
        Objects.requireNonNull(terms, "terms");
        if (bufferValueEur.signum() < 0 || annualSpendEur.signum() < 0) {
            throw new IllegalArgumentException("buffer value and annual spend must be >= 0");
        }
        BigDecimal carry = terms.costOfCapital().add(terms.holdingRate());
        BigDecimal own = bufferValueEur.multiply(carry);
        BigDecimal paidLater = annualSpendEur.multiply(BigDecimal.valueOf(terms.financeExtraDays()))
                .divide(DAYS_PER_YEAR, 10, RoundingMode.HALF_EVEN);
        BigDecimal financedTied = bufferValueEur.subtract(paidLater).max(BigDecimal.ZERO);
        BigDecimal carried = bufferValueEur.subtract(financedTied);
        List<BufferCost> costs = new java.util.ArrayList<>(List.of(
                new BufferCost(BufferOwnership.OWN_STOCK, cents(bufferValueEur), cents(own)),
                new BufferCost(BufferOwnership.VMI, cents(bufferValueEur), cents(own)),
                new BufferCost(BufferOwnership.CONSIGNMENT, cents(BigDecimal.ZERO),
                        cents(annualSpendEur.multiply(terms.consignmentUplift())
                                .add(bufferValueEur.multiply(terms.holdingRate())))),
                new BufferCost(BufferOwnership.SUPPLY_CHAIN_FINANCE, cents(financedTied),
                        cents(financedTied.multiply(terms.costOfCapital())
                                .add(bufferValueEur.multiply(terms.holdingRate()))
                                .add(carried.multiply(terms.financeRate()))))));
        costs.sort(Comparator.comparing(BufferCost::annualCostEur).thenComparing(BufferCost::ownership));
        return List.copyOf(costs);
    }

    /** Days of demand the stock value covers: V / (A / 365); null without spend. */
    public static BigDecimal daysOfInventory(BigDecimal stockValueEur, BigDecimal annualSpendEur) {
        if (annualSpendEur.signum() == 0) {
            return null;
        }
        return stockValueEur.multiply(DAYS_PER_YEAR).divide(annualSpendEur, 1, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }
}
