package be.veerkracht.ingest.mcda;

import java.util.List;

/**
 * A table of numbers as read from a file: row names (first column), column names (header), values by row.
 *
 * @param file    where it was read from
 * @param rows    the names in the first column, in file order
 * @param columns the header names after the first column, in file order
 * @param values  {@code values.get(i).get(j)}: row i, column j
 */
public record NamedMatrix(String file, List<String> rows, List<String> columns, List<List<Double>> values) {

    public NamedMatrix {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        values = values.stream().map(List::copyOf).toList();
    }

    /** The values as a fresh array. */
    public double[][] toArray() {
        return values.stream().map(r -> r.stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
    }
}
