package be.veerkracht.inventory;

/**
 * Safety stock and reorder point for normally distributed demand over the protection interval, for the two service
 * targets purchasing uses (Silver, Pyke and Thomas 2017, ch. 6):
 * <ul>
 *   <li><b>cycle service level</b> α (P1): the probability that a replenishment cycle has no stockout,
 *       k = Φ<sup>−1</sup>(α);</li>
 *   <li><b>fill rate</b> β (P2): the share of demand served from stock. Continuous review (s, Q): expected units short
 *       per cycle σ·G(k) = (1 − β)·Q, so k = G<sup>−1</sup>((1 − β)·Q/σ) (Silver, Pyke and Thomas 2017, eq. 6.22).
 *       Periodic review (R, S): a cycle's demand is the demand of one review period, so Q is replaced by its mean
 *       μ<sub>D</sub>·R and σ is over R + L (§6.11).</li>
 * </ul>
 * The protection interval is the lead time for continuous review and review period + lead time for periodic review.
 * The normal approximation can give a negative k at low targets: the buffer is then negative (a plan to run short).
 */
public final class SafetyStock {

    private SafetyStock() {
    }

    /** Continuous review, cycle service level α in (0, 1). */
    public static BufferTarget forCycleServiceLevel(LeadTimeDemand demand, double alpha) {
        probability(alpha, "cycle service level");
        return target(demand, StandardNormalLoss.quantile(alpha));
    }

    /** Continuous review (s, Q), fill rate β in (0, 1), order quantity Q units. */
    public static BufferTarget forFillRate(LeadTimeDemand demand, double beta, double orderQuantity) {
        probability(beta, "fill rate");
        if (!(orderQuantity > 0)) {
            throw new IllegalArgumentException("order quantity must be > 0, got " + orderQuantity);
        }
        double sd = demand.sd();
        if (sd == 0) {
            return target(demand, 0);
        }
        return target(demand, StandardNormalLoss.inverse((1 - beta) * orderQuantity / sd));
    }

    /** Periodic review (R, S) every {@code reviewDays}, cycle service level α: S over R + L. */
    public static BufferTarget periodicForCycleServiceLevel(LeadTimeDemand demand, double reviewDays, double alpha) {
        return forCycleServiceLevel(demand.plusReview(reviewDays), alpha);
    }

    /** Periodic review (R, S) every {@code reviewDays}, fill rate β: a cycle's demand is μ<sub>D</sub>·R. */
    public static BufferTarget periodicForFillRate(LeadTimeDemand demand, double reviewDays, double beta) {
        if (!(reviewDays > 0)) {
            throw new IllegalArgumentException("review period must be > 0 days, got " + reviewDays);
        }
        return forFillRate(demand.plusReview(reviewDays), beta, demand.meanPerDay() * reviewDays);
    }

    private static BufferTarget target(LeadTimeDemand demand, double k) {
        double sd = demand.sd();
        double safety = k * sd;
        return new BufferTarget(k, safety, demand.mean() + safety, sd * StandardNormalLoss.of(k));
    }

    static void probability(double p, String what) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException(what + " must be within (0, 1), got " + p);
        }
    }
}
