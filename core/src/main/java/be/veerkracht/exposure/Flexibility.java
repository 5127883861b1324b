package be.veerkracht.exposure;

import java.util.List;
import java.util.function.Predicate;

/**
 * Strategic flexibility of one part: the fraction of annual demand the sources that keep running can deliver, up to
 * their capacity, when some fail: min(1, Σ_{i survives} deliverable_i / D). A part without demand is fully flexible.
 * This is the first-order measure of the article's "strategic flexibility"; the stress test adds time (ramp-up,
 * stock, transit).
 */
final class Flexibility {

    private Flexibility() {
    }

    static double whenFailing(List<ActiveSource> sources, Predicate<ActiveSource> failed, double annualDemand) {
        if (annualDemand <= 0) {
            return 1;
        }
        double deliverable = sources.stream().filter(failed.negate())
                .mapToDouble(s -> s.deliverableUnits(annualDemand)).sum();
        return Math.min(1, deliverable / annualDemand);
    }
}
