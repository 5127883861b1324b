package be.veerkracht.ingest.reference;

import java.util.List;

/**
 * The transport tables of the landed cost (shipped under {@code transport/}) and the user's duty-rate file, with
 * their key columns and every column in file order. See {@code docs/landed-cost.md} and {@code transport/README.md}.
 */
enum TransportFile {

    DISTANCES("distances.csv", List.of(Columns.COUNTRY, Columns.MODE), List.of(Columns.COUNTRY, Columns.MODE,
            "origin", "km", "main", "basis", Columns.SOURCE), List.of()),

    FREIGHT_RATES("freight-rates.csv", List.of(Columns.MODE), List.of(Columns.MODE, "eur_per_tkm", "min_eur_per_kg",
            Columns.SOURCE), List.of()),

    EMISSION_FACTORS("emission-factors.csv", List.of(Columns.MODE), List.of(Columns.MODE, "g_co2e_per_tkm", "basis",
            Columns.SOURCE, "version", "date", Columns.VERIFIED), List.of()),

    /** The user's duty rates (not shipped): {@code source} may be left out. */
    DUTY_RATES("duty-rates.csv", List.of(Columns.HS_PREFIX, Columns.ORIGIN), List.of(Columns.HS_PREFIX,
            Columns.ORIGIN, "rate_percent", Columns.SOURCE), List.of(Columns.HS_PREFIX, Columns.ORIGIN,
            "rate_percent"));

    /** The folder of the shipped tables, and of a user's overrides under {@code --reference DIR}. */
    static final String FOLDER = "transport";

    private final String fileName;
    private final List<String> keyColumns;
    private final List<String> columns;
    private final List<String> required;

    TransportFile(String fileName, List<String> keyColumns, List<String> columns, List<String> required) {
        this.fileName = fileName;
        this.keyColumns = keyColumns;
        this.columns = columns;
        this.required = required.isEmpty() ? columns : required;
    }

    String fileName() {
        return fileName;
    }

    String shippedName() {
        return FOLDER + "/" + fileName;
    }

    List<String> keyColumns() {
        return keyColumns;
    }

    List<String> columns() {
        return columns;
    }

    /** Columns a complete file (shipped, or the duty-rate file) must have. */
    List<String> required() {
        return required;
    }

    static final class Columns {
        static final String COUNTRY = "country";
        static final String MODE = "mode";
        static final String SOURCE = "source";
        static final String VERIFIED = "verified";
        static final String HS_PREFIX = "hs_prefix";
        static final String ORIGIN = "origin";

        private Columns() {
        }
    }
}
