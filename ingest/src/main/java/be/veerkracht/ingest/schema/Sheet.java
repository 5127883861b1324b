package be.veerkracht.ingest.schema;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sheets of a portfolio workbook (or the CSV files of a portfolio folder: {@code parts.csv} ...), with their
 * columns. The one description of the import format: readers, writers, the template and the docs all use it.
 */
public enum Sheet {
    PARTS(true, List.of(
            Column.required("part_id", "text"),
            Column.optional("description", "text"),
            Column.optional("category", "text"),
            Column.optional("part_family", "text"),
            Column.required("annual_demand_units", "units/year"),
            Column.optional("weekly_demand_sd_units", "units/week"),
            Column.optional("uom", "text"),
            Column.optional("criticality", "A|B|C"),
            Column.optional("margin_eur_per_unit", "EUR/unit"),
            Column.optional("shortage_cost_eur_per_unit", "EUR/unit"),
            Column.optional("on_hand_units", "units"),
            Column.optional("dual_use_code", "EU Annex I code"),
            Column.optional("hs_code", "digits"),
            Column.optional("weight_kg", "kg/unit"))),
    SUPPLIERS(true, List.of(
            Column.required("supplier_id", "text"),
            Column.required("name", "text"),
            Column.required("country", "ISO alpha-2"),
            Column.optional("city", "text"),
            Column.optional("parent_group", "text"),
            Column.optional("capacity_units_per_year", "units/year"))),
    SOURCING(true, List.of(
            Column.required("part_id", "text"),
            Column.required("supplier_id", "text"),
            Column.required("share", "fraction 0..1 or %"),
            Column.required("unit_price_eur", "EUR per price_per_quantity units"),
            Column.optional("price_per_quantity", "units"),
            Column.required("lead_time_days", "days"),
            Column.optional("lead_time_sd_days", "days"),
            Column.optional("transit_days", "days"),
            Column.optional("origin_country", "ISO alpha-2"),
            Column.optional("site", "text"),
            Column.optional("capacity_units_per_year", "units/year"),
            Column.optional("transport_mode", "sea|short_sea|road|rail|air|barge"),
            Column.optional("incoterm", "text"),
            Column.optional("qualified", "true|false"),
            Column.optional("recovery_days", "days"),
            Column.optional("ramp_up_days", "days"),
            Column.optional("qualification_days", "days"),
            Column.optional("qualification_cost_eur", "EUR"),
            Column.optional("payment_terms_days", "days"))),
    TOOLING(false, List.of(
            Column.required("tool_id", "text"),
            Column.required("part_id", "text"),
            Column.required("supplier_id", "text"),
            Column.optional("replacement_cost_eur", "EUR"),
            Column.optional("rebuild_days", "days"),
            Column.optional("owner", "us|supplier"),
            Column.optional("life_remaining_shots", "shots"))),
    PRODUCTS(false, List.of(
            Column.required("product_id", "text"),
            Column.required("name", "text"),
            Column.optional("dual_use_code", "EU Annex I code"),
            Column.optional("hs_code", "digits"))),
    BOM(false, List.of(
            Column.required("product_id", "text"),
            Column.required("part_id", "text"),
            Column.required("quantity", "units per product"))),
    CUSTOMERS(false, List.of(
            Column.required("customer_id", "text"),
            Column.required("name", "text"),
            Column.required("country", "ISO alpha-2"),
            Column.optional("end_use", "text")));

    private final boolean required;
    private final List<Column> columns;

    Sheet(boolean required, List<Column> columns) {
        this.required = required;
        this.columns = columns;
    }

    /** The sheet name in a workbook, and the CSV file name without {@code .csv}: {@code parts}, ... */
    public String sheetName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The CSV file name in a portfolio folder. */
    public String csvFileName() {
        return sheetName() + ".csv";
    }

    public boolean required() {
        return required;
    }

    public List<Column> columns() {
        return columns;
    }

    public Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
