package be.veerkracht.ingest.reference;

import java.util.List;

/**
 * The four files of the export-control rule data (shipped under {@code export-control/}), with their key columns
 * and every column in file order. A row is found and overridden by its key. See {@code docs/export-control.md}.
 */
enum ExportRuleFile {

    UGEA("ugea.csv", List.of(Columns.ID), List.of(Columns.ID, "destinations", "excluded_destinations",
            "covered_entries", "excluded_entries", "excludes_annex_iv", "goods", "technology", "icp_required",
            "registration_required", "condition", Columns.ACTIVE, Columns.TEXT, Columns.SOURCE, Columns.CONFIDENCE)),

    ANNEX_IV("annex_iv.csv", List.of(Columns.ENTRY), List.of(Columns.ENTRY, "part", Columns.ACTIVE, Columns.TEXT,
            Columns.SOURCE, Columns.CONFIDENCE)),

    DESTINATIONS("destinations.csv", List.of(Columns.COUNTRY, Columns.KIND), List.of(Columns.COUNTRY, Columns.KIND,
            Columns.ACTIVE, Columns.TEXT, Columns.SOURCE, Columns.CONFIDENCE)),

    CATCH_ALL("catch_all.csv", List.of(Columns.ID), List.of(Columns.ID, "categories", "keywords", "scope",
            Columns.ACTIVE, Columns.TEXT, Columns.SOURCE, Columns.CONFIDENCE));

    /** The folder of the files, under the shipped reference folder and under a user's override folder. */
    static final String FOLDER = "export-control";

    private final String fileName;
    private final List<String> keyColumns;
    private final List<String> columns;

    ExportRuleFile(String fileName, List<String> keyColumns, List<String> columns) {
        this.fileName = fileName;
        this.keyColumns = keyColumns;
        this.columns = columns;
    }

    String fileName() {
        return fileName;
    }

    /** The path on the classpath relative to the reference folder, e.g. {@code export-control/ugea.csv}. */
    String shippedName() {
        return FOLDER + "/" + fileName;
    }

    List<String> keyColumns() {
        return keyColumns;
    }

    List<String> columns() {
        return columns;
    }

    /** Column names shared by the files. */
    static final class Columns {
        static final String ID = "id";
        static final String ENTRY = "entry";
        static final String COUNTRY = "country";
        static final String KIND = "kind";
        static final String ACTIVE = "active";
        static final String TEXT = "text";
        static final String SOURCE = "source";
        static final String CONFIDENCE = "confidence";

        private Columns() {
        }
    }
}
