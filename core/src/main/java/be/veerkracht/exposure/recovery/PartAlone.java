package be.veerkracht.exposure.recovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One part's supply without a stopped node, in closed form: what is short at t, and when it first runs short.
 *
 * <p>Cumulative supply by t is S(t) = stock + pipeline + Σ available_i(t) over its surviving sources, where the
 * sources at a supplier with a stated capacity together get at most what is left of it ({@link SupplierLimit}):
 * min(Σ available_i(t), left(t)). The balance f(t) = S(t) − d·t is piecewise linear, with kinks at the sources'
 * L and L + R, the limits' L, and where a min switches; so the shortage at T is max(0, −f(T)) and the time to
 * survive is the first root of f, found by evaluating f at the kinks: O(k²) for k kinks. When one part is alone in
 * its component this is the LP's optimum (every surviving source delivers all it can); in a shared component it is
 * the part's own time to survive when it gets the shared capacity first.
 */
final class PartAlone {

    /** Relative tolerance on the balance: below it, a shortage is floating-point residue. */
    static final double TOLERANCE = 1e-9;

    private final PartFlow part;
    private final List<SourceFlow> free = new ArrayList<>();
    private final Map<SupplierLimit, List<SourceFlow>> limited = new LinkedHashMap<>();

    PartAlone(PartFlow part, List<SourceFlow> surviving, Map<String, SupplierLimit> limits) {
        this.part = part;
        for (SourceFlow source : surviving) {
            SupplierLimit limit = limits.get(source.supplierId());
            if (limit == null) {
                free.add(source);
            } else {
                limited.computeIfAbsent(limit, k -> new ArrayList<>()).add(source);
            }
        }
    }

    /** f(t): cumulative supply minus cumulative demand, units. */
    double balance(double t) {
        double supply = part.stock() + part.pipeline();
        for (SourceFlow source : free) {
            supply += source.available(t);
        }
        for (Map.Entry<SupplierLimit, List<SourceFlow>> group : limited.entrySet()) {
            supply += Math.min(sum(group.getValue(), t), group.getKey().available(t));
        }
        return supply - part.daily() * t;
    }

    /** Units short over [0, t]: max(0, −f(t)), 0 within the tolerance. */
    double shortage(double t) {
        double f = balance(t);
        return f < -tolerance(t) ? -f : 0;
    }

    /** The first t at which the part runs short, days; null when it never does. */
    Double timeToSurvive() {
        if (part.daily() <= 0) {
            return null;
        }
        double[] kinks = kinks();
        double previousT = 0;
        double previousF = balance(0);
        for (double t : kinks) {
            double f = balance(t);
            if (f < -tolerance(t)) {
                return previousT + previousF * (t - previousT) / (previousF - f);
            }
            previousT = t;
            previousF = f;
        }
        double slope = balance(previousT + 1) - previousF;
        if (slope < -TOLERANCE * Math.max(1, part.daily())) {
            return previousT - previousF / slope;
        }
        return null;
    }

    private double tolerance(double t) {
        return TOLERANCE * Math.max(1, part.daily() * t);
    }

    /** The kinks of f, sorted, above 0: the sources' and limits' kinks, and where a min switches between them. */
    private double[] kinks() {
        List<Double> base = new ArrayList<>();
        for (SourceFlow source : part.sources()) {
            for (double k : source.kinks()) {
                base.add(k);
            }
        }
        limited.keySet().forEach(l -> base.add(l.leadDays()));
        double[] sorted = base.stream().mapToDouble(Double::doubleValue).filter(k -> k > 0).sorted().distinct()
                .toArray();
        List<Double> all = new ArrayList<>(base);
        double a = 0;
        for (double b : sorted) {
            for (Map.Entry<SupplierLimit, List<SourceFlow>> group : limited.entrySet()) {
                double da = sum(group.getValue(), a) - group.getKey().available(a);
                double db = sum(group.getValue(), b) - group.getKey().available(b);
                if (da * db < 0) {
                    all.add(a + da * (b - a) / (da - db));
                }
            }
            a = b;
        }
        double last = a;
        for (Map.Entry<SupplierLimit, List<SourceFlow>> group : limited.entrySet()) {
            // after the last kink both sides are linear: they may cross once more
            double slopeSum = group.getValue().stream().mapToDouble(s -> s.slopeAfter(last)).sum();
            double slopeLimit = group.getKey().slopeAfter(a);
            double gap = sum(group.getValue(), a) - group.getKey().available(a);
            if (slopeSum != slopeLimit && gap / (slopeLimit - slopeSum) > 0) {
                all.add(a + gap / (slopeLimit - slopeSum));
            }
        }
        double[] result = all.stream().mapToDouble(Double::doubleValue).filter(k -> k > 0).sorted().distinct()
                .toArray();
        return Arrays.copyOf(result, result.length);
    }

    private static double sum(List<SourceFlow> sources, double t) {
        double sum = 0;
        for (SourceFlow source : sources) {
            sum += source.available(t);
        }
        return sum;
    }
}
