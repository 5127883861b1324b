package be.veerkracht.ingest.reference;

import be.veerkracht.geo.TransportMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The three files of a reference data set, with their columns in file order. The first column is the key a row is
 * found and overridden by. Columns the model does not read ({@code name_en}, {@code zone_basis}, {@code sources},
 * ...) are there for the person editing the file; see {@code docs/reference-data.md}.
 */
enum ReferenceFile {

    ZONES("zones.csv", List.of(Columns.CODE, Columns.NAME_EN, Columns.NAME_NL, Columns.NAME_FR, Columns.SOURCE)),

    COUNTRIES("countries.csv", countryColumns()),

    FOOTPRINTS("footprints.csv",
            List.of(Columns.CODE, Columns.KIND, Columns.COUNTRIES, Columns.DELAY_DAYS, Columns.SOURCE));

    private final String fileName;
    private final List<String> columns;

    ReferenceFile(String fileName, List<String> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    String fileName() {
        return fileName;
    }

    /** Every column, key first. */
    List<String> columns() {
        return columns;
    }

    String keyColumn() {
        return columns.get(0);
    }

    /** The column holding the typical transit days by one mode, e.g. {@code days_short_sea}. */
    static String daysColumn(TransportMode mode) {
        return "days_" + mode.code();
    }

    private static List<String> countryColumns() {
        List<String> columns = new ArrayList<>(Arrays.asList(Columns.CODE, "name_en", "m49_subregion", Columns.ZONE,
                "zone_basis", Columns.TRADE_RELATION, "trade_relation_note", Columns.WGI_ESTIMATE,
                Columns.WGI_PERCENTILE, "transit_origin"));
        for (TransportMode mode : TransportMode.values()) {
            columns.add(daysColumn(mode));
        }
        columns.addAll(List.of("indicative_door_to_port_days", Columns.OVERLAYS, Columns.SEA_LANES, "lane_basis",
                "sources", "verify"));
        return List.copyOf(columns);
    }

    /** Column names the readers use. */
    static final class Columns {
        static final String CODE = "code";
        static final String NAME_EN = "name_en";
        static final String NAME_NL = "name_nl";
        static final String NAME_FR = "name_fr";
        static final String SOURCE = "source";
        static final String ZONE = "zone";
        static final String TRADE_RELATION = "trade_relation";
        static final String WGI_ESTIMATE = "wgi_pv_estimate_2023";
        static final String WGI_PERCENTILE = "wgi_pv_percentile_2023";
        static final String OVERLAYS = "overlays";
        static final String SEA_LANES = "sea_lanes";
        static final String KIND = "kind";
        static final String COUNTRIES = "countries";
        static final String DELAY_DAYS = "delay_days";

        private Columns() {
        }
    }
}
