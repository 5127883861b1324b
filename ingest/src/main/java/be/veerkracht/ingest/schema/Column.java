package be.veerkracht.ingest.schema;

import java.util.Objects;

/**
 * One column of a portfolio sheet as users see it in the template.
 *
 * @param name     the header text, lower snake case, e.g. {@code lead_time_days}
 * @param required true when a row without it is an error
 * @param unit     the unit of its values (EUR, days, units, kg, fraction, text, ...), in English; shown in the template
 */
public record Column(String name, boolean required, String unit) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
    }

    static Column required(String name, String unit) {
        return new Column(name, true, unit);
    }

    static Column optional(String name, String unit) {
        return new Column(name, false, unit);
    }

    /** The key of its meaning in the {@code columns*.properties} bundles: {@code sheet.column}. */
    public String meaningKey(Sheet sheet) {
        return sheet.sheetName() + "." + name;
    }
}
