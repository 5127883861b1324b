package be.veerkracht.portfolio.synthetic;

/**
 * What to generate: how many parts and suppliers, and the seed that fixes every draw.
 *
 * @param partCount     parts, 0..{@value #MAX_PARTS}
 * @param supplierCount suppliers (legal entities), 1..{@value #MAX_SUPPLIERS}
 * @param seed          any value; the same seed and sizes give an equal portfolio
 */
public record SyntheticPortfolioSpec(int partCount, int supplierCount, long seed) {

    /** Largest portfolio generated, parts: ten times the 100,000-part stress test in {@code user-journeys.md}. */
    public static final int MAX_PARTS = 1_000_000;

    /** Most suppliers generated. */
    public static final int MAX_SUPPLIERS = 100_000;

    public SyntheticPortfolioSpec {
        if (partCount < 0 || partCount > MAX_PARTS) {
            throw new IllegalArgumentException("partCount must be within 0.." + MAX_PARTS + ", got " + partCount);
        }
        if (supplierCount < 1 || supplierCount > MAX_SUPPLIERS) {
            throw new IllegalArgumentException(
                    "supplierCount must be within 1.." + MAX_SUPPLIERS + ", got " + supplierCount);
        }
    }
}
