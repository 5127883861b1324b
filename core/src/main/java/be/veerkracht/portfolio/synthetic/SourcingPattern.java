package be.veerkracht.portfolio.synthetic;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * How a part is sourced, with its probability (assumed, typical of a mid-size machine builder: most parts come
 * from one source; about a quarter have a second active source). Shares are exact decimals that sum to exactly 1.
 * Dual-sourced parts (two sources with a positive share) are expected at 0.09 + 0.05 + 0.04 + 0.05 = 0.23.
 */
enum SourcingPattern {
    SINGLE(0.70, false, "1"),
    DUAL_80_20(0.09, false, "0.8", "0.2"),
    DUAL_70_30(0.05, false, "0.7", "0.3"),
    DUAL_50_50(0.04, false, "0.5", "0.5"),
    /** One active source and a candidate at share 0, often not yet qualified. */
    SINGLE_WITH_CANDIDATE(0.07, false, "1", "0"),
    /** Two plants of one supplier (e.g. its home plant and one abroad). */
    TWO_SITES(0.05, true, "0.5", "0.5");

    final double probability;
    final boolean sameSupplier;
    final List<BigDecimal> shares;

    SourcingPattern(double probability, boolean sameSupplier, String... shares) {
        this.probability = probability;
        this.sameSupplier = sameSupplier;
        this.shares = Arrays.stream(shares).map(BigDecimal::new).toList();
    }

    /** True when the pattern needs two different suppliers. */
    boolean needsTwoSuppliers() {
        return shares.size() == 2 && !sameSupplier;
    }
}
