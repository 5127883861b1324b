package be.veerkracht.exposure.recovery;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The linear programmes of one component: parts a node touches that share the stated capacity of a surviving
 * supplier, solved with GLOP (OR-Tools).
 *
 * <p>Variables: y_i ≥ 0, units surviving source i ships over [0, t] that arrive by t; l_j ≥ 0, units of part j short;
 * t, the horizon. Constraints: y_i ≤ available_i(t) (per source); Σ_{i of j} y_i + l_j ≥ d_j·t − stock_j −
 * pipeline_j (per part); Σ_{i at supplier g} y_i ≤ left_g(t) (per limited supplier).
 * <ul>
 *   <li>Impact at T: t = T, minimise Σ_j (cost_j + {@link #TIE_BREAK_EUR}) · l_j.</li>
 *   <li>Time to survive: l = 0, maximise t. available_i and left_g are piecewise linear in t and convex (a ramp-up
 *       raises the slope), so the feasible t need not form one interval: the kinks split [0, ∞) into pieces where
 *       they are linear; on each piece the feasible t are an interval (an LP's feasible set projected on t), and
 *       the pieces are walked in order: one LP per piece until one ends short of its end.</li>
 * </ul>
 */
final class CoupledLp {

    /** A hundredth of a cent per unit short: among equally costly shortages, the fewest units. */
    static final double TIE_BREAK_EUR = 1e-4;
    /** Beyond this many days past the last kink a time to survive counts as infinite (100 years). */
    static final double HORIZON_DAYS = 36_500;

    static {
        Loader.loadNativeLibraries();
    }

    private final List<PartFlow> parts;
    private final List<List<SourceFlow>> surviving;
    private final List<SupplierLimit> limits;
    private int solved;

    CoupledLp(List<PartFlow> parts, List<List<SourceFlow>> surviving, Map<String, SupplierLimit> limits) {
        this.parts = parts;
        this.surviving = surviving;
        this.limits = List.copyOf(limits.values());
    }

    /** LPs solved so far. */
    int solved() {
        return solved;
    }

    /** Units short per part over [0, T], in the impact LP's optimum. */
    double[] shortages(double horizon) {
        Model model = new Model();
        try {
            model.t.setBounds(horizon, horizon);
            model.fixAt(horizon);
            MPObjective objective = model.solver.objective();
            for (int j = 0; j < parts.size(); j++) {
                objective.setCoefficient(model.short_.get(j), parts.get(j).cost() + TIE_BREAK_EUR);
            }
            objective.setMinimization();
            MPSolver.ResultStatus status = solve(model);
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("impact LP not solved: " + status);
            }
            double[] result = new double[parts.size()];
            for (int j = 0; j < parts.size(); j++) {
                double lost = model.short_.get(j).solutionValue();
                result[j] = lost < PartAlone.TOLERANCE * Math.max(1, parts.get(j).daily() * horizon) ? 0 : lost;
            }
            return result;
        } finally {
            model.solver.delete();
        }
    }

    /** The first t at which some part must run short, days; null when none ever does. */
    Double timeToSurvive() {
        double[] kinks = kinks();
        Model model = new Model();
        try {
            model.short_.forEach(l -> l.setBounds(0, 0));
            model.solver.objective().setCoefficient(model.t, 1);
            model.solver.objective().setMaximization();
            for (int k = 0; k < kinks.length; k++) {
                double a = kinks[k];
                double b = k + 1 < kinks.length ? kinks[k + 1] : a + HORIZON_DAYS;
                model.piece(a);
                model.t.setBounds(a, b);
                MPSolver.ResultStatus status = solve(model);
                if (status == MPSolver.ResultStatus.INFEASIBLE) {
                    return a;
                }
                if (status != MPSolver.ResultStatus.OPTIMAL) {
                    throw new IllegalStateException("time-to-survive LP not solved: " + status);
                }
                double t = model.t.solutionValue();
                if (t < b - PartAlone.TOLERANCE * Math.max(1, b)) {
                    return t;
                }
            }
            return null;
        } finally {
            model.solver.delete();
        }
    }

    private MPSolver.ResultStatus solve(Model model) {
        solved++;
        return model.solver.solve();
    }

    private double[] kinks() {
        TreeSet<Double> kinks = new TreeSet<>();
        kinks.add(0.0);
        surviving.forEach(list -> list.forEach(s -> {
            for (double k : s.kinks()) {
                kinks.add(k);
            }
        }));
        limits.forEach(l -> kinks.add(l.leadDays()));
        return kinks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The LP's variables and constraints; coefficients of t are set per piece or horizon. */
    private final class Model {
        final MPSolver solver = MPSolver.createSolver("GLOP");
        final MPVariable t;
        final List<MPVariable> short_ = new ArrayList<>();
        final List<SourceFlow> sources = new ArrayList<>();
        final List<MPConstraint> sourceRows = new ArrayList<>();
        final List<MPConstraint> limitRows = new ArrayList<>();

        Model() {
            if (solver == null) {
                throw new IllegalStateException("OR-Tools GLOP is not available");
            }
            double infinity = MPSolver.infinity();
            t = solver.makeNumVar(0, infinity, "t");
            for (SupplierLimit limit : limits) {
                limitRows.add(solver.makeConstraint(-infinity, 0, "g_" + limit.supplier()));
            }
            for (int j = 0; j < parts.size(); j++) {
                PartFlow part = parts.get(j);
                MPVariable lost = solver.makeNumVar(0, infinity, "l_" + j);
                short_.add(lost);
                MPConstraint demand = solver.makeConstraint(-(part.stock() + part.pipeline()), infinity, "d_" + j);
                demand.setCoefficient(lost, 1);
                demand.setCoefficient(t, -part.daily());
                for (SourceFlow source : surviving.get(j)) {
                    MPVariable y = solver.makeNumVar(0, infinity, "y_" + sources.size());
                    sources.add(source);
                    demand.setCoefficient(y, 1);
                    MPConstraint row = solver.makeConstraint(-infinity, 0, "s_" + sources.size());
                    row.setCoefficient(y, 1);
                    sourceRows.add(row);
                    for (int g = 0; g < limits.size(); g++) {
                        if (limits.get(g).supplier().equals(source.supplierId())) {
                            limitRows.get(g).setCoefficient(y, 1);
                        }
                    }
                }
            }
        }

        /** t fixed: each bound is its value at t. */
        void fixAt(double horizon) {
            for (int i = 0; i < sources.size(); i++) {
                sourceRows.get(i).setCoefficient(t, 0);
                sourceRows.get(i).setUb(sources.get(i).available(horizon));
            }
            for (int g = 0; g < limits.size(); g++) {
                limitRows.get(g).setCoefficient(t, 0);
                limitRows.get(g).setUb(limits.get(g).available(horizon));
            }
        }

        /** On the piece starting at a: bound(t) = bound(a) + slope · (t − a), as y − slope·t ≤ bound(a) − slope·a. */
        void piece(double a) {
            for (int i = 0; i < sources.size(); i++) {
                double slope = sources.get(i).slopeAfter(a);
                sourceRows.get(i).setCoefficient(t, -slope);
                sourceRows.get(i).setUb(sources.get(i).available(a) - slope * a);
            }
            for (int g = 0; g < limits.size(); g++) {
                double slope = limits.get(g).slopeAfter(a);
                limitRows.get(g).setCoefficient(t, -slope);
                limitRows.get(g).setUb(limits.get(g).available(a) - slope * a);
            }
        }
    }
}
