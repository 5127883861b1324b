package be.veerkracht.allocation;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The split by linear programming over the scenarios, the deterministic equivalent of the two-stage problem:
 * <pre>
 *   min (1 − λ)·Σ_k p_k c_k + λ·(η + Σ_k p_k z_k / (1 − α))
 *   c_k = Σ_i π_i (1 − o_ik) x_i + Σ_i π_i f_ik + C u_k + Σ_i q_i y_i           (cost of scenario k, EUR)
 *   u_k + Σ_i (1 − o_ik) x_i + Σ_i f_ik ≥ D,  u_k ≥ 0                           (unmet units)
 *   f_ik + φ_ik x_i ≤ φ_ik F_i,  f_ik ≥ 0                                        (flex of surviving sources)
 *   z_k ≥ c_k − η,  z_k ≥ 0,  η free                                            (Rockafellar–Uryasev)
 *   Σ_i x_i = D (shares of demand), 0 ≤ x_i ≤ U_i, per supplier / country / zone / footprint Σ x_i ≤ limit
 *   m·D·y_i ≤ x_i ≤ U_i y_i, y_i ∈ {0, 1}   (only with a minimum share m or a qualification cost q_i: a MIP)
 * </pre>
 * The recourse min/max (delivered = min(D, …), shortage = max(0, …)) is linearised by the per-scenario variables
 * f and u: for fixed x the scenario LP is a fractional knapsack whose optimum is the greedy {@link Recourse}, and the
 * objective is non-decreasing in every c_k, so the LP picks exactly that recourse. The CVaR term is exact for
 * discrete scenarios (R. T. Rockafellar, S. Uryasev, "Optimization of conditional value-at-risk", Journal of Risk
 * 2(3):21–41, 2000, doi:10.21314/JOR.2000.038, Theorem 1). Identical scenarios are merged first
 * ({@link ScenarioSet#merged()}).
 *
 * <p>Solved with OR-Tools 9.15: GLOP for the LP, SCIP for the MIP (relative gap {@link #MIP_RELATIVE_GAP}). Size:
 * n + K(n + 2) + 1 variables, K(n + 2) rows for K distinct scenarios and n sources; simplex time grows roughly
 * with K·n, the MIP's in the worst case with 2<sup>n</sup> as well. When the admissible capacity cannot cover demand,
 * Σ x = D becomes Σ x ≤ D (the rest is unmet in every scenario). Deterministic: both solvers run single-threaded.
 */
public final class CvarLpSplitOptimiser implements SplitOptimiser {

    /** Relative optimality gap at which SCIP stops, dimensionless. */
    public static final double MIP_RELATIVE_GAP = 1e-7;

    static {
        Loader.loadNativeLibraries();
    }

    @Override
    public SplitOutcome optimise(AllocationProblem problem, RiskAppetite risk) {
        AllocationProblem merged = problem.withScenarios(problem.scenarios().merged());
        double[] x = solve(merged, risk, true);
        if (x == null) {
            x = solve(merged, risk, false);
        }
        if (x == null) {
            throw new IllegalStateException("no feasible split for part " + problem.partId());
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = x[i] < SplitEvaluator.UNUSED_UNITS ? 0 : x[i];
        }
        return new SplitEvaluator(problem).evaluate(x, risk);
    }

    /** The optimal quantities, or null when infeasible; {@code coverDemand}: Σ x = D rather than ≤ D. */
    private static double[] solve(AllocationProblem problem, RiskAppetite risk, boolean coverDemand) {
        boolean mip = problem.needsIntegers();
        MPSolver solver = MPSolver.createSolver(mip ? "SCIP" : "GLOP");
        if (solver == null) {
            throw new IllegalStateException("OR-Tools has no " + (mip ? "SCIP" : "GLOP") + " solver here");
        }
        try {
            Model model = new Model(solver, problem, risk);
            model.shareRows(coverDemand);
            model.scenarioRows();
            MPSolverParameters parameters = new MPSolverParameters();
            parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, MIP_RELATIVE_GAP);
            MPSolver.ResultStatus status = solver.solve(parameters);
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                return null;
            }
            double[] x = new double[model.x.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = model.x[i].solutionValue();
            }
            return x;
        } finally {
            solver.delete();
        }
    }

    /** The variables and rows of one solve. */
    private static final class Model {
        private final MPSolver solver;
        private final AllocationProblem problem;
        private final RiskAppetite risk;
        private final MPVariable[] x;
        private final MPVariable[] y;
        private final MPObjective objective;
        private final double demand;

        Model(MPSolver solver, AllocationProblem problem, RiskAppetite risk) {
            this.solver = solver;
            this.problem = problem;
            this.risk = risk;
            this.demand = problem.demandUnits();
            int n = problem.sources().size();
            this.x = new MPVariable[n];
            this.y = new MPVariable[problem.needsIntegers() ? n : 0];
            this.objective = solver.objective();
            objective.setMinimization();
            for (int i = 0; i < n; i++) {
                x[i] = solver.makeNumVar(0, problem.upperBound(i), "x" + i);
            }
            for (int i = 0; i < y.length; i++) {
                AllocationSource source = problem.sources().get(i);
                y[i] = solver.makeBoolVar("y" + i);
                MPConstraint upper = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
                upper.setCoefficient(x[i], 1);
                upper.setCoefficient(y[i], -problem.upperBound(i));
                if (problem.minShare() > 0) {
                    MPConstraint lower = solver.makeConstraint(0, Double.POSITIVE_INFINITY);
                    lower.setCoefficient(x[i], 1);
                    lower.setCoefficient(y[i], -problem.minShare() * demand);
                }
                // paid in every scenario: (1 − λ)·q·y in E here, and inside every c_k of the CVaR rows
                objective.setCoefficient(y[i], (1 - risk.cvarWeight()) * source.qualificationCostEurPerYear());
            }
        }

        /** Σ x = D (or ≤ D), supplier capacities and the concentration limits. */
        void shareRows(boolean coverDemand) {
            if (problem.ordering() == AllocationProblem.Ordering.SHARES_OF_DEMAND) {
                row(coverDemand ? demand : 0, demand, all());
            }
            for (Map.Entry<String, List<Integer>> group : groups(source -> List.of(source.supplierId())).entrySet()) {
                Double capacity = problem.supplierCapacity().get(group.getKey());
                if (capacity != null) {
                    row(0, capacity, group.getValue());
                }
            }
            ConcentrationLimits limits = problem.limits();
            limit(limits.maxCountryShare(), source -> source.country() == null ? List.of() : List.of(source.country()));
            limit(limits.maxZoneShare(), source -> source.zone() == null ? List.of() : List.of(source.zone()));
            limit(limits.maxFootprintShare(), source -> List.copyOf(source.footprints()));
        }

        private void limit(double share, java.util.function.Function<AllocationSource, List<String>> keys) {
            if (share < 1) {
                groups(keys).values().forEach(members -> row(0, share * demand, members));
            }
        }

        private Map<String, List<Integer>> groups(java.util.function.Function<AllocationSource, List<String>> keys) {
            Map<String, List<Integer>> groups = new LinkedHashMap<>();
            for (int i = 0; i < x.length; i++) {
                for (String key : keys.apply(problem.sources().get(i))) {
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                }
            }
            return groups;
        }

        private List<Integer> all() {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                all.add(i);
            }
            return all;
        }

        private void row(double lower, double upper, List<Integer> members) {
            MPConstraint constraint = solver.makeConstraint(lower, upper);
            for (int i : members) {
                constraint.setCoefficient(x[i], 1);
            }
        }

        /** Per scenario: unmet units, flex, and the CVaR excess; the expected cost into the objective. */
        void scenarioRows() {
            ScenarioSet scenarios = problem.scenarios();
            double lambda = risk.cvarWeight();
            double tail = lambda / (1 - risk.cvarAlpha());
            MPVariable eta = lambda > 0 ? solver.makeNumVar(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "eta")
                    : null;
            if (eta != null) {
                objective.setCoefficient(eta, lambda);
            }
            int n = x.length;
            double[] xCost = new double[n];
            for (int k = 0; k < scenarios.size(); k++) {
                double p = scenarios.probability(k);
                double[] phi = Recourse.flexFractions(problem, k);
                MPVariable unmet = solver.makeNumVar(0, Double.POSITIVE_INFINITY, "u" + k);
                MPConstraint cover = solver.makeConstraint(demand, Double.POSITIVE_INFINITY);
                cover.setCoefficient(unmet, 1);
                MPConstraint excess = null;
                MPVariable z = null;
                if (eta != null) {
                    // z_k − c_k + η ≥ 0
                    z = solver.makeNumVar(0, Double.POSITIVE_INFINITY, "z" + k);
                    objective.setCoefficient(z, tail * p);
                    excess = solver.makeConstraint(0, Double.POSITIVE_INFINITY);
                    excess.setCoefficient(z, 1);
                    excess.setCoefficient(eta, 1);
                    excess.setCoefficient(unmet, -problem.shortageCostEurPerUnit());
                    for (int i = 0; i < y.length; i++) {
                        excess.setCoefficient(y[i], -problem.sources().get(i).qualificationCostEurPerYear());
                    }
                }
                objective.setCoefficient(unmet, (1 - lambda) * p * problem.shortageCostEurPerUnit());
                for (int i = 0; i < n; i++) {
                    AllocationSource source = problem.sources().get(i);
                    double up = 1 - scenarios.out(k, i);
                    cover.setCoefficient(x[i], up);
                    xCost[i] += (1 - lambda) * p * source.priceEurPerUnit() * up;
                    if (excess != null) {
                        excess.setCoefficient(x[i], -source.priceEurPerUnit() * up);
                    }
                    if (phi[i] > 0 && source.priceEurPerUnit() < problem.shortageCostEurPerUnit()) {
                        MPVariable flex = solver.makeNumVar(0, Double.POSITIVE_INFINITY, "f" + i + "_" + k);
                        MPConstraint spare = solver.makeConstraint(Double.NEGATIVE_INFINITY,
                                phi[i] * source.flexCapacityUnitsPerYear());
                        spare.setCoefficient(flex, 1);
                        spare.setCoefficient(x[i], phi[i]);
                        cover.setCoefficient(flex, 1);
                        objective.setCoefficient(flex, (1 - lambda) * p * source.priceEurPerUnit());
                        if (excess != null) {
                            excess.setCoefficient(flex, -source.priceEurPerUnit());
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                objective.setCoefficient(x[i], xCost[i]);
            }
        }
    }
}
