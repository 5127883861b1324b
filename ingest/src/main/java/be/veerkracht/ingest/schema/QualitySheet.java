package be.veerkracht.ingest.schema;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sheets of a quality-data file (docs/quality-data.md): a workbook may hold either or both; a CSV file holds
 * one, told apart by its header. Not part of the portfolio workbook: quality data is imported on its own.
 */
public enum QualitySheet {
    /** One row per characteristic of a part's quality agreement. */
    QUALITY_CHARACTERISTICS(List.of(
            Column.required("part_id", "text"),
            Column.required("characteristic", "text"),
            Column.required("unit", "text"),
            Column.optional("nominal", "unit"),
            Column.optional("lsl", "unit"),
            Column.optional("usl", "unit"),
            Column.required("method", "text"),
            Column.optional("sample_size", "values per lot"),
            Column.required("frequency", "text"),
            Column.optional("coa_required", "true|false"),
            Column.optional("equivalence_margin", "unit"),
            Column.optional("primary_supplier_id", "text"),
            Column.optional("reason", "text"))),
    /** One row per measured value. */
    MEASUREMENTS(List.of(
            Column.required("part_id", "text"),
            Column.required("characteristic", "text"),
            Column.required("supplier_id", "text"),
            Column.required("lot", "text"),
            Column.required("timestamp", "date and time"),
            Column.required("value", "unit"),
            Column.required("source", "supplier_certificate|incoming_inspection|lab")));

    private final List<Column> columns;

    QualitySheet(List<Column> columns) {
        this.columns = columns;
    }

    /** The sheet name in a workbook: {@code quality_characteristics}, {@code measurements}. */
    public String sheetName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public List<Column> columns() {
        return columns;
    }

    public Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
