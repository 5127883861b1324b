package be.veerkracht.ingest.reference;

import be.veerkracht.ingest.read.DecimalMark;
import be.veerkracht.portfolio.RowOrigin;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a reference file after overrides: its key and, per column, the text and the file and row it came
 * from, so a problem found later (an unknown zone, say) names the override row that introduced it.
 *
 * @param key    the normalised key (an ISO code, or a zone or footprint code)
 * @param origin the row the key was last written on (the override row when there is one)
 * @param cells  by column name; a column missing here was in neither file and reads as blank
 */
record ReferenceRow(String key, RowOrigin origin, Map<String, Value> cells) {

    ReferenceRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(origin, "origin");
        cells = Map.copyOf(cells);
    }

    /** One cell: its text (null when blank), where it was written, and how that file writes decimals. */
    record Value(String text, RowOrigin origin, DecimalMark marks) {

        Value {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(marks, "marks");
        }
    }

    /** The cell, or null when no file had the column. */
    Value cell(String column) {
        return cells.get(column);
    }

    /** This row with every column of {@code override} replaced (a blank override cell makes the value blank). */
    ReferenceRow overriddenBy(ReferenceRow override) {
        Map<String, Value> merged = new LinkedHashMap<>(cells);
        merged.putAll(override.cells);
        return new ReferenceRow(key, override.origin, merged);
    }
}
