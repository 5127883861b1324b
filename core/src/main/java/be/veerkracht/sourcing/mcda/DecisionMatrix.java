package be.veerkracht.sourcing.mcda;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Alternatives (rows) judged on criteria (columns): {@code values.get(i).get(j)} is alternative i on criterion j, in
 * the criterion's unit. Validated on construction: at least one alternative and one criterion, names unique and not
 * blank, every row as long as the criteria, every value finite. Immutable.
 */
public record DecisionMatrix(List<String> alternatives, List<Criterion> criteria, List<List<Double>> values) {

    public DecisionMatrix {
        alternatives = List.copyOf(alternatives);
        criteria = List.copyOf(criteria);
        if (alternatives.isEmpty() || criteria.isEmpty()) {
            throw new IllegalArgumentException("a decision matrix needs at least one alternative and one criterion");
        }
        unique(alternatives, "alternative");
        unique(criteria.stream().map(Criterion::name).toList(), "criterion");
        if (values.size() != alternatives.size()) {
            throw new IllegalArgumentException(alternatives.size() + " alternatives but " + values.size() + " rows");
        }
        List<List<Double>> copy = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            List<Double> row = List.copyOf(values.get(i));
            if (row.size() != criteria.size()) {
                throw new IllegalArgumentException(alternatives.get(i) + ": " + row.size() + " values for "
                        + criteria.size() + " criteria");
            }
            for (int j = 0; j < row.size(); j++) {
                if (!Double.isFinite(row.get(j))) {
                    throw new IllegalArgumentException(alternatives.get(i) + ", " + criteria.get(j).name()
                            + ": value must be a finite number, got " + row.get(j));
                }
            }
            copy.add(row);
        }
        values = List.copyOf(copy);
    }

    /** A matrix from a plain array, each criterion given by name and type only. */
    public static DecisionMatrix of(List<String> alternatives, List<Criterion> criteria, double[][] values) {
        List<List<Double>> rows = new ArrayList<>();
        for (double[] row : values) {
            List<Double> r = new ArrayList<>();
            for (double v : row) {
                r.add(v);
            }
            rows.add(r);
        }
        return new DecisionMatrix(alternatives, criteria, rows);
    }

    public int alternativeCount() {
        return alternatives.size();
    }

    public int criterionCount() {
        return criteria.size();
    }

    public double value(int alternative, int criterion) {
        return values.get(alternative).get(criterion);
    }

    public CriterionType type(int criterion) {
        return criteria.get(criterion).type();
    }

    /** The values as a fresh array, rows = alternatives. */
    public double[][] toArray() {
        double[][] a = new double[alternativeCount()][criterionCount()];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                a[i][j] = value(i, j);
            }
        }
        return a;
    }

    /** This matrix without one alternative (for rank reversal). */
    public DecisionMatrix without(int alternative) {
        List<String> names = new ArrayList<>(alternatives);
        List<List<Double>> rows = new ArrayList<>(values);
        names.remove(alternative);
        rows.remove(alternative);
        return new DecisionMatrix(names, criteria, rows);
    }

    /** This matrix with one more alternative at the end. */
    public DecisionMatrix with(String alternative, List<Double> row) {
        List<String> names = new ArrayList<>(alternatives);
        List<List<Double>> rows = new ArrayList<>(values);
        names.add(Objects.requireNonNull(alternative, "alternative"));
        rows.add(row);
        return new DecisionMatrix(names, criteria, rows);
    }

    private static void unique(List<String> names, String what) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("every " + what + " needs a name");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException(what + " '" + name + "' is given twice");
            }
        }
    }
}
