package be.veerkracht.allocation;

/**
 * What happens in one scenario once the quantities are fixed: each source delivers x<sub>i</sub>·(1 − out<sub>i</sub>);
 * surviving sources flex to cover the shortfall, cheapest first and only when cheaper than a shortage, each up to
 * φ<sub>i</sub>·(F<sub>i</sub> − x<sub>i</sub>), where F<sub>i</sub> is its flex capacity and φ<sub>i</sub> the share
 * of the year it can flex; the rest is unmet. This greedy recourse is the optimum of the per-scenario LP the
 * optimiser solves (a fractional knapsack: Dantzig 1957), so evaluating a fixed split here and in the LP agrees.
 *
 * <p>φ<sub>i</sub> = (1 − out<sub>i</sub>) · max(0, 365·max<sub>j≠i</sub> out<sub>j</sub> − delay<sub>i</sub>) / 365:
 * it flexes while the longest other stoppage lasts, after its ramp-up (qualification included for a candidate), on
 * the days it is itself up (taken as independent of the other's days: the scenario holds day counts, not windows).
 */
final class Recourse {

    /** Days per year, turning the fractions into days. */
    static final double DAYS_PER_YEAR = 365.0;
    /**
     * A flex fraction below this (a millionth of a day in a year) is floating-point residue of days → fraction →
     * days, e.g. 58.000000000000007 − 58: taken as 0, so the LP gets no 1e-17 coefficients (GLOP reports such rows
     * infeasible).
     */
    static final double MIN_FLEX_FRACTION = 1e-6 / DAYS_PER_YEAR;

    private Recourse() {
    }

    /** φ of every source in scenario {@code k}. */
    static double[] flexFractions(AllocationProblem problem, int k) {
        int n = problem.sources().size();
        double[] phi = new double[n];
        ScenarioSet scenarios = problem.scenarios();
        for (int i = 0; i < n; i++) {
            AllocationSource source = problem.sources().get(i);
            if (source.flexCapacityUnitsPerYear() == null || !problem.exportPolicy().admits(source.verdict())) {
                continue;
            }
            double longest = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    longest = Math.max(longest, scenarios.out(k, j));
                }
            }
            double days = Math.max(0, longest * DAYS_PER_YEAR - source.flexDelayDays());
            double fraction = (1 - scenarios.out(k, i)) * days / DAYS_PER_YEAR;
            phi[i] = fraction < MIN_FLEX_FRACTION ? 0 : fraction;
        }
        return phi;
    }

    /** Units delivered and unmet in scenario {@code k} for quantities {@code x}: {cost EUR, unmet units}. */
    static double[] costAndShortage(AllocationProblem problem, double[] x, int k) {
        int n = x.length;
        double delivered = 0;
        double cost = 0;
        for (int i = 0; i < n; i++) {
            double units = x[i] * (1 - problem.scenarios().out(k, i));
            delivered += units;
            cost += problem.sources().get(i).priceEurPerUnit() * units;
        }
        double shortfall = Math.max(0, problem.demandUnits() - delivered);
        if (shortfall > 0) {
            double[] phi = flexFractions(problem, k);
            Integer[] order = cheapestFirst(problem);
            for (int i : order) {
                AllocationSource source = problem.sources().get(i);
                if (shortfall <= 0 || phi[i] == 0 || source.priceEurPerUnit() >= problem.shortageCostEurPerUnit()) {
                    continue;
                }
                double spare = phi[i] * Math.max(0, source.flexCapacityUnitsPerYear() - x[i]);
                double take = Math.min(spare, shortfall);
                shortfall -= take;
                cost += source.priceEurPerUnit() * take;
            }
        }
        cost += problem.shortageCostEurPerUnit() * shortfall;
        return new double[] {cost, shortfall};
    }

    /** Source indices by price, then position. */
    static Integer[] cheapestFirst(AllocationProblem problem) {
        Integer[] order = new Integer[problem.sources().size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(problem.sources().get(a).priceEurPerUnit(),
                problem.sources().get(b).priceEurPerUnit()));
        return order;
    }
}
